/**
 * A training's page and the audit mode are downloaded on demand (lazy.ts):
 * opened from the list, from a deep link, prefetched on hover and focus, and
 * a failed download with its retry. Each test starts with nothing loaded.
 */
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/formation-catalogue/formation-catalogue.js';
import { forgetChunks, loaders, type Chunks } from '../../src/formation-catalogue/lazy.js';
import { $, arrived, catalogue, NBSP, part, parts, root, section, textOf } from './helpers.js';

const START = location.href;
const real = { ...loaders };

/** A loader that waits for `release()` (or fails with `fail()`), counting its calls. */
function gate<K extends keyof Chunks>(name: K) {
  let release!: () => void;
  let fail!: () => void;
  const opened = new Promise<void>((ok, ko) => {
    release = ok;
    fail = () => ko(new TypeError('Failed to fetch dynamically imported module'));
  });
  const g = { calls: 0, release, fail };
  const load = real[name] as () => Promise<unknown>;
  (loaders as Record<K, () => Promise<unknown>>)[name] = () => {
    g.calls++;
    return opened.then(load);
  };
  return g;
}

describe('<formation-catalogue>: parts loaded on demand', () => {
  before(() => {
    for (let i = 0; i < 3; i++) history.pushState(null, '', START);
  });
  beforeEach(() => {
    history.replaceState(null, '', START);
    forgetChunks();
  });
  afterEach(async () => {
    Object.assign(loaders, real);
    await aTimeout(10);
    history.replaceState(null, '', START);
  });

  it('the list does not download a training’s page', async () => {
    const g = gate('detail');
    const el = await catalogue();
    expect(parts(el, 'card')).to.have.length(14);
    expect(g.calls).to.equal(0);
  });

  it('opened from the list: the title at once and focused, busy meanwhile, then the whole page; accessible in both', async () => {
    const g = gate('detail');
    const el = await catalogue();
    $<HTMLAnchorElement>(el, 'a[data-ref="9209"]')!.click();
    await el.updateComplete;
    const detail = part(el, 'detail')!;
    expect(textOf(part(el, 'title'))).to.equal('Management dans le secteur social');
    expect(root(el).activeElement).to.equal(part(el, 'title'));
    expect(detail.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(part(el, 'detail-loading'))).to.equal('Chargement de la présentation de la formation…');
    expect(part(el, 'back-link')).to.exist;
    expect(section(el, 'tarifs')).to.be.null;
    await expect(el).to.be.accessible();
    g.release();
    await arrived(el);
    expect(detail.hasAttribute('aria-busy')).to.be.false;
    expect(part(el, 'detail-loading')).to.be.null;
    expect(textOf(section(el, 'sessions'))).to.contain('8 et 9 avril 2027');
    expect(root(el).activeElement).to.equal(part(el, 'title'));
    // The page's styles came with it.
    expect(getComputedStyle($(el, '.sessions')!).listStyleType).to.equal('none');
    await expect(el).to.be.accessible();
    expect(g.calls).to.equal(1);
  });

  it('hovering or focusing a training’s link starts the download; opening then reuses it', async () => {
    const g = gate('detail');
    const el = await catalogue();
    const link = $<HTMLAnchorElement>(el, 'a[data-ref="9209"]')!;
    link.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    expect(g.calls).to.equal(1);
    link.focus();
    $<HTMLAnchorElement>(el, 'a[data-ref="7412"]')!.focus();
    expect(g.calls).to.equal(1);
    g.release();
    await aTimeout(0);
    link.click();
    await el.updateComplete;
    await arrived(el);
    expect(section(el, 'tarifs')).to.exist;
    expect(g.calls).to.equal(1);
  });

  it('a deep link opens the training straight away once its page has arrived', async () => {
    history.replaceState(null, '', '?formation=9209');
    const el = await catalogue();
    expect(textOf(part(el, 'title'))).to.equal('Management dans le secteur social');
    expect(textOf(section(el, 'tarifs'))).to.contain(`900${NBSP}€`);
    expect(part(el, 'card')).to.exist; // the list is there, hidden, for the way back
    await expect(el).to.be.accessible();
  });

  it('the reference attribute: the one training’s page', async () => {
    const el = await catalogue({ reference: '9209' });
    expect(section(el, 'sessions')).to.exist;
    expect(part(el, 'back-link')).to.be.null;
  });

  it('a failed download says so and offers a retry, which brings the page and the focus back to the title', async () => {
    let g = gate('detail');
    const el = await catalogue();
    $<HTMLAnchorElement>(el, 'a[data-ref="9209"]')!.click();
    await el.updateComplete;
    g.fail();
    await waitUntil(() => part(el, 'chunk-error'), 'no error shown');
    const error = part(el, 'chunk-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error)).to.contain('La présentation de cette formation n’a pas pu être chargée.');
    expect(part(el, 'detail')!.hasAttribute('aria-busy')).to.be.false;
    expect(textOf(part(el, 'title'))).to.equal('Management dans le secteur social');
    await expect(el).to.be.accessible();
    // Not downloaded again by itself (each update would otherwise retry).
    el.requestUpdate();
    await el.updateComplete;
    expect(g.calls).to.equal(1);
    g = gate('detail');
    const retry = error.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    expect(part(el, 'chunk-error')).to.be.null;
    expect(part(el, 'detail')!.getAttribute('aria-busy')).to.equal('true');
    expect(root(el).activeElement).to.equal(part(el, 'title'));
    g.release();
    await arrived(el);
    expect(section(el, 'sessions')).to.exist;
    expect(g.calls).to.equal(1);
  });

  it('back to the list while the page is still on its way', async () => {
    const g = gate('detail');
    const el = await catalogue();
    $<HTMLAnchorElement>(el, 'a[data-ref="9209"]')!.click();
    await el.updateComplete;
    part(el, 'back-link')!.click();
    await oneEvent(window, 'popstate');
    await el.updateComplete;
    expect(part(el, 'detail')).to.be.null;
    expect(root(el).activeElement).to.equal($(el, 'a[data-ref="9209"]'));
    g.release();
    await aTimeout(0);
    await el.updateComplete;
    expect(part(el, 'detail')).to.be.null;
  });

  it('audit mode: downloaded only with the attribute; a failed download offers a retry', async () => {
    let g = gate('audit');
    const plain = await catalogue();
    expect(g.calls).to.equal(0);
    plain.remove();
    const shown = catalogue({ audit: true });
    await waitUntil(() => g.calls === 1, 'the audit part was not asked for');
    g.fail();
    const cat = await shown;
    const error = part(cat, 'chunk-error')!;
    expect(textOf(error)).to.contain('Le mode audit n’a pas pu être chargé.');
    await expect(cat).to.be.accessible();
    g = gate('audit');
    error.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    g.release();
    await waitUntil(() => $(cat, '.audit-summary'), 'the audit never arrived');
    expect(textOf($(cat, '.audit-summary'))).to.contain('Audit Qualiopi');
    expect(part(cat, 'chunk-error')).to.be.null;
  });
});
