/** What the map's test files share: queries into the shadow root and the visitor's gestures. */
import { sendKeys } from '@web/test-runner-commands';
import type { ServiceMap } from '../../src/service-map/service-map.component.js';

export const root = (el: ServiceMap) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: ServiceMap, sel: string) => root(el).querySelector<T>(sel)!;
export const $$ = <T extends Element = HTMLElement>(el: ServiceMap, sel: string) => [...root(el).querySelectorAll<T>(sel)];
export const active = (el: ServiceMap) => root(el).activeElement as HTMLElement | null;
/** The names of the places the list shows, in order. */
export const items = (el: ServiceMap) => $$(el, '[part~="item-button"]').map((b) => b.textContent!.trim());
/** The announced count, on one line. */
export const count = (el: ServiceMap) =>
  $(el, '[part~="count"]')
    .textContent!.replace(/[ \t\n\r]+/g, ' ')
    .trim();

/** Chooses a value in one of the filters (a select, by id). */
export async function choose(el: ServiceMap, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Types into the search box. */
export async function type(el: ServiceMap, value: string) {
  const input = $<HTMLInputElement>(el, 'input[type="search"]');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** Presses a key ("Shift+ArrowUp": with Shift held) on the focused element. */
export async function press(el: ServiceMap, key: string, times = 1) {
  const shift = key.startsWith('Shift+');
  if (shift) await sendKeys({ down: 'Shift' });
  for (let i = 0; i < times; i++) await sendKeys({ press: shift ? key.slice(6) : key });
  if (shift) await sendKeys({ up: 'Shift' });
  await el.updateComplete;
}
