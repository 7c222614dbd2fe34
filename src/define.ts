/**
 * Registers an element unless the tag is already defined: a WordPress page
 * that loads the script twice (two plugins, a theme and a block) must keep
 * working. Sites that want other tag names import the classes from the
 * package root and call `customElements.define` themselves.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
