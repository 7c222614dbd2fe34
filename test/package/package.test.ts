// The package as a whole: the one-file entry registers every element, the
// root exports the classes without side effects, and loading the script twice
// (two copies on one WordPress page) neither throws nor breaks. Importing
// every module here also makes coverage count every file of src/.
import { expect } from '@open-wc/testing';
import * as root from '../../src/index.js';

const TAGS = ['asso-feed', 'values-charter', 'formation-catalogue', 'service-map', 'governance-organigram'];

describe('package', () => {
  it('the root registers nothing by itself', () => {
    // src/index.ts is imported above, before src/all.ts.
    expect(customElements.get('asso-feed')).to.equal(undefined);
    expect(root.AssoFeed).to.be.a('function');
    expect(root.validateFeed).to.be.a('function');
  });

  it('the one-file entry registers every element', async () => {
    await import('../../src/all.js');
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('a second copy of the registration neither throws nor replaces the first', async () => {
    const before = TAGS.map((t) => customElements.get(t));
    const { define } = await import('../../src/define.js');
    for (const tag of TAGS) expect(() => define(tag, class extends HTMLElement {})).not.to.throw();
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(before);
  });

  it('exports every element class so a site can register it under another name', () => {
    const classes = Object.values(root).filter((x) => typeof x === 'function' && x.prototype instanceof HTMLElement);
    const registered = TAGS.map((t) => customElements.get(t));
    for (const ctor of registered) expect(classes, ctor?.name).to.include(ctor);
  });
});
