// Demo only: `?lang=en` shows the page's widgets in English (they follow the nearest lang attribute).
const lang = new URLSearchParams(location.search).get('lang');
if (lang === 'en' || lang === 'fr') document.documentElement.lang = lang;
