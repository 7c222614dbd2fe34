import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { AssoErrorDetail } from '../../src/feed/events.js';
import '../../src/values-charter/values-charter.js';
import type { ValuesCharter } from '../../src/values-charter/values-charter.js';
import { feedOf, part, parts, root, settled, textOf } from './helpers.js';
import { idle } from '../base/idle.js';

const HOSTILE = '/fixtures/feeds/values-hostile.json';
const IMG = '<img src=x onerror=alert(1)>';

describe('<values-charter> with hostile feed text', () => {
  let alerts = 0;
  const realAlert = window.alert;
  beforeEach(() => {
    alerts = 0;
    window.alert = () => {
      alerts++;
    };
  });
  afterEach(() => {
    window.alert = realAlert;
  });

  for (const layout of ['grid', 'accordion'] as const) {
    it(`${layout}: every text field is shown as text and runs nothing`, async () => {
      const el = await fixture<ValuesCharter>(html`<values-charter layout=${layout} .data=${await feedOf(HOSTILE)}></values-charter>`);
      for (const b of parts(el, 'accordion-button')) b.click();
      await el.updateComplete;
      await aTimeout(50);
      const shadow = root(el);
      expect(shadow.querySelector('img')).to.equal(null);
      expect(shadow.querySelector('script')).to.equal(null);
      expect(shadow.querySelector('b')).to.equal(null);
      expect(document.querySelector('img')).to.equal(null);
      expect(alerts).to.equal(0);
      const text = shadow.textContent!;
      for (const field of ['titre', 'introduction', 'puce', 'groupe', 'description', 'valeur', 'texte', 'engagement', 'référence', 'libellé', 'précision', 'document']) {
        expect(text, field).to.contain(`${IMG} ${field}`);
      }
      expect(text).to.contain('<script>alert(1)</script> hors groupe');
      expect(text).to.contain("{{constructor.constructor('alert(1)')()}} ${alert(1)}");
      // The unit is text too.
      expect(part(el, 'figure')!.querySelector('.visually-hidden')!.textContent).to.equal(`16\u00a0${IMG}`);
      await expect(el).to.be.accessible();
    });
  }

  it('javascript: and data: references are not links', async () => {
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(HOSTILE)}></values-charter>`);
    const links = [...root(el).querySelectorAll('a')];
    expect(links).to.have.length(0);
    const references = parts(el, 'references')[0]!;
    expect([...references.querySelectorAll('li')].map(textOf)).to.deep.equal([`${IMG} référence`, '<b>gras</b> JaVaScRiPt', 'data']);
    expect(textOf(part(el, 'document'))).to.equal(`${IMG} document`);
    expect(root(el).querySelector('[href]')).to.equal(null);
  });

  it('the webmaster is told which links were left out', async () => {
    const el = document.createElement('values-charter');
    el.src = HOSTILE;
    const event = oneEvent(el, 'asso-error');
    document.body.append(el);
    try {
      const { detail } = (await event) as CustomEvent<AssoErrorDetail>;
      expect(detail.partial).to.equal(true);
      const paths = detail.problems.filter((p) => p.severity === 'error').map((p) => p.path);
      expect(paths).to.include.members([
        'valeurs.valeurs[0].references[0].url',
        'valeurs.valeurs[0].references[1].url',
        'valeurs.valeurs[0].references[2].url',
        'valeurs.document.url',
      ]);
      await settled(el);
      expect(root(el).querySelector('a')).to.equal(null);
    } finally {
      el.remove();
    }
  });

  it('the JSON-LD keeps the text as data and cannot close its script', async () => {
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(HOSTILE)}></values-charter>`);
    await idle();
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).to.not.contain('<');
    const ld = JSON.parse(script.textContent!);
    expect(ld.name).to.equal(`${IMG} Association`);
    expect(ld.description).to.contain('</script><script>alert(1)</script>');
    expect(ld.ethicsPolicy.url).to.equal(undefined);
    expect(JSON.stringify(ld)).to.not.contain('javascript:');
    expect(el.querySelectorAll('script')).to.have.length(1);
  });

  it('an unsafe address given through .data after validation is still not followed', async () => {
    // renderLink is the last line of defence: validation already drops these.
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(HOSTILE)}></values-charter>`);
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });
});
