import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AssoFeed } from '../../src/asso-feed/asso-feed.component.js';
import '../../src/asso-feed/asso-feed.js';
import { define } from '../../src/define.js';
import { feedContext } from '../../src/feed/context.js';
import { mount, feedWith, freshUrl, json, resetFeeds, shadowText, stubConsole, stubFetch, TestValues, titlesOf } from './helpers.js';

const FEED = JSON.stringify(feedWith(['Accueil', 'Solidarité']));

describe('WordPress realities', () => {
  let net: ReturnType<typeof stubFetch>;
  beforeEach(() => resetFeeds());
  afterEach(() => net?.restore());

  it('renders inline JSON wrapped by wpautop in <p>, with <br> and whitespace around it', async () => {
    // What the classic editor makes of a pasted widget.
    const el = await fixture<TestValues>(`<test-values>
<p></p>
<p><script type="application/json">
${FEED}
</script><br />
</p>
<br>
   </test-values>`);
    expect(titlesOf(el)).to.deep.equal(['Accueil', 'Solidarité']);
    await expect(el).to.be.accessible();
  });

  it('renders from src when wpautop closed the element early with a </p>', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Coupé'])));
    const wrap = await mount(`<div><p><test-values src="${url}"></p>
<p><br></p></test-values></div>`);
    const el = wrap.querySelector('test-values')!;
    await waitUntil(() => titlesOf(el).length);
    expect(titlesOf(el)).to.deep.equal(['Coupé']);
  });

  it('ignores stray <p>, <br> and text children', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${JSON.parse(FEED)}><p></p><br />texte perdu<br /></test-values>`);
    expect(titlesOf(el)).to.deep.equal(['Accueil', 'Solidarité']);
    expect(shadowText(el)).to.not.contain('texte perdu');
  });

  it('renders an <asso-feed> whose widgets are wrapped in <p> by wpautop', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Partagé'])));
    const wrap = await mount(`<div><asso-feed src="${url}">
<p><test-values></test-values><br />
<test-values></test-values></p>
<p><test-values></test-values></p>
</asso-feed></div>`);
    const els = [...wrap.querySelectorAll('test-values')];
    expect(els).to.have.length(3);
    await waitUntil(() => els.every((e) => titlesOf(e).length));
    expect(net.calls).to.have.length(1);
  });

  it('lets an <asso-feed> read inline JSON without taking a nested widget’s own JSON', async () => {
    const own = JSON.stringify(feedWith(['Le mien']));
    const wrap = await fixture<AssoFeed>(`<asso-feed>
<p><script type="application/json">${FEED}</script></p>
<test-values><script type="application/json">${own}</script></test-values>
<test-values></test-values>
</asso-feed>`);
    const [first, second] = wrap.querySelectorAll('test-values');
    await waitUntil(() => titlesOf(first).length && titlesOf(second).length);
    expect(titlesOf(first)).to.deep.equal(['Le mien']);
    expect(titlesOf(second)).to.deep.equal(['Accueil', 'Solidarité']);
  });
});

describe('define()', () => {
  it('skips a tag that is already defined, without throwing', () => {
    expect(() => define('test-values', TestValues)).to.not.throw();
    expect(() => define('test-values', class extends TestValues {})).to.not.throw();
    expect(customElements.get('test-values')).to.equal(TestValues);
  });

  it('lets a site register a class under another tag name', async () => {
    define('autre-valeurs', TestValues);
    const el = await fixture<TestValues>(html`<autre-valeurs .data=${JSON.parse(FEED)}></autre-valeurs>`);
    expect(el).to.be.instanceOf(TestValues);
    expect(titlesOf(el)).to.deep.equal(['Accueil', 'Solidarité']);
    define('mon-flux', AssoFeed);
    expect(document.createElement('mon-flux')).to.be.instanceOf(AssoFeed);
  });

  it('still throws for a tag name that is not valid', () => {
    expect(() => define('Pas Valide', class extends HTMLElement {})).to.throw();
  });

  it('survives the define script loaded twice (a second copy of the module)', async () => {
    const errors = stubConsole('error');
    try {
      // Another URL is another module instance, as with two plugins on one page.
      const entry = '../../src/asso-feed/asso-feed.ts?copie=2';
      const component = '../../src/asso-feed/asso-feed.component.ts?copie=2';
      await import(/* @vite-ignore */ entry);
      const copy = (await import(/* @vite-ignore */ component)) as { AssoFeed: typeof AssoFeed };
      expect(copy.AssoFeed).to.not.equal(AssoFeed);
      expect(() => define('asso-feed', copy.AssoFeed)).to.not.throw();
      expect(customElements.get('asso-feed')).to.equal(AssoFeed);
      // Two copies of the context module agree on the key, so widgets of one copy read the other's <asso-feed>.
      const context = '../../src/feed/context.ts?copie=2';
      const copyContext = (await import(/* @vite-ignore */ context)) as { feedContext: unknown };
      expect(copyContext.feedContext).to.equal(feedContext);
      define('asso-feed-copie', copy.AssoFeed);
      const wrap = await fixture(html`<asso-feed-copie .data=${JSON.parse(FEED)}><test-values></test-values></asso-feed-copie>`);
      const el = wrap.querySelector('test-values')!;
      await waitUntil(() => titlesOf(el).length);
      expect(titlesOf(el)).to.deep.equal(['Accueil', 'Solidarité']);
    } finally {
      errors.restore();
    }
  });
});
