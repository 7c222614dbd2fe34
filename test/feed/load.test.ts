import { aTimeout, expect } from '@open-wc/testing';
import { absoluteUrl, clearFeedCache, DEFAULT_TIMEOUT, FeedError, jsonErrorAt, loadJson, parseJson, validTimeout } from '../../src/feed/load.js';
import { makeFinding } from '../../src/feed/check.js';
import { tellWebmaster } from '../../src/feed/feed-controller.js';
import { freshUrl, json, later, never, stubConsole, stubFetch } from '../base/helpers.js';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('loadJson', () => {
  let net: ReturnType<typeof stubFetch>;
  beforeEach(() => clearFeedCache());
  afterEach(() => net?.restore());

  it('fetches once for readers of the same URL, and keeps the response for later readers', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => later(20, () => json({ a: 1 }), init));
    const [a, b] = await Promise.all([loadJson(url), loadJson(absoluteUrl(url))]);
    expect(a).to.deep.equal({ a: 1 });
    expect(b).to.equal(a);
    expect(await loadJson(url)).to.equal(a);
    expect(net.calls).to.have.length(1);
  });

  it('asks again with reload', async () => {
    const url = freshUrl();
    net = stubFetch((_, __, n) => json({ n }));
    expect(await loadJson(url)).to.deep.equal({ n: 1 });
    expect(await loadJson(url, { reload: true })).to.deep.equal({ n: 2 });
    expect(await loadJson(url)).to.deep.equal({ n: 2 });
  });

  it('lets one reader give up without stopping the download for the others', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => later(30, () => json({ ok: true }), init));
    const quitter = new AbortController();
    const first = loadJson(url, { signal: quitter.signal });
    const second = loadJson(url);
    quitter.abort();
    expect(((await rejection(first)) as DOMException).name).to.equal('AbortError');
    expect(await second).to.deep.equal({ ok: true });
    expect(net.calls[0].signal!.aborted).to.equal(false);
  });

  it('stops the download when every reader has given up, and asks again for the next', async () => {
    const url = freshUrl();
    net = stubFetch((_, init, n) => (n === 1 ? never(init) : json({ again: true })));
    const quitter = new AbortController();
    const first = loadJson(url, { signal: quitter.signal });
    quitter.abort();
    await rejection(first);
    expect(net.calls[0].signal!.aborted).to.equal(true);
    expect(await loadJson(url)).to.deep.equal({ again: true });
    expect(net.calls).to.have.length(2);
  });

  it('keeps a response that has arrived when a reader gives up at the last moment', async () => {
    const url = freshUrl();
    net = stubFetch(() => json({ kept: true }));
    await loadJson(url);
    const quitter = new AbortController();
    const late = loadJson(url, { signal: quitter.signal });
    quitter.abort();
    await rejection(late);
    expect(await loadJson(url)).to.deep.equal({ kept: true });
    expect(net.calls).to.have.length(1);
  });

  it('rejects at once for an already aborted signal', async () => {
    net = stubFetch((_, init) => never(init));
    const quitter = new AbortController();
    quitter.abort();
    const e = await rejection(loadJson(freshUrl(), { signal: quitter.signal }));
    expect((e as DOMException).name).to.equal('AbortError');
  });

  it('gives up after the timeout with a FeedError', async () => {
    const url = freshUrl();
    net = stubFetch((_, init) => never(init));
    const e = (await rejection(loadJson(url, { timeout: 30 }))) as FeedError;
    expect(e).to.be.instanceOf(FeedError);
    expect(e.kind).to.equal('timeout');
    expect(e.url).to.equal(absoluteUrl(url));
    expect(e.message).to.equal('no answer after 30 ms');
  });

  it('turns HTTP errors, network errors and bad JSON into FeedErrors, and forgets them', async () => {
    const url = freshUrl();
    net = stubFetch((_, __, n) =>
      n === 1 ? json('x', 503) : n === 2 ? Promise.reject(new TypeError('Failed to fetch')) : n === 3 ? json('{"a":') : json({ fine: 1 }),
    );
    const http = (await rejection(loadJson(url))) as FeedError;
    expect([http.kind, http.status, http.message]).to.deep.equal(['http', 503, 'HTTP 503']);
    const network = (await rejection(loadJson(url))) as FeedError;
    expect([network.kind, network.message]).to.deep.equal(['network', 'Failed to fetch']);
    const bad = (await rejection(loadJson(url))) as FeedError;
    expect(bad.kind).to.equal('json');
    expect(await loadJson(url)).to.deep.equal({ fine: 1 });
    expect(net.calls).to.have.length(4);
  });

  it('rejects an address that is not a URL, without throwing', async () => {
    const e = (await rejection(loadJson('http://[nope'))) as FeedError;
    expect([e.kind, e.url, e.message]).to.deep.equal(['network', 'http://[nope', 'invalid URL: http://[nope']);
  });

  it('a real 404 from the server', async () => {
    const e = (await rejection(loadJson(freshUrl('/fixtures/feeds/absent.json')))) as FeedError;
    expect([e.kind, e.status]).to.deep.equal(['http', 404]);
  });

  it('a real file', async () => {
    expect(await loadJson(freshUrl('/fixtures/feeds/minimal.json'))).to.deep.include({ version: '1.0' });
  });

  it('does not leave a timer behind after success', async () => {
    net = stubFetch(() => json({}));
    await loadJson(freshUrl(), { timeout: 20 });
    await aTimeout(40); // a leftover timer would reject an already settled promise: nothing to see, nothing thrown
  });
});

