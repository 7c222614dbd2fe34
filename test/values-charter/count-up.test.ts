import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/values-charter/values-charter.js';
import type { ValuesCharter } from '../../src/values-charter/values-charter.js';
import { CHAUMIERE, feedOf, mount, parts } from './helpers.js';

const FINAL = ['16', '150', '2\u202f500\u00a0m²'];

/** A feed with the key figures alone, so they are on screen. */
async function figuresOnly() {
  const feed = await feedOf(CHAUMIERE);
  feed.valeurs.valeurs = [];
  return feed;
}

/** Every text an element shows, recorded as it changes. */
function record(nodes: Element[]): { seen: string[][]; stop: () => void } {
  const seen: string[][] = nodes.map((n) => [n.textContent!]);
  const observer = new MutationObserver(() => nodes.forEach((n, i) => seen[i]!.push(n.textContent!)));
  for (const n of nodes) observer.observe(n, { childList: true, characterData: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

const copies = (el: ValuesCharter) => parts(el, 'figure').map((f) => f.querySelector('[aria-hidden="true"]')!);
const spoken = (el: ValuesCharter) => parts(el, 'figure').map((f) => f.querySelector('.visually-hidden')!);

describe('<values-charter> key figures', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('counts up on screen when motion is allowed; assistive technologies only ever get the final value', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const feed = await figuresOnly();
    const el = document.createElement('values-charter');
    el.data = feed;
    const watch: { seen: string[][]; stop: () => void }[] = [];
    // Watch from the very first render.
    const ready = el.updateComplete.then(() => {
      watch.push(record(copies(el)), record(spoken(el)));
    });
    document.body.prepend(el);
    try {
      await ready;
      expect(copies(el).map((c) => c.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true', 'true']);
      await waitUntil(() => watch[0]!.seen[2]!.length > 3, 'the figure did not count up');
      await waitUntil(() => copies(el).every((c, i) => c.textContent === FINAL[i]), 'the count-up did not end on the final value', { timeout: 4000 });
      const [shown, heard] = watch;
      // The copy showed intermediate numbers…
      expect(shown!.seen[2]!.some((t) => t !== FINAL[2])).to.equal(true);
      expect(shown!.seen[2]!.at(-1)).to.equal(FINAL[2]);
      // …never more than the final one, always with the unit.
      for (const t of shown!.seen[2]!) {
        expect(Number(t.replace(/\D/g, ''))).to.be.at.most(2500);
        expect(t.endsWith('\u00a0m²')).to.equal(true);
      }
      // The text read by assistive technologies never changed.
      expect(heard!.seen.map((s) => s.length)).to.deep.equal([1, 1, 1]);
      expect(spoken(el).map((s) => s.textContent)).to.deep.equal(FINAL);
      await expect(el).to.be.accessible();
    } finally {
      watch.forEach((w) => w.stop());
      el.remove();
    }
  });

  it('with prefers-reduced-motion: reduce, the final numbers stay still', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await figuresOnly()}></values-charter>`);
    const watch = record(copies(el));
    await aTimeout(400);
    watch.stop();
    expect(watch.seen.map((s) => s.length)).to.deep.equal([1, 1, 1]);
    expect(copies(el).map((c) => c.textContent)).to.deep.equal(FINAL);
    expect(spoken(el).map((c) => c.textContent)).to.deep.equal(FINAL);
    await expect(el).to.be.accessible();
  });

  it('waits until the figures are on screen', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const wrapper = await mount(html`<div>
      <div style="height: 3000px"></div>
      <values-charter .data=${await figuresOnly()}></values-charter>
    </div>`);
    const el = wrapper.querySelector('values-charter')!;
    const watch = record(copies(el));
    await aTimeout(300);
    expect(watch.seen[2]).to.have.length(1);
    el.scrollIntoView();
    await waitUntil(() => watch.seen[2]!.length > 2, 'the figure did not count up once on screen');
    watch.stop();
    window.scrollTo(0, 0);
  });

  it('does not start if the visitor asks for reduced motion before the figures come on screen', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const wrapper = await mount(html`<div>
      <div style="height: 3000px"></div>
      <values-charter .data=${await figuresOnly()}></values-charter>
    </div>`);
    const el = wrapper.querySelector('values-charter')!;
    await emulateMedia({ reducedMotion: 'reduce' });
    const watch = record(copies(el));
    el.scrollIntoView();
    await aTimeout(400);
    watch.stop();
    expect(watch.seen[2]).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('removing the element mid-count leaves the final values', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await figuresOnly()}></values-charter>`);
    await waitUntil(() => copies(el)[2]!.textContent !== FINAL[2], 'the figure did not start counting');
    const shown = copies(el);
    el.remove();
    expect(shown.map((c) => c.textContent)).to.deep.equal(FINAL);
  });

  it('a new feed mid-count ends on the new value', async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await figuresOnly()}></values-charter>`);
    await waitUntil(() => copies(el)[2]!.textContent !== FINAL[2], 'the figure did not start counting');
    const feed = await figuresOnly();
    feed.valeurs.chiffres[2].valeur = 3000;
    el.data = feed;
    await el.updateComplete;
    expect(spoken(el)[2]!.textContent).to.equal('3\u202f000\u00a0m²');
    await waitUntil(() => copies(el)[2]!.textContent === '3\u202f000\u00a0m²', 'the count-up did not end on the new value', { timeout: 4000 });
  });
});
