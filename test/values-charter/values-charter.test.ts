import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { AssoErrorDetail } from '../../src/feed/events.js';
import '../../src/values-charter/values-charter.js';
import { ValuesCharter } from '../../src/values-charter/values-charter.js';
import { define } from '../../src/define.js';
import { CHAUMIERE, GCSMS, feedOf, mount, part, parts, root, settled, textOf, valueTitles } from './helpers.js';
import { idle } from '../base/idle.js';

const FOUR_PRINCIPLES = [
  'Inconditionnalité de l’accueil',
  'Égalité et accessibilité au service',
  'Adaptabilité des prestations',
  'Continuité de l’accompagnement',
];

describe('<values-charter>', () => {
  it('is registered; registering it again does not throw; it can live under another name', async () => {
    expect(customElements.get('values-charter')).to.equal(ValuesCharter);
    define('values-charter', ValuesCharter);
    expect(customElements.get('values-charter')).to.equal(ValuesCharter);
    define('ma-charte', ValuesCharter);
    const el = await fixture<ValuesCharter>(html`<ma-charte .data=${await feedOf(GCSMS)}></ma-charte>`);
    expect(el).to.be.instanceOf(ValuesCharter);
    expect(valueTitles(el).slice(0, 4)).to.deep.equal(FOUR_PRINCIPLES);
  });

  describe('states', () => {
    it('loading: reserves space, says so politely, is accessible', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const el = await fixture<ValuesCharter>(html`<values-charter src="/fixtures/feeds/slow-never.json"></values-charter>`);
        const loading = part(el, 'loading')!;
        expect(loading).to.be.instanceOf(Element);
        expect(loading.getAttribute('aria-busy')).to.equal('true');
        expect(textOf(loading.querySelector('[role="status"]'))).to.equal('Chargement…');
        expect(loading.getBoundingClientRect().height).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
        el.remove();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('loaded from src: the four founding principles of the GCSMS, accessible', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter src=${GCSMS}></values-charter>`);
      await settled(el);
      expect(textOf(part(el, 'title'))).to.equal('Éthique et valeurs du GCSMS');
      expect(valueTitles(el).slice(0, 4)).to.deep.equal(FOUR_PRINCIPLES);
      expect(el.getAttribute('layout')).to.equal('grid');
      await expect(el).to.be.accessible();
    });

    it('empty: no valeurs section', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf('/fixtures/feeds/values-none.json')}></values-charter>`);
      const empty = part(el, 'empty')!;
      expect(textOf(empty)).to.equal('Aucune valeur n’est publiée pour le moment.');
      expect(part(el, 'base')).to.equal(empty);
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('empty: a valeurs section without values', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter src="/fixtures/feeds/values-empty.json"></values-charter>`);
      await settled(el);
      expect(part(el, 'empty')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });

    it('error 404: a sentence a visitor understands, a retry button, accessible', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter src="/fixtures/feeds/does-not-exist.json"></values-charter>`);
      await settled(el);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error)).to.contain('Le contenu demandé est introuvable.');
      expect(part(el, 'retry-button')).to.be.instanceOf(Element);
      await expect(el).to.be.accessible();
    });

    it('error: an invalid feed is not shown, the webmaster gets the problems', async () => {
      const el = document.createElement('values-charter');
      el.src = '/fixtures/feeds/values-invalid.json';
      const event = oneEvent(el, 'asso-error');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<AssoErrorDetail>;
        expect(detail.kind).to.equal('invalid');
        expect(detail.partial).to.equal(false);
        expect(detail.problems.map((p) => p.path)).to.include('version');
        await settled(el);
        expect(textOf(part(el, 'error'))).to.contain('Ce contenu contient une erreur');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('invalid items are left out and reported, the valid ones are shown', async () => {
      const el = document.createElement('values-charter');
      el.src = '/fixtures/feeds/values-invalid-items.json';
      const event = oneEvent(el, 'asso-error');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<AssoErrorDetail>;
        expect(detail.partial).to.equal(true);
        const paths = detail.problems.filter((p) => p.severity === 'error').map((p) => p.path);
        expect(paths).to.include.members(['valeurs.valeurs[1].titre', 'valeurs.valeurs[2].icone', 'valeurs.chiffres[1].valeur']);
        await settled(el);
        expect(valueTitles(el)).to.deep.equal(['Groupe inconnu', 'Solidarité', 'Icône inconnue']);
        // The value whose group is unknown is shown outside the groups.
        expect(part(el, 'group')!.contains(parts(el, 'value')[0]!)).to.equal(false);
        expect(parts(el, 'icon')).to.have.length(1);
        expect(parts(el, 'figure-label').map(textOf)).to.deep.equal(['adhérents']);
        const reference = parts(el, 'references')[0]!;
        expect(textOf(reference)).to.equal('Texte sans lien valide');
        expect(reference.querySelector('a')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });

  describe('layouts', () => {
    for (const layout of ['grid', 'list', 'accordion'] as const) {
      it(`${layout}: every value, accessible`, async () => {
        const el = await fixture<ValuesCharter>(html`<values-charter layout=${layout} .data=${await feedOf(CHAUMIERE)}></values-charter>`);
        expect(parts(el, 'value')).to.have.length(9);
        expect(parts(el, 'accordion-button')).to.have.length(layout === 'accordion' ? 9 : 0);
        await expect(el).to.be.accessible();
      });
    }

    it('an unknown layout falls back to the grid', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter layout="cards" .data=${await feedOf(GCSMS)}></values-charter>`);
      expect(parts(el, 'accordion-button')).to.have.length(0);
      expect(getComputedStyle(part(el, 'value')!).borderTopStyle).to.equal('solid');
    });

    it('grid: several columns on a wide container, one on a narrow one', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter style="width: 1100px" .data=${await feedOf(GCSMS)}></values-charter>`);
      const columns = () => getComputedStyle(part(el, 'values')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.be.greaterThan(2);
      el.style.width = '320px';
      await aTimeout(0);
      expect(columns()).to.equal(1);
    });

    it('switches layout at run time', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(GCSMS)}></values-charter>`);
      el.layout = 'accordion';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('accordion');
      expect(parts(el, 'accordion-button')).to.have.length(9);
      el.layout = 'list';
      await el.updateComplete;
      expect(parts(el, 'accordion-button')).to.have.length(0);
      expect(getComputedStyle(part(el, 'value')!).borderTopStyle).to.not.equal('none');
    });
  });

  describe('content', () => {
    it('value: icon, title, text, commitments, legal references as links', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(GCSMS)}></values-charter>`);
      const first = parts(el, 'value')[0]!;
      const icon = first.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getAttribute('focusable')).to.equal('false');
      expect(textOf(first.querySelector('[part~="value-text"]'))).to.contain('quelles que soient ses origines');
      expect(textOf(first.querySelector('[part~="commitments-title"]'))).to.equal('Nos engagements');
      expect(first.querySelectorAll('[part~="commitments"] li')).to.have.length(2);
      expect(textOf(first.querySelector('[part~="references-title"]'))).to.equal('Références');
      const links = [...first.querySelectorAll<HTMLAnchorElement>('[part~="references"] a')];
      expect(links.map((a) => a.href)).to.deep.equal(['https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037670338']);
      expect(links[0]!.getAttribute('part')).to.equal('reference-link');
      // A reference without an address is shown as text.
      expect(textOf(first.querySelector('[part~="references"] li'))).to.match(/^Circulaire du 8 avril 2010/);
      const alur = [...root(el).querySelectorAll<HTMLAnchorElement>('a')].find((a) => a.textContent!.includes('loi ALUR'))!;
      expect(alur.href).to.equal('https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028772256');
    });

    it('groups: group headings hold their values; headings follow heading-level', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(GCSMS)}></values-charter>`);
      const groups = parts(el, 'group');
      expect(groups.map((g) => textOf(g.querySelector('[part~="group-title"]')))).to.deep.equal(['Principes fondateurs', 'Éthique du Groupement']);
      expect(groups[0]!.querySelectorAll('[part~="value"]')).to.have.length(4);
      expect(groups[1]!.querySelectorAll('[part~="value"]')).to.have.length(5);
      expect(textOf(groups[0]!.querySelector('[part~="group-description"]'))).to.contain('quatre principes');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(part(el, 'group-title')!.localName).to.equal('h3');
      expect(part(el, 'value-title')!.localName).to.equal('h4');
      // Sections are named by their heading.
      expect(groups[0]!.getAttribute('aria-labelledby')).to.equal(groups[0]!.querySelector('[part~="group-title"]')!.id);
    });

    it('heading-level moves every heading; it is kept between 1 and 6', async () => {
      const feed = await feedOf(CHAUMIERE);
      const el = await fixture<ValuesCharter>(html`<values-charter heading-level="3" .data=${feed}></values-charter>`);
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(part(el, 'group-title')!.localName).to.equal('h4');
      expect(part(el, 'value-title')!.localName).to.equal('h5');
      expect(part(el, 'figures-title')!.localName).to.equal('h4');
      el.headingLevel = 1;
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h1');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h6');
      expect(part(el, 'value-title')!.localName).to.equal('h6');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(part(el, 'value-title')!.localName).to.equal('h6');
      expect(part(el, 'group-title')!.localName).to.equal('h5');
    });

    it('values without groups are one list at the level below the title', async () => {
      const feed = await feedOf(GCSMS);
      delete feed.valeurs.groupes;
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${feed}></values-charter>`);
      expect(parts(el, 'group')).to.have.length(0);
      expect(parts(el, 'values')).to.have.length(1);
      expect(part(el, 'value-title')!.localName).to.equal('h3');
      expect(valueTitles(el)).to.have.length(9);
    });

    it('group="…" shows one group under its own heading', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter group="principes" .data=${await feedOf(GCSMS)}></values-charter>`);
      expect(textOf(part(el, 'title'))).to.equal('Principes fondateurs');
      expect(textOf(part(el, 'intro'))).to.contain('quatre principes');
      expect(valueTitles(el)).to.deep.equal(FOUR_PRINCIPLES);
      expect(part(el, 'value-title')!.localName).to.equal('h3');
      expect(parts(el, 'group')).to.have.length(0);
      await idle();
      const ld = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(ld.ethicsPolicy.name).to.equal('Principes fondateurs');
      expect(ld.ethicsPolicy.hasPart).to.have.length(4);
    });

    it('a group without description has no intro', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter group="valeurs-partagees" no-figures .data=${await feedOf(CHAUMIERE)}></values-charter>`);
      expect(part(el, 'intro')).to.equal(null);
      expect(valueTitles(el)).to.have.length(6);
    });

    it('an unknown group shows the empty state and tells the webmaster once', async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<ValuesCharter>(html`<values-charter group="nope" no-figures .data=${await feedOf(GCSMS)}></values-charter>`);
        expect(part(el, 'empty')).to.be.instanceOf(Element);
        el.layout = 'list';
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(String(warnings[0]![0])).to.contain('group="nope"');
      } finally {
        console.warn = warn;
      }
    });

    it('key figures: the final numbers, French formatting, label and precision', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(CHAUMIERE)}></values-charter>`);
      expect(textOf(part(el, 'figures-title'))).to.equal('En chiffres');
      const figures = parts(el, 'figure');
      expect(figures).to.have.length(3);
      const hidden = figures.map((f) => f.querySelector('.visually-hidden')!.textContent);
      expect(hidden).to.deep.equal(['16', '150', '2\u202f500\u00a0m²']);
      const shown = figures.map((f) => f.querySelector('[aria-hidden="true"]')!.textContent);
      expect(shown).to.deep.equal(['16', '150', '2\u202f500\u00a0m²']);
      expect(textOf(figures[0]!.querySelector('[part~="figure-label"]'))).to.equal('administrateurs bénévoles');
      expect(textOf(figures[0]!.querySelector('[part~="figure-precision"]'))).to.contain('industrie et commerce');
      expect(figures[1]!.querySelector('[part~="figure-precision"]')).to.equal(null);
      expect(textOf(figures[2]!.querySelector('[part~="figure-label"]'))).to.equal('de bâtiments');
    });

    it('no-figures leaves the key figures out', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter no-figures .data=${await feedOf(CHAUMIERE)}></values-charter>`);
      expect(part(el, 'figures')).to.equal(null);
    });

    it('figures alone are not an empty charter', async () => {
      const feed = await feedOf(CHAUMIERE);
      feed.valeurs.valeurs = [];
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${feed}></values-charter>`);
      expect(part(el, 'empty')).to.equal(null);
      expect(parts(el, 'figure')).to.have.length(3);
      el.noFigures = true;
      await el.updateComplete;
      expect(part(el, 'empty')).to.be.instanceOf(Element);
    });

    it('the full charter document and the update date', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(GCSMS)}></values-charter>`);
      const link = part(el, 'document-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://gcsms-siao.example.org/projet-du-groupement');
      expect(textOf(link)).to.equal('Lire le projet du Groupement');
      const updated = part(el, 'updated')!;
      expect(textOf(updated)).to.equal('Mise à jour\u00a0: 15 janvier 2024');
      expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2024-01-15');
    });

    it('a minimal value: title only', async () => {
      const feed = { version: '1.0', organisation: { nom: 'A' }, valeurs: { valeurs: [{ titre: 'Respect' }] } };
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${feed}></values-charter>`);
      expect(textOf(part(el, 'title'))).to.equal('Nos valeurs');
      expect(valueTitles(el)).to.deep.equal(['Respect']);
      expect(part(el, 'icon')).to.equal(null);
      expect(part(el, 'commitments')).to.equal(null);
      expect(part(el, 'references')).to.equal(null);
      expect(part(el, 'intro')).to.equal(null);
      expect(part(el, 'document')).to.equal(null);
      expect(part(el, 'updated')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('lang="en" gives English strings and English numbers', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter lang="en" .data=${await feedOf(CHAUMIERE)}></values-charter>`);
      expect(textOf(part(el, 'figures-title'))).to.equal('Key figures');
      expect(parts(el, 'figure')[2]!.querySelector('.visually-hidden')!.textContent).to.equal('2,500\u00a0m²');
      expect(textOf(part(el, 'updated'))).to.equal('Updated: 1 March 2024');
      await expect(el).to.be.accessible();
    });

    it('follows the nearest ancestor’s lang', async () => {
      const wrapper = await mount(html`<div lang="en-GB"><values-charter .data=${await feedOf(GCSMS)}></values-charter></div>`);
      const el = wrapper.querySelector('values-charter')!;
      expect(textOf(part(el, 'commitments-title'))).to.equal('Our commitments');
      expect(textOf(part(el, 'references-title'))).to.equal('References');
    });

    it('English empty state and default title', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter lang="en" .data=${await feedOf('/fixtures/feeds/values-empty.json')}></values-charter>`);
      expect(textOf(part(el, 'empty'))).to.equal('No values have been published yet.');
      const feed = { version: '1.0', organisation: { nom: 'A' }, valeurs: { valeurs: [{ titre: 'Respect' }] } };
      el.data = feed;
      await el.updateComplete;
      expect(textOf(part(el, 'title'))).to.equal('Our values');
    });

    it('percentages: "92 %" in French, "92%" in English', async () => {
      const feed = {
        version: '1.0',
        organisation: { nom: 'A' },
        valeurs: { valeurs: [], chiffres: [{ valeur: 92.5, unite: '%', libelle: 'de satisfaction' }] },
      };
      const fr = await fixture<ValuesCharter>(html`<values-charter .data=${feed}></values-charter>`);
      expect(part(fr, 'figure')!.querySelector('.visually-hidden')!.textContent).to.equal('92,5\u00a0%');
      const en = await fixture<ValuesCharter>(html`<values-charter lang="en" .data=${feed}></values-charter>`);
      expect(part(en, 'figure')!.querySelector('.visually-hidden')!.textContent).to.equal('92.5%');
    });
  });

  describe('JSON-LD', () => {
    it('the organisation with its ethicsPolicy, removed with the element', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(GCSMS)}></values-charter>`);
      expect(el.querySelector('script[type="application/ld+json"]'), 'written when the browser is idle').to.equal(null);
      await idle();
      const script = el.querySelector('script[type="application/ld+json"]')!;
      expect(script).to.be.instanceOf(Element);
      const ld = JSON.parse(script.textContent!);
      expect(ld['@context']).to.equal('https://schema.org');
      expect(ld['@type']).to.equal('Organization');
      expect(ld.name).to.equal('Groupement de coopération sociale et médico-sociale du SIAO');
      expect(ld.alternateName).to.equal('GCSMS');
      const policy = ld.ethicsPolicy;
      expect(policy['@type']).to.equal('CreativeWork');
      expect(policy.name).to.equal('Éthique et valeurs du GCSMS');
      expect(policy.url).to.equal('https://gcsms-siao.example.org/projet-du-groupement');
      expect(policy.dateModified).to.equal('2024-01-15');
      expect(policy.inLanguage).to.equal('fr');
      expect(policy.hasPart.map((p: { name: string }) => p.name).slice(0, 4)).to.deep.equal(FOUR_PRINCIPLES);
      expect(policy.hasPart[0].citation).to.deep.equal([
        'Circulaire du 8 avril 2010 relative au service intégré de l’accueil et de l’orientation (SIAO)',
        {
          '@type': 'CreativeWork',
          name: 'Code de l’action sociale et des familles, article L345-2-2',
          url: 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037670338',
        },
      ]);
      expect(policy.hasPart[0].hasPart[0]).to.deep.equal({ '@type': 'CreativeWork', name: 'Favoriser l’accès aux droits et à l’information des usagers.' });
      const before = document.querySelectorAll('script[type="application/ld+json"]').length;
      el.remove();
      expect(script.isConnected).to.equal(false);
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      expect(document.querySelectorAll('script[type="application/ld+json"]').length).to.equal(before - 1);
    });

    it('no JSON-LD in the loading and error states, nor with no-jsonld', async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter src="/fixtures/feeds/does-not-exist.json"></values-charter>`);
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      await settled(el);
      await idle();
      expect(el.querySelector('script[type="application/ld+json"]')).to.equal(null);
      const off = await fixture<ValuesCharter>(html`<values-charter no-jsonld .data=${await feedOf(GCSMS)}></values-charter>`);
      await idle();
      expect(off.querySelector('script[type="application/ld+json"]')).to.equal(null);
    });
  });

  describe('WordPress', () => {
    it('stray <p> and <br> around inline JSON still render', async () => {
      const json = JSON.stringify(await feedOf(GCSMS));
      // What wpautop makes of a Custom HTML block pasted in the classic editor.
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<values-charter layout="list">\n<p></p>\n<br>\n<script type="application/json">${json}</script>\n<br>\n<p>\n</p></values-charter>`;
      document.body.append(wrapper);
      const el = wrapper.querySelector('values-charter')!;
      await el.updateComplete;
      expect(valueTitles(el).slice(0, 4)).to.deep.equal(FOUR_PRINCIPLES);
      // The light-DOM leftovers are not shown (no slot).
      expect(root(el).querySelector('slot')).to.equal(null);
      await expect(el).to.be.accessible();
      wrapper.remove();
    });
  });

  describe('320 px', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    for (const layout of ['grid', 'list', 'accordion'] as const) {
      it(`${layout}: reflows without horizontal scrolling`, async () => {
        await setViewport({ width: 320, height: 800 });
        for (const url of [GCSMS, CHAUMIERE]) {
          const el = await fixture<ValuesCharter>(html`<values-charter layout=${layout} .data=${await feedOf(url)}></values-charter>`);
          if (layout === 'accordion') {
            for (const b of parts(el, 'accordion-button')) b.click();
            await el.updateComplete;
          }
          expect(el.scrollWidth).to.be.at.most(320);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
          expect(getComputedStyle(part(el, 'values')!).gridTemplateColumns.split(' ')).to.have.length(1);
        }
      });
    }
  });
});
