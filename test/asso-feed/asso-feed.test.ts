import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { AssoFeed } from '../../src/asso-feed/asso-feed.component.js';
import '../../src/asso-feed/asso-feed.js';
import type { AssoErrorDetail, AssoLoadDetail } from '../../src/feed/events.js';
import { COMMON } from '../../src/i18n/common.js';
import {
  feedWith,
  freshUrl,
  json,
  later,
  mount,
  never,
  resetFeeds,
  shadowText,
  stubConsole,
  stubFetch,
  titlesOf,
  type TestValues,
} from '../base/helpers.js';

const abs = (u: string) => new URL(u, document.baseURI).href;
const widgets = (root: Element) => [...root.querySelectorAll<TestValues>('test-values')];

describe('<asso-feed>', () => {
  let net: ReturnType<typeof stubFetch>;
  let quiet: ReturnType<typeof stubConsole>[];
  beforeEach(() => {
    resetFeeds();
    quiet = [stubConsole('error'), stubConsole('warn'), stubConsole('info')];
  });
  afterEach(() => {
    net?.restore();
    quiet.forEach((q) => q.restore());
  });

  it('loads once for three widgets inside it: one request', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => later(20, () => json(feedWith(['Accueil', 'Solidarité'])), init));
    const feed = await mount<AssoFeed>(html`<asso-feed src=${url}>
      <test-values></test-values>
      <div><test-values></test-values></div>
      <section><p><test-values></test-values></p></section>
    </asso-feed>`);
    const els = widgets(feed);
    await waitUntil(() => els.every((e) => titlesOf(e).length === 2));
    expect(net.calls).to.have.length(1);
    expect(net.calls[0].url).to.equal(abs(url));
    for (const el of els) await expect(el).to.be.accessible();
  });

  it('shares with widgets inside a shadow root', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Ombre'])));
    const feed = await mount<AssoFeed>(html`<asso-feed src=${url}><div></div></asso-feed>`);
    const root = feed.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('test-values');
    root.append(el);
    await waitUntil(() => titlesOf(el).length);
    expect(titlesOf(el)).to.deep.equal(['Ombre']);
  });

  it('fires asso-load once, from itself, with the url and the problems; its widgets stay silent', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Accueil', ''])));
    const events: CustomEvent[] = [];
    const listen = (e: Event) => events.push(e as CustomEvent);
    document.addEventListener('asso-load', listen);
    document.addEventListener('asso-error', listen);
    try {
      const feed = await mount<AssoFeed>(html`<asso-feed src=${url}><test-values></test-values><test-values></test-values></asso-feed>`);
      await waitUntil(() => widgets(feed).every((e) => titlesOf(e).length === 1));
      expect(events.map((e) => [e.type, (e.target as Element).localName])).to.deep.equal([
        ['asso-load', 'asso-feed'],
        ['asso-error', 'asso-feed'],
      ]);
      const load = events[0] as CustomEvent<AssoLoadDetail>;
      expect(load.detail).to.include({ source: 'src', url: abs(url) });
      expect(load.detail.problems.map((p) => p.path)).to.deep.equal(['valeurs.valeurs[1].titre']);
      const error = events[1] as CustomEvent<AssoErrorDetail>;
      expect(error.detail).to.include({ kind: 'invalid', partial: true });
      // The widgets show the valid part.
      expect(titlesOf(widgets(feed)[0])).to.deep.equal(['Accueil']);
      expect(feed.state.problems).to.have.length(1);
    } finally {
      document.removeEventListener('asso-load', listen);
      document.removeEventListener('asso-error', listen);
    }
  });

  it('shows its widgets loading while it loads', async () => {
    net = stubFetch((_, init) => never(init));
    const feed = await mount<AssoFeed>(html`<asso-feed src=${freshUrl()}><test-values></test-values></asso-feed>`);
    const el = widgets(feed)[0];
    expect(feed.state.status).to.equal('pending');
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes an error to its widgets; their retry button loads again, once for all', async () => {
    net = stubFetch((_, __, n) => (n === 1 ? json('not found', 404) : json(feedWith(['Retrouvé']))));
    const failed = oneEvent(document, 'asso-error');
    const feed = await mount<AssoFeed>(html`<asso-feed src=${freshUrl()}><test-values></test-values><test-values></test-values></asso-feed>`);
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    expect(detail).to.include({ kind: 'http', status: 404, source: 'src' });
    const [a, b] = widgets(feed);
    await waitUntil(() => a.shadowRoot!.querySelector('button'));
    await b.updateComplete;
    expect(shadowText(a)).to.contain(COMMON.fr.errorNotFound);
    expect(shadowText(b)).to.contain(COMMON.fr.errorNotFound);
    await expect(a).to.be.accessible();
    a.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => titlesOf(a).length && titlesOf(b).length);
    expect(titlesOf(b)).to.deep.equal(['Retrouvé']);
    expect(net.calls).to.have.length(2);
  });

  it('passes a timeout to its widgets', async () => {
    net = stubFetch((_, init) => never(init));
    const feed = await mount<AssoFeed>(html`<asso-feed src=${freshUrl()} timeout="40"><test-values></test-values></asso-feed>`);
    const el = widgets(feed)[0];
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorTimeout);
  });

  it('passes a rejected feed to its widgets as an error without retry', async () => {
    const feed = await mount<AssoFeed>(html`<asso-feed .data=${{ version: '1.0' }}><test-values></test-values></asso-feed>`);
    const el = widgets(feed)[0];
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorInvalid);
  });

  it('takes a data property', async () => {
    const feed = await mount<AssoFeed>(html`<asso-feed .data=${feedWith(['Donné'])}><test-values></test-values></asso-feed>`);
    const el = widgets(feed)[0];
    await waitUntil(() => titlesOf(el).length);
    expect(titlesOf(el)).to.deep.equal(['Donné']);
    feed.data = feedWith(['Changé']);
    await waitUntil(() => titlesOf(el)[0] === 'Changé');
  });

  it('follows a new src, and its widgets follow', async () => {
    const first = freshUrl();
    const second = freshUrl();
    net = stubFetch((url) => json(feedWith([url === abs(first) ? 'Premier' : 'Second'])));
    const feed = await mount<AssoFeed>(html`<asso-feed src=${first}><test-values></test-values></asso-feed>`);
    const el = widgets(feed)[0];
    await waitUntil(() => titlesOf(el)[0] === 'Premier');
    feed.src = second;
    await waitUntil(() => titlesOf(el)[0] === 'Second');
    expect(el.controller.url).to.equal(abs(second));
  });

  it('lets a widget with its own source ignore it', async () => {
    const feed = await mount<AssoFeed>(html`<asso-feed .data=${feedWith(['Commun'])}>
      <test-values></test-values><test-values .data=${feedWith(['Propre'])}></test-values>
    </asso-feed>`);
    const [a, b] = widgets(feed);
    await waitUntil(() => titlesOf(a).length);
    expect(titlesOf(a)).to.deep.equal(['Commun']);
    expect(titlesOf(b)).to.deep.equal(['Propre']);
  });

  it('gives the nearest <asso-feed> to a widget when they are nested', async () => {
    const outer = await mount<AssoFeed>(html`<asso-feed .data=${feedWith(['Dehors'])}>
      <test-values></test-values>
      <asso-feed .data=${feedWith(['Dedans'])}><test-values></test-values></asso-feed>
    </asso-feed>`);
    const [a, b] = widgets(outer);
    await waitUntil(() => titlesOf(a).length && titlesOf(b).length);
    expect(titlesOf(a)).to.deep.equal(['Dehors']);
    expect(titlesOf(b)).to.deep.equal(['Dedans']);
  });

  it('passes the outer feed through an inner <asso-feed> without a source', async () => {
    const outer = await mount<AssoFeed>(html`<asso-feed .data=${feedWith(['Transmis'])}>
      <asso-feed><test-values></test-values></asso-feed>
    </asso-feed>`);
    const el = widgets(outer)[0];
    await waitUntil(() => titlesOf(el).length);
    expect(titlesOf(el)).to.deep.equal(['Transmis']);
  });

  it('reaches widgets that upgraded before it (scripts in any order)', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Tardif'])));
    const tag = `late-feed-${Math.random().toString(36).slice(2, 8)}`;
    const wrap = await mount(`<div><${tag} src="${url}"><test-values></test-values></${tag}></div>`);
    const el = wrap.querySelector<TestValues>('test-values')!;
    expect(el.controller.status).to.equal('idle');
    customElements.define(tag, class extends AssoFeed {});
    await waitUntil(() => titlesOf(el).length, 'the widget gets the late provider’s feed');
    expect(titlesOf(el)).to.deep.equal(['Tardif']);
  });

  it('stops feeding a widget moved out of it (with or without JSON-LD)', async () => {
    const wrap = await mount(html`<div>
      <asso-feed .data=${feedWith(['Dedans'])}
        ><test-values timeout="30"></test-values><test-values no-jsonld timeout="30"></test-values
      ></asso-feed>
      <aside></aside>
    </div>`);
    const els = [...wrap.querySelectorAll<TestValues>('test-values')];
    await waitUntil(() => els.every((el) => titlesOf(el).length));
    wrap.querySelector('aside')!.append(...els);
    await waitUntil(() => els.every((el) => el.controller.status === 'error'), 'both widgets say they have no source');
    for (const el of els) expect(el.controller.error?.kind).to.equal('nosource');
  });

  it('without a source, its widgets end up saying so instead of loading forever', async () => {
    const feed = await mount<AssoFeed>(html`<asso-feed timeout="30"><test-values></test-values></asso-feed>`);
    const el = widgets(feed)[0];
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorNoSource);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(quiet[1].lines.join('\n')).to.contain('<asso-feed>');
    await expect(el).to.be.accessible();
  });

  it('is invisible itself: display contents, its children are its content', async () => {
    const feed = await mount<AssoFeed>(html`<asso-feed .data=${feedWith(['A'])}><p>Texte autour</p></asso-feed>`);
    expect(getComputedStyle(feed).display).to.equal('contents');
    expect(feed.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });
});
