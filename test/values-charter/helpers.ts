/** Shared by the `<values-charter>` tests. */
import { fixtureCleanup, waitUntil } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { ValuesCharter } from '../../src/values-charter/values-charter.js';

export const GCSMS = '/fixtures/feeds/gcsms.json';
export const CHAUMIERE = '/fixtures/feeds/chaumiere.json';

const cache = new Map<string, unknown>();

/** A fixture feed as an object (a fresh copy each time), for `.data`. */
export async function feedOf(url: string): Promise<any> {
  if (!cache.has(url)) cache.set(url, await (await fetch(url)).json());
  return structuredClone(cache.get(url));
}

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

export function parts(el: Element, part: string): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

export function part(el: Element, name: string): HTMLElement | null {
  return root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Text as shown, spaces and newlines collapsed (no-break spaces kept). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
}

/** Waits until the element has left its loading state. */
export async function settled(el: ValuesCharter): Promise<void> {
  await waitUntil(() => el.shadowRoot && !part(el, 'loading'), 'the charter stayed in its loading state', { timeout: 5000 });
  await el.updateComplete;
}

/** Titles of the values, in order. */
export function valueTitles(el: Element): string[] {
  return parts(el, 'value-title').map((h) => textOf(h));
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a new `<div>` in the page, like open-wc's
 * `fixture`, without waiting for an animation frame (a page the runner keeps
 * in a background tab gets none); `cleanup()` removes it.
 */
export async function mount(template: TemplateResult): Promise<HTMLDivElement> {
  const wrapper = document.createElement('div');
  render(template, wrapper);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await Promise.all([...wrapper.querySelectorAll('values-charter')].map((el) => el.updateComplete));
  return wrapper;
}

export function cleanup(): void {
  for (const el of mounted.splice(0)) el.remove();
  fixtureCleanup();
}

afterEach(cleanup);
