// A site that switches its language after the widgets rendered (a language
// menu, Storybook's toolbar) sees them follow, without reloading.
import { expect, waitUntil } from '@open-wc/testing';
import { COMMON } from '../../src/i18n/common.js';
import { mount, shadowText, TestValues } from './helpers.js';

describe('AssoElement: language changes after rendering', () => {
  const before = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = before;
  });

  it('follows the document when its lang changes', async () => {
    document.documentElement.lang = 'fr';
    const el = await mount<TestValues>('<test-values src="/fixtures/feeds/does-not-exist.json"></test-values>');
    await waitUntil(() => shadowText(el).includes(COMMON.fr.errorNotFound), 'the French error');
    document.documentElement.lang = 'en';
    await waitUntil(() => shadowText(el).includes(COMMON.en.errorNotFound), 'the English error');
    expect(shadowText(el)).not.to.contain(COMMON.fr.errorNotFound);
  });

  it('follows the nearest ancestor, and stops listening once removed', async () => {
    const wrap = await mount<HTMLDivElement>('<div lang="en"><test-values src="/fixtures/feeds/does-not-exist.json"></test-values></div>');
    const el = wrap.querySelector('test-values') as TestValues;
    await waitUntil(() => shadowText(el).includes(COMMON.en.errorNotFound), 'the English error');
    wrap.lang = 'fr';
    await waitUntil(() => shadowText(el).includes(COMMON.fr.errorNotFound), 'the French error');
    el.remove();
    wrap.lang = 'en';
    await new Promise((r) => setTimeout(r, 50));
    expect(shadowText(el)).to.contain(COMMON.fr.errorNotFound);
  });
});
