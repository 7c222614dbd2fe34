import { expect, fixture, html } from '@open-wc/testing';
import { COMMON } from '../../src/i18n/common.js';
import { langOf, LANGS, locale, toLang } from '../../src/i18n/lang.js';
import { feedWith, mount, shadowText, type TestValues } from '../base/helpers.js';

describe('toLang', () => {
  it('maps BCP 47 tags to a supported language, French by default', () => {
    expect(toLang('en')).to.equal('en');
    expect(toLang('en-GB')).to.equal('en');
    expect(toLang('EN_us')).to.equal('en');
    expect(toLang(' en ')).to.equal('en');
    expect(toLang('fr-FR')).to.equal('fr');
    expect(toLang('fr-BE')).to.equal('fr');
    expect(toLang('de')).to.equal('fr');
    expect(toLang('')).to.equal('fr');
    expect(toLang(null)).to.equal('fr');
    expect(toLang(undefined)).to.equal('fr');
    expect(toLang('english')).to.equal('fr');
  });

  it('gives the Intl locale of each language', () => {
    expect(LANGS).to.deep.equal(['fr', 'en']);
    expect(locale('fr')).to.equal('fr-FR');
    expect(locale('en')).to.equal('en-GB');
  });

  it('has the same shared strings in both languages', () => {
    expect(Object.keys(COMMON.en).sort()).to.deep.equal(Object.keys(COMMON.fr).sort());
  });
});

describe('langOf and the element language', () => {
  const html_ = document.documentElement;
  let saved: string | null;
  beforeEach(() => {
    saved = html_.getAttribute('lang');
  });
  afterEach(() => {
    if (saved === null) html_.removeAttribute('lang');
    else html_.setAttribute('lang', saved);
  });

  it('takes the element’s own lang first', async () => {
    html_.setAttribute('lang', 'fr');
    const wrap = await mount(html`<div lang="fr"><test-values lang="en"></test-values></div>`);
    const el = wrap.querySelector<TestValues>('test-values')!;
    expect(langOf(el)).to.equal('en');
    expect(el.uiLang).to.equal('en');
    expect(shadowText(el)).to.equal('Loading…');
  });

  it('else the nearest ancestor’s', async () => {
    html_.setAttribute('lang', 'fr');
    const wrap = await mount(html`<div lang="en-GB"><section lang="en"><p><test-values></test-values></p></section></div>`);
    expect(langOf(wrap.querySelector('test-values')!)).to.equal('en');
    const fr = await mount(html`<div lang="en"><section lang="fr-CA"><test-values></test-values></section></div>`);
    expect(langOf(fr.querySelector('test-values')!)).to.equal('fr');
  });

  it('crossing a shadow root', async () => {
    html_.setAttribute('lang', 'fr');
    const host = await mount(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    root.append(inner);
    const el = document.createElement('test-values');
    inner.append(el);
    await el.updateComplete;
    expect(langOf(el)).to.equal('en');
    expect(el.uiLang).to.equal('en');
  });

  it('else the document’s', async () => {
    html_.setAttribute('lang', 'en');
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['A'])}></test-values>`);
    expect(langOf(el)).to.equal('en');
    expect(el.uiLang).to.equal('en');
  });

  it('French by default', async () => {
    html_.removeAttribute('lang');
    const el = await fixture<TestValues>(html`<test-values></test-values>`);
    expect(langOf(el)).to.equal('fr');
    expect(shadowText(el)).to.equal('Chargement…');
  });

  it('is refreshed on each update', async () => {
    const el = await fixture<TestValues>(html`<test-values lang="fr" .data=${feedWith([])}></test-values>`);
    expect(el.uiLang).to.equal('fr');
    el.setAttribute('lang', 'en');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.uiLang).to.equal('en');
  });
});
