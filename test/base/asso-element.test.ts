import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/asso-feed/asso-feed.js';
import type { AssoErrorDetail, AssoLoadDetail } from '../../src/feed/events.js';
import { COMMON } from '../../src/i18n/common.js';
import {
  feedWith,
  freshUrl,
  json,
  mount,
  later,
  never,
  resetFeeds,
  shadowText,
  stubConsole,
  stubFetch,
  titlesOf,
  type TestValues,
} from './helpers.js';

const abs = (u: string) => new URL(u, document.baseURI).href;

function retryButton(el: Element): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector('button[part~="retry-button"]');
}

describe('AssoElement: sources', () => {
  let net: ReturnType<typeof stubFetch>;
  beforeEach(() => resetFeeds());
  afterEach(() => net?.restore());

  it('renders from the data property and fires asso-load', async () => {
    const loaded = oneEvent(document, 'asso-load');
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['Accueil', 'Solidarité'])}></test-values>`);
    const { detail } = (await loaded) as CustomEvent<AssoLoadDetail>;
    expect(detail.source).to.equal('data');
    expect(detail.url).to.equal(undefined);
    expect(detail.feed.organisation.nom).to.equal('Les Amis de la Chaumière');
    expect(titlesOf(el)).to.deep.equal(['Accueil', 'Solidarité']);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Les Amis de la Chaumière');
    await expect(el).to.be.accessible();
  });

  it('renders from an inline JSON script child', async () => {
    const el = await fixture<TestValues>(
      `<test-values><script type="application/json">${JSON.stringify(feedWith(['Dignité']))}</script></test-values>`,
    );
    expect(titlesOf(el)).to.deep.equal(['Dignité']);
    expect(el.controller.source).to.equal('inline');
  });

  it('follows edits of the inline JSON', async () => {
    const el = await fixture<TestValues>(
      `<test-values><script type="application/json">${JSON.stringify(feedWith(['Avant']))}</script></test-values>`,
    );
    el.querySelector('script')!.textContent = JSON.stringify(feedWith(['Après']));
    await waitUntil(() => titlesOf(el)[0] === 'Après');
  });

  it('renders from src', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Coopération'])));
    const loaded = oneEvent(document, 'asso-load');
    const el = await fixture<TestValues>(html`<test-values src=${url}></test-values>`);
    const { detail } = (await loaded) as CustomEvent<AssoLoadDetail>;
    expect(detail).to.include({ source: 'src', url: abs(url) });
    await el.updateComplete;
    expect(titlesOf(el)).to.deep.equal(['Coopération']);
    expect(net.calls).to.have.length(1);
    expect(net.calls[0].url).to.equal(abs(url));
  });

  it('renders from an enclosing <asso-feed>', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Réseau'])));
    const wrap = await fixture(html`<asso-feed src=${url}><test-values></test-values></asso-feed>`);
    const el = wrap.querySelector('test-values')!;
    await waitUntil(() => titlesOf(el).length === 1);
    expect(titlesOf(el)).to.deep.equal(['Réseau']);
    expect(el.controller.source).to.equal('context');
    expect(el.controller.url).to.equal(abs(url));
  });

  it('takes data before inline JSON before src before <asso-feed>', async () => {
    const feedUrl = freshUrl();
    const ownUrl = freshUrl();
    net = stubFetch((url) => json(feedWith([url === abs(ownUrl) ? 'src' : 'asso-feed'])));
    const wrap = await fixture(html`<asso-feed src=${feedUrl}>
      <test-values src=${ownUrl} .data=${feedWith(['data'])}
        ><script type="application/json">
          ${JSON.stringify(feedWith(['inline']))}
        </script></test-values
      >
    </asso-feed>`);
    const el = wrap.querySelector('test-values')!;
    await el.updateComplete;
    expect(titlesOf(el)).to.deep.equal(['data']);
    // The element's own src is not even requested while data is there.
    expect(net.calls.map((c) => c.url)).to.deep.equal([abs(feedUrl)]);

    el.data = undefined;
    await el.updateComplete;
    expect(titlesOf(el)).to.deep.equal(['inline']);

    el.querySelector('script')!.remove();
    await waitUntil(() => titlesOf(el)[0] === 'src');
    expect(net.calls.map((c) => c.url)).to.deep.equal([abs(feedUrl), abs(ownUrl)]);

    el.removeAttribute('src');
    await waitUntil(() => titlesOf(el)[0] === 'asso-feed');
    expect(net.calls).to.have.length(2);
  });

  it('shows the empty state when the feed has nothing for it', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith([])}></test-values>`);
    expect(el.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.equal('Les Amis de la Chaumière\u00a0: aucune valeur.');
    await expect(el).to.be.accessible();
  });
});

