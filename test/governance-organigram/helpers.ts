/** Shared helpers of the organigram's tests. */
import { fixture, html } from '@open-wc/testing';
import '../../src/governance-organigram/governance-organigram.js';
import type { GovernanceOrganigram } from '../../src/governance-organigram/governance-organigram.js';
// The details' code is loaded on the first opening (a dynamic import): loaded
// here once, so that a test's first opening does not wait for the server.
await import('../../src/governance-organigram/details.js');

export const CHAUMIERE = '/fixtures/feeds/chaumiere.json';
export const GCSMS = '/fixtures/feeds/gcsms.json';
export const HOSTILE = '/fixtures/feeds/organigram-hostile.json';
export const CYCLE = '/fixtures/feeds/organigram-cycle.json';
export const EMPTY = '/fixtures/feeds/organigram-empty.json';
export const LARGE = '/fixtures/feeds/organigram-large.json';

const cache = new Map<string, unknown>();
export async function feedOf(url: string): Promise<any> {
  if (!cache.has(url)) cache.set(url, await (await fetch(url)).json());
  return structuredClone(cache.get(url));
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const part = (el: HTMLElement, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: HTMLElement, name: string) => [
  ...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
export const items = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[role="treeitem"]')];
export const nameOf = (item: Element) => item.textContent!.trim();
/** The card around a treeitem (its kind, name, people and ties). */
export const card = (item: Element) => item.closest<HTMLElement>('.card')!;
export const item = (el: HTMLElement, name: string) => items(el).find((i) => nameOf(i) === name)!;
export const focused = (el: HTMLElement) => root(el).activeElement as HTMLElement | null;
export const focusedName = (el: HTMLElement) => {
  const f = focused(el);
  return f ? nameOf(f) : undefined;
};

/** Treeitems a person can see (no hidden ancestor group). */
export const shown = (el: HTMLElement) => items(el).filter((i) => i.checkVisibility());
export const shownNames = (el: HTMLElement) => shown(el).map(nameOf);

/** An organigram at a given width, fed with `data`, inside a plain page. */
export async function organigram(
  url: string,
  width = 1200,
  attrs: Record<string, string> = {},
): Promise<GovernanceOrganigram> {
  const data = await feedOf(url);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('governance-organigram');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  wrapper.append(el);
  await settle(el);
  return el;
}

/** Waits for updates and the layout decision (measured after a frame). */
export async function settle(el: GovernanceOrganigram): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
  await el.updateComplete;
}

export const layoutOf = (el: HTMLElement) => part(el, 'chart')!.dataset.layout;
