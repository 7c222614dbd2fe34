/** Shared by the `<formation-catalogue>` tests. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { Feed, Training } from '../../src/feed/schema/index.js';
import type { FormationCatalogue } from '../../src/formation-catalogue/formation-catalogue.js';

export const FEED = '/fixtures/feeds/formations.json';
export const TBA = '/fixtures/feeds/formations-tba.json';
export const EMPTY = '/fixtures/feeds/formations-empty.json';
export const HOSTILE = '/fixtures/feeds/formations-hostile.json';
export const INVALID = '/fixtures/feeds/formations-invalid.json';
export const ERROR = '/fixtures/feeds/formations-error.json';

/** The "today" every test uses: the real date must never matter. */
export const TODAY = '2026-11-23';

/** French no-break spaces, as Intl writes them. */
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const cache = new Map<string, unknown>();

/** A fixture feed as an object (a fresh copy each time), for `.data`. */
export async function feedOf(url: string): Promise<Feed & { formations: Training[] }> {
  if (!cache.has(url)) cache.set(url, await (await fetch(url)).json());
  return structuredClone(cache.get(url)) as Feed & { formations: Training[] };
}

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function parts(el: Element, name: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function part(el: Element, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function $<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return root(el).querySelector<T>(selector);
}

/** Text as shown, spaces and newlines collapsed (no-break spaces kept). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Waits until the element has left its loading state. */
export async function settled(el: FormationCatalogue): Promise<void> {
  await waitUntil(() => el.shadowRoot && !part(el, 'loading'), 'the catalogue stayed in its loading state', { timeout: 5000 });
  await el.updateComplete;
  await arrived(el);
}

/** Waits until a training's page (downloaded on demand) and the audit mode's part have arrived, if the view shows them. */
export async function arrived(el: FormationCatalogue): Promise<void> {
  await waitUntil(
    () => !$(el, '[aria-busy="true"]') && !(el.audit && !part(el, 'audit') && !part(el, 'chunk-error')),
    'a part loaded on demand never arrived',
    { timeout: 5000 },
  );
  await el.updateComplete;
}

/** Titles of the trainings in the list, in order. */
export function titles(el: Element): string[] {
  return parts(el, 'card-title').map((h) => textOf(h));
}

export function count(el: Element): string {
  return textOf(part(el, 'count'));
}

/** The section of the detail view with that key ("tarifs", "sessions"…). */
export function section(el: Element, key: string): HTMLElement | null {
  return $(el, `section[data-section="${key}"]`);
}

/** A catalogue of the main fixture, today = TODAY. */
export async function catalogue(attrs: Partial<Record<string, string | boolean>> = {}, data?: unknown): Promise<FormationCatalogue> {
  const el = document.createElement('formation-catalogue');
  el.setAttribute('today', TODAY);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (typeof v === 'string') el.setAttribute(k, v);
  }
  el.data = data ?? (await feedOf(FEED));
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await settled(el);
  return el;
}

/** Changes a select or input as a person would (value, then the event the element listens to). */
export async function choose(el: FormationCatalogue, selector: string, value: string | boolean): Promise<void> {
  const field = $<HTMLInputElement | HTMLSelectElement>(el, selector)!;
  if (typeof value === 'boolean') (field as HTMLInputElement).checked = value;
  else field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement || field.type === 'checkbox' ? 'change' : 'input', { bubbles: true }));
  await el.updateComplete;
}

/** Opens a training from the list by its reference (a plain click on its link). */
export async function openTraining(el: FormationCatalogue, ref: string): Promise<void> {
  const link = $<HTMLAnchorElement>(el, `a[data-ref="${ref}"]`)!;
  link.click();
  await el.updateComplete;
  await arrived(el);
}

/** Parses the query string of the address bar. */
export function query(): URLSearchParams {
  return new URLSearchParams(location.search);
}