describe('AssoElement: loading', () => {
  let net: ReturnType<typeof stubFetch>;
  let errors: ReturnType<typeof stubConsole>;
  beforeEach(() => {
    resetFeeds();
    errors = stubConsole('error');
  });
  afterEach(() => {
    net?.restore();
    errors.restore();
  });

  it('makes one request for two standalone elements with the same src', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => later(30, () => json(feedWith(['Un'])), init));
    const wrap = await mount(html`<div>
      <test-values src=${url}></test-values><test-values src=${url}></test-values>
    </div>`);
    const [a, b] = wrap.querySelectorAll('test-values');
    await waitUntil(() => titlesOf(a).length && titlesOf(b).length);
    expect(net.calls).to.have.length(1);
    // A third one, later, reuses the response.
    const c = document.createElement('test-values');
    c.src = url;
    wrap.append(c);
    await waitUntil(() => titlesOf(c).length);
    expect(net.calls).to.have.length(1);
  });

  it('shows an accessible loading state that reserves space', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => never(init));
    const el = await fixture<TestValues>(html`<test-values src=${url}></test-values>`);
    const box = el.shadowRoot!.querySelector('[part~="loading"]')!;
    expect(box).to.not.equal(null);
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(box.querySelector('[role="status"]')!.textContent).to.equal('Chargement…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(el).to.be.accessible();
  });

  it('aborts the old request when src changes, and a stale response never replaces the newer one', async () => {
    const slow = freshUrl();
    const fast = freshUrl();
    // The slow server ignores the abort and answers anyway, late.
    net = stubFetch((url) =>
      url === abs(slow) ? new Promise((r) => setTimeout(() => r(json(feedWith(['Ancien']))), 80)) : json(feedWith(['Nouveau'])),
    );
    const el = await fixture<TestValues>(html`<test-values src=${slow}></test-values>`);
    expect(net.calls[0].signal!.aborted).to.equal(false);
    el.src = fast;
    await waitUntil(() => titlesOf(el)[0] === 'Nouveau');
    expect(net.calls[0].signal!.aborted).to.equal(true);
    await aTimeout(120);
    expect(titlesOf(el)).to.deep.equal(['Nouveau']);
  });

  it('keeps the newest of three quick src changes', async () => {
    const urls = [freshUrl(), freshUrl(), freshUrl()];
    const delays = [60, 30, 10];
    net = stubFetch((url) => {
      const i = urls.map(abs).indexOf(url);
      return new Promise((r) => setTimeout(() => r(json(feedWith([`n${i}`]))), delays[i]));
    });
    const el = await fixture<TestValues>(html`<test-values src=${urls[0]}></test-values>`);
    el.src = urls[1];
    await el.updateComplete;
    el.src = urls[2];
    await aTimeout(100);
    expect(titlesOf(el)).to.deep.equal(['n2']);
  });

  it('ends in the error state after the timeout attribute', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => never(init));
    const failed = oneEvent(document, 'asso-error');
    const el = await fixture<TestValues>(html`<test-values src=${url} timeout="50"></test-values>`);
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    expect(detail).to.include({ kind: 'timeout', url: abs(url), partial: false, source: 'src' });
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorTimeout);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
    // Nobody waits for it any more: the download is stopped.
    expect(net.calls[0].signal!.aborted).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('uses the default timeout when the attribute is not a positive number', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => later(20, () => json(feedWith(['Patience'])), init));
    const el = await fixture<TestValues>(html`<test-values src=${url} timeout="soon"></test-values>`);
    await waitUntil(() => titlesOf(el).length);
    expect(titlesOf(el)).to.deep.equal(['Patience']);
  });

  it('shows "not found" for a 404 and gives the status in the event', async () => {
    const url = freshUrl('/fixtures/feeds/does-not-exist.json');
    const failed = oneEvent(document, 'asso-error');
    const el = await fixture<TestValues>(html`<test-values src=${url}></test-values>`);
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    expect(detail).to.include({ kind: 'http', status: 404, url: abs(url) });
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorNotFound);
    await waitUntil(() => errors.lines.length, 'the console is told');
    expect(errors.lines.join('\n')).to.contain('404');
    await expect(el).to.be.accessible();
  });

  it('shows a server error for a 500', async () => {
    net = stubFetch(() => json('oops', 500));
    const el = await fixture<TestValues>(html`<test-values src=${freshUrl()}></test-values>`);
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorHttp);
    expect(el.controller.error?.status).to.equal(500);
  });

  it('shows an error for a file that is not JSON', async () => {
    const url = freshUrl('/fixtures/feeds/not-json.txt');
    const failed = oneEvent(document, 'asso-error');
    const el = await fixture<TestValues>(html`<test-values src=${url}></test-values>`);
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    expect(detail.kind).to.equal('json');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorInvalid);
    await expect(el).to.be.accessible();
  });

  it('shows a network error', async () => {
    net = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const failed = oneEvent(document, 'asso-error');
    const el = await fixture<TestValues>(html`<test-values src=${freshUrl()}></test-values>`);
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain('Failed to fetch');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.fr.errorNetwork);
    await waitUntil(() => errors.lines.length, 'the console is told');
    expect(errors.lines.some((l) => l.includes('Failed to fetch'))).to.equal(true);
  });

  it('loads again with the retry button: first fails, second succeeds', async () => {
    net = stubFetch((_, __, n) => (n === 1 ? Promise.reject(new TypeError('Failed to fetch')) : json(feedWith(['Enfin']))));
    const el = await fixture<TestValues>(html`<test-values src=${freshUrl()}></test-values>`);
    await waitUntil(() => retryButton(el));
    const button = retryButton(el)!;
    expect(button.textContent).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    button.click();
    await waitUntil(() => titlesOf(el).length);
    expect(titlesOf(el)).to.deep.equal(['Enfin']);
    expect(net.calls).to.have.length(2);
  });

  it('shows an error, without retry, for inline JSON that is not JSON', async () => {
    const failed = oneEvent(document, 'asso-error');
    const el = await fixture<TestValues>('<test-values><script type="application/json">{"version": "1.0",}</script></test-values>');
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    expect(detail).to.include({ kind: 'json', source: 'inline', partial: false });
    expect(detail.message).to.match(/^JSON invalide/);
    expect(shadowText(el)).to.contain(COMMON.fr.errorInvalid);
    expect(retryButton(el)).to.equal(null);
    await waitUntil(() => errors.lines.length, 'the console is told');
    expect(errors.lines.join('\n')).to.contain('<test-values>');
    await expect(el).to.be.accessible();
  });

  it('shows an error for a src that is not a URL', async () => {
    const el = await fixture<TestValues>(html`<test-values src="http://[nope"></test-values>`);
    await waitUntil(() => el.controller.status === 'error');
    expect(el.controller.error?.kind).to.equal('network');
    expect(el.controller.url).to.equal('http://[nope');
  });

  it('rejects a feed with a wrong version: error state, no retry, problems in the event', async () => {
    const failed = oneEvent(document, 'asso-error');
    const warn = stubConsole('warn');
    const el = await fixture<TestValues>(html`<test-values .data=${{ ...feedWith(['x']), version: '2.0' }}></test-values>`);
    expect(el.controller.status).to.equal('error'); // shown at once; the words for the webmaster follow
    const { detail } = (await failed) as CustomEvent<AssoErrorDetail>;
    warn.restore();
    expect(detail).to.include({ kind: 'invalid', partial: false, source: 'data' });
    expect(detail.problems.map((p) => p.path)).to.deep.equal(['version']);
    expect(shadowText(el)).to.contain(COMMON.fr.errorInvalid);
    expect(retryButton(el)).to.equal(null);
    expect(warn.lines.join('\n')).to.contain('version\u00a0: version "1.x" attendue, reçu "2.0"');
    await expect(el).to.be.accessible();
  });
});