describe('load helpers', () => {
  it('validTimeout keeps positive numbers and falls back to the default', () => {
    expect(validTimeout(500)).to.equal(500);
    expect(validTimeout(0)).to.equal(DEFAULT_TIMEOUT);
    expect(validTimeout(-1)).to.equal(DEFAULT_TIMEOUT);
    expect(validTimeout(Number.NaN)).to.equal(DEFAULT_TIMEOUT);
    expect(validTimeout(Number.POSITIVE_INFINITY)).to.equal(DEFAULT_TIMEOUT);
    expect(validTimeout('100')).to.equal(DEFAULT_TIMEOUT);
    expect(validTimeout(1e12)).to.equal(2 ** 31 - 1);
  });

  it('parseJson says where the JSON is wrong', () => {
    expect(parseJson('{"a":1}')).to.deep.equal({ a: 1 });
    let error: unknown;
    try {
      parseJson('{\n  "a": 1,\n}', 'https://example.org/f.json');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('json');
    expect((error as FeedError).url).to.equal('https://example.org/f.json');
    expect((error as FeedError).message).to.match(/^JSON invalide \(ligne 3, colonne 1\)\u00a0: /);
    expect(parseJson('\uFEFF{"bom":true}')).to.deep.equal({ bom: true });
  });

  it('jsonErrorAt finds the line and column', () => {
    expect(jsonErrorAt('{\n  "a": 1,\n}', 'Unexpected token } in JSON at position 12')).to.deep.equal({ line: 3, column: 1 });
    expect(jsonErrorAt('', 'Expected x (line 4 column 2)')).to.deep.equal({ line: 4, column: 2 });
    expect(jsonErrorAt('', 'Unexpected end of JSON input')).to.equal(undefined);
  });

  it('absoluteUrl resolves against the page', () => {
    expect(absoluteUrl('/f.json')).to.equal(new URL('/f.json', location.href).href);
    expect(absoluteUrl('https://example.org/f.json')).to.equal('https://example.org/f.json');
  });
});

describe('tellWebmaster', () => {
  it('puts findings into words, tells the console once, and gives the problems back', async () => {
    const warn = stubConsole('warn');
    try {
      expect(await tellWebmaster('<x-y>', undefined, [], 'fr')).to.deep.equal([]);
      const problems = await tellWebmaster('<x-y>', 'https://example.org/f.json', [makeFinding('gouvernance.noeuds[1].parent', 'reference_inconnue', 'ca')], 'en');
      expect(problems[0].message.en).to.equal('gouvernance.noeuds[1].parent: an id present in the feed expected, found "ca"');
      expect(warn.lines).to.have.length(1);
      expect(warn.lines[0]).to.contain('<x-y> https://example.org/f.json: 1 problem in the feed');
    } finally {
      warn.restore();
    }
  });
});
