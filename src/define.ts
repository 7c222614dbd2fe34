/**
 * Registers an element unless the tag is already defined: a WordPress page
 * that loads the script twice (two plugins, a theme and a block) must keep
 * working. Sites that want other tag names import the classes from the
 * package root and call `define('my-tag', Class)` (or
 * `customElements.define('my-tag', class extends Class {})`).
 *
 * A class can be registered once only by the browser; when it already is
 * (under another tag), a subclass is registered, so `define` never throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  try {
    customElements.define(tag, ctor);
  } catch {
    // The class is registered under another tag already. (A bad tag name throws again here, as it should.)
    customElements.define(tag, class extends (ctor as new () => HTMLElement) {});
  }
}
