import { expect } from '@open-wc/testing';
import type { FormationCatalogue } from '../../src/formation-catalogue/formation-catalogue.js';
import '../../src/formation-catalogue/formation-catalogue.js';
import { idle } from '../base/idle.js';
import { $, catalogue, feedOf, HOSTILE, openTraining, part, parts, root, textOf } from './helpers.js';

const HOSTILE_TEXT = '<img src=x onerror=alert(1)>';
const START = location.href;

/** Every string of a JSON value (the hostile feed puts the attack in every text field). */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}

function assertInert(el: FormationCatalogue) {
  const r = root(el);
  expect(r.querySelector('img'), 'an <img> was created from feed text').to.be.null;
  expect(r.querySelector('script'), 'a <script> was created from feed text').to.be.null;
  for (const a of r.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(href.toLowerCase(), 'unsafe href').not.to.match(/^\s*javascript:/);
    expect(['http:', 'https:', 'mailto:', 'tel:', location.protocol]).to.include(new URL(href, location.href).protocol);
  }
  for (const node of r.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.be.false;
  }
}

describe('<formation-catalogue> with hostile text in every field', () => {
  let alerted = 0;
  const realAlert = window.alert;
  beforeEach(() => {
    history.replaceState(null, '', START);
    alerted = 0;
    window.alert = () => void alerted++;
  });
  afterEach(() => {
    window.alert = realAlert;
    history.replaceState(null, '', START);
  });

  it('the list shows the text as text and runs nothing', async () => {
    const el = await catalogue({ audit: true }, await feedOf(HOSTILE));
    expect(textOf(part(el, 'card-title'))).to.contain(`Formation ${HOSTILE_TEXT}`);
    expect(textOf(part(el, 'card'))).to.contain(`Résumé ${HOSTILE_TEXT}`);
    const themes = [...$<HTMLSelectElement>(el, '#fc-theme')!.options].map((o) => o.textContent);
    expect(themes).to.include(HOSTILE_TEXT);
    assertInert(el);
    expect(alerted).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('the detail shows every field as text, drops javascript: links, and runs nothing', async () => {
    const feed = await feedOf(HOSTILE);
    const el = await catalogue({ audit: true }, feed);
    await openTraining(el, '666');
    $<HTMLButtonElement>(el, '.past-toggle button')!.click();
    await el.updateComplete;
    const shown = textOf(part(el, 'detail'));
    // Every hostile string the training holds is shown as text, except the place of a past session (past
    // sessions show their dates only) and the "dates to be announced" message (sessions are upcoming).
    const expected = strings(feed.formations[0]).filter(
      (s) => s.includes(HOSTILE_TEXT) && !s.includes('\n') && !s.startsWith('Passé') && !s.startsWith('Message'),
    );
    expect(expected.length).to.be.greaterThan(30);
    for (const s of expected) expect(shown, s).to.contain(s.trim());
    expect(shown).to.contain(`puce ${HOSTILE_TEXT}`);
    expect(shown).to.contain('<script>alert(2)</script>');
    // The registration link was javascript: (dropped by validation): no link, the text stays.
    expect(parts(el, 'register-link').map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/inscription?a=1&b=%3Cimg%3E',
    ]);
    const doc = [...part(el, 'detail')!.querySelectorAll('section[data-section="documents"] li')].map((li) => ({
      text: textOf(li),
      href: li.querySelector('a')?.getAttribute('href') ?? null,
    }));
    expect(doc).to.deep.equal([
      { text: `Document ${HOSTILE_TEXT}`, href: null },
      { text: `Programme ${HOSTILE_TEXT}`, href: 'https://example.org/programme.pdf' },
    ]);
    // Quote channel was javascript: → dropped → the general contact's address.
    expect(part(el, 'quote-link')!.getAttribute('href')).to.match(/^mailto:formations@example\.org\?subject=/);
    assertInert(el);
    expect(alerted).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('the JSON-LD cannot close its script; the calendar file escapes the text', async () => {
    const el = await catalogue({}, await feedOf(HOSTILE));
    // Written when the browser is idle, after the list.
    await idle();
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('<img');
    expect(script.textContent).not.to.contain('</script');
    expect(JSON.parse(script.textContent!).itemListElement[0].item.name).to.contain(HOSTILE_TEXT);
    expect(el.querySelectorAll('img')).to.have.length(0);
    await openTraining(el, '666');
    const realCreate = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return realCreate.call(URL, b);
    };
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('click', stop, true);
    try {
      (part(el, 'calendar-button') as HTMLButtonElement).click();
    } finally {
      URL.createObjectURL = realCreate;
      document.removeEventListener('click', stop, true);
    }
    const ics = (await blob!.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).to.contain('SUMMARY:Formation <img src=x onerror=alert(1)> \\; virgule\\, antislash \\\\ "guillemets"');
    expect(ics.split('\r\n').filter((l) => l.startsWith('BEGIN:VEVENT'))).to.have.length(1);
  });
});