describe('AssoElement: events and console', () => {
  let net: ReturnType<typeof stubFetch>;
  let warn: ReturnType<typeof stubConsole>;
  let info: ReturnType<typeof stubConsole>;
  beforeEach(() => {
    resetFeeds();
    warn = stubConsole('warn');
    info = stubConsole('info');
  });
  afterEach(() => {
    net?.restore();
    warn.restore();
    info.restore();
  });

  it('fires asso-load and a partial asso-error that bubble and cross shadow roots, with url, problems and field paths', async () => {
    const url = freshUrl();
    const feed = feedWith(['Accueil', 'Solidarité']);
    (feed.valeurs.valeurs as unknown[]).splice(1, 0, { texte: 'sans titre' }, { titre: 'Lien', lien: 'javascript:alert(1)' });
    net = stubFetch(() => json({ ...feed, nouveau_champ: 1 }));
    const host = await mount(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const events: Event[] = [];
    const listen = (e: Event) => events.push(e);
    document.addEventListener('asso-load', listen);
    document.addEventListener('asso-error', listen);
    try {
      const el = document.createElement('test-values');
      el.src = url;
      root.append(el);
      await waitUntil(() => events.length === 2);
      const [load, error] = events as [CustomEvent<AssoLoadDetail>, CustomEvent<AssoErrorDetail>];
      expect(load.type).to.equal('asso-load');
      expect(load.bubbles && load.composed).to.equal(true);
      expect(load.target).to.equal(host); // retargeted at the shadow host, as seen from the document
      expect(load.detail.url).to.equal(abs(url));
      expect(load.detail.problems.map((p) => [p.path, p.severity])).to.deep.equal([
        ['nouveau_champ', 'notice'],
        ['valeurs.valeurs[1].titre', 'error'],
        ['valeurs.valeurs[2].lien', 'error'],
      ]);
      expect(error.type).to.equal('asso-error');
      expect(error.bubbles && error.composed).to.equal(true);
      expect(error.detail).to.include({ kind: 'invalid', partial: true, url: abs(url), source: 'src' });
      expect(error.detail.status).to.equal(undefined);
      expect(error.detail.message).to.contain('valeurs.valeurs[1].titre');
      await el.updateComplete;
      expect(titlesOf(el)).to.deep.equal(['Accueil', 'Lien', 'Solidarité']);
      // The console tells the webmaster each path, in French by default.
      const said = warn.lines.join('\n');
      expect(said).to.contain('<test-values>');
      expect(said).to.contain(abs(url));
      expect(said).to.contain('2 problèmes dans le flux');
      expect(said).to.contain('valeurs.valeurs[1].titre\u00a0: texte non vide attendu, champ absent (ignoré\u00a0: valeurs.valeurs[1])');
      expect(said).to.contain('valeurs.valeurs[2].lien\u00a0: lien http(s)://, mailto: ou tel: attendu, reçu "javascript:alert(1)"');
      expect(info.lines.join('\n')).to.contain('nouveau_champ\u00a0: champ inconnu, ignoré');
      // A javascript: link is never put in an href.
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    } finally {
      document.removeEventListener('asso-load', listen);
      document.removeEventListener('asso-error', listen);
    }
  });

  it('fires nothing for a feed replaced before its problems were put into words', async () => {
    const events: string[] = [];
    const listen = (e: Event) => events.push(`${e.type}:${(e as CustomEvent<AssoLoadDetail>).detail.problems.length}`);
    document.addEventListener('asso-load', listen);
    document.addEventListener('asso-error', listen);
    try {
      const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['', 'Bon'])}></test-values>`);
      el.data = feedWith(['Meilleur']);
      await el.updateComplete;
      await aTimeout(50);
      expect(titlesOf(el)).to.deep.equal(['Meilleur']);
      expect(events).to.deep.equal(['asso-load:0']);
    } finally {
      document.removeEventListener('asso-load', listen);
      document.removeEventListener('asso-error', listen);
    }
  });

  it('says each problem once per page, even with several readers', async () => {
    const url = freshUrl();
    net = stubFetch(() => json(feedWith(['Accueil', ''])));
    const wrap = await mount(html`<div><test-values src=${url}></test-values><test-values src=${url}></test-values></div>`);
    const [a, b] = wrap.querySelectorAll('test-values');
    await waitUntil(() => titlesOf(a).length && titlesOf(b).length);
    // The words for the webmaster come from a chunk loaded on demand: wait for them, then for a possible repeat.
    await waitUntil(() => warn.lines.length, 'the console is told');
    await aTimeout(100);
    expect(warn.lines).to.have.length(1);
    expect(warn.lines[0]).to.contain('1 problème dans le flux');
  });

  it('speaks English in the console on an English page', async () => {
    const el = await fixture<TestValues>(html`<test-values lang="en" .data=${feedWith([''])}></test-values>`);
    expect(el.controller.status).to.equal('complete');
    await waitUntil(() => warn.lines.length, 'the console is told');
    expect(warn.lines.join('\n')).to.contain('1 problem in the feed');
    expect(warn.lines.join('\n')).to.contain('valeurs.valeurs[0].titre: non-empty text expected, found "" (left out: valeurs.valeurs[0])');
  });
});

describe('AssoElement: life in the page', () => {
  let net: ReturnType<typeof stubFetch>;
  beforeEach(() => resetFeeds());
  afterEach(() => net?.restore());

  it('moved while loading: no error, loads again where it lands', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => later(40, () => json(feedWith(['Déplacé'])), init));
    const errors: Event[] = [];
    const onError = (e: Event) => errors.push(e);
    document.addEventListener('asso-error', onError);
    try {
      const wrap = await mount(html`<div><section></section><test-values src=${url}></test-values></div>`);
      const el = wrap.querySelector('test-values')!;
      wrap.querySelector('section')!.append(el); // disconnects and reconnects
      await waitUntil(() => titlesOf(el).length, 'content after the move');
      expect(errors).to.have.length(0);
      expect(net.calls[0].signal!.aborted).to.equal(true);
    } finally {
      document.removeEventListener('asso-error', onError);
    }
  });

  it('keeps its content, without another event, when moved after loading', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['Stable'])}></test-values>`);
    let loads = 0;
    const onLoad = () => loads++;
    document.addEventListener('asso-load', onLoad);
    try {
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(titlesOf(el)).to.deep.equal(['Stable']);
      expect(loads).to.equal(0);
    } finally {
      document.removeEventListener('asso-load', onLoad);
    }
  });

  it('is not re-rendered by its own JSON-LD script or stray children', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['Calme'])}></test-values>`);
    await aTimeout(20);
    const before = el.renders;
    el.append(document.createElement('br'));
    await aTimeout(20);
    expect(el.renders).to.equal(before);
  });
});

describe('AssoElement: no source', () => {
  let warn: ReturnType<typeof stubConsole>;
  beforeEach(() => {
    resetFeeds();
    warn = stubConsole('warn');
  });
  afterEach(() => warn.restore());

  it('gives the webmaster a console hint once, and the visitor a clear state instead of endless loading', async () => {
    const el = await fixture<TestValues>(html`<test-values timeout="30"></test-values>`);
    expect(el.shadowRoot!.querySelector('[part~="loading"]')).to.not.equal(null);
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    expect(el.controller.error?.kind).to.equal('nosource');
    expect(shadowText(el)).to.contain(COMMON.fr.errorNoSource);
    expect(retryButton(el)).to.equal(null);
    expect(warn.lines).to.deep.equal([`[asso-widgets] <test-values>\u00a0: ${COMMON.fr.noSource}`]);
    await expect(el).to.be.accessible();
    // Data given later still shows, and the hint is not repeated.
    el.data = feedWith(['Tard']);
    await el.updateComplete;
    expect(titlesOf(el)).to.deep.equal(['Tard']);
    el.data = undefined;
    await aTimeout(80);
    expect(warn.lines).to.have.length(1);
  });

  it('says nothing when data arrives during the grace period', async () => {
    const el = await fixture<TestValues>(html`<test-values timeout="60"></test-values>`);
    el.data = feedWith(['À temps']);
    await aTimeout(100);
    expect(titlesOf(el)).to.deep.equal(['À temps']);
    expect(warn.lines).to.deep.equal([]);
  });

  it('waits for the page’s load event before counting', async () => {
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      const el = await fixture<TestValues>(html`<test-values timeout="10"></test-values>`);
      await aTimeout(40);
      expect(el.controller.status).to.equal('idle');
      window.dispatchEvent(new Event('load'));
      await waitUntil(() => el.controller.status === 'error');
      expect(warn.lines).to.have.length(1);
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
    expect(document.readyState).to.equal('complete');
  });

  it('forgets the wait when removed before the page has loaded', async () => {
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    try {
      const el = await fixture<TestValues>(html`<test-values timeout="10"></test-values>`);
      el.remove();
      window.dispatchEvent(new Event('load'));
      await aTimeout(40);
      expect(el.controller.status).to.equal('idle');
      expect(warn.lines).to.deep.equal([]);
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
  });

  it('gives the hint in English on an English page', async () => {
    const el = await fixture<TestValues>(html`<test-values lang="en" timeout="20"></test-values>`);
    await waitUntil(() => el.controller.status === 'error');
    await el.updateComplete;
    expect(shadowText(el)).to.contain(COMMON.en.errorNoSource);
    expect(warn.lines[0]).to.equal(`[asso-widgets] <test-values>: ${COMMON.en.noSource}`);
  });
});

describe('AssoElement: hostile feed text', () => {
  beforeEach(() => resetFeeds());

  it('shows markup from the feed as text, creates no element, and follows no javascript: link', async () => {
    const warn = stubConsole('warn');
    const hostile = '<img src=x onerror=alert(1)>';
    try {
      const feed = {
        version: '1.0',
        organisation: { nom: `Association ${hostile}` },
        valeurs: {
          valeurs: [
            { titre: hostile, texte: `${hostile}\n\n- <script>alert(1)</script>`, lien: 'javascript:alert(1)' },
            { titre: 'Sûr', lien: 'https://example.org/' },
          ],
        },
      };
      const el = await fixture<TestValues>(html`<test-values .data=${feed}></test-values>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('script')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      expect(root.querySelector('h2')!.textContent).to.equal(`Association ${hostile}`);
      expect(titlesOf(el)).to.deep.equal([hostile, 'Sûr']);
      expect(shadowText(el)).to.contain('<script>alert(1)</script>');
      const hrefs = [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.org/']);
      await waitUntil(() => warn.lines.length, 'the console is told');
      expect(warn.lines.join('\n')).to.contain('valeurs.valeurs[0].lien');
      await expect(el).to.be.accessible();
    } finally {
      warn.restore();
    }
  });

  it('renders the shared hostile fixture without creating an element', async () => {
    const warn = stubConsole('warn');
    try {
      const el = await fixture<TestValues>(html`<test-values src="/fixtures/feeds/hostile.json"></test-values>`);
      await waitUntil(() => el.controller.status === 'complete');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Association <img src=x onerror=alert(1)>');
      expect([...el.shadowRoot!.querySelectorAll('[href]')].some((a) => /^\s*javascript:/i.test(a.getAttribute('href')!))).to.equal(false);
    } finally {
      warn.restore();
    }
  });
});

