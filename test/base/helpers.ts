/**
 * A tiny element built on AssoElement, owned by these tests (so they do not
 * depend on any real widget), and helpers to watch the network and console.
 */
import { fixtureSync } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import * as v from 'valibot';
import { AssoElement } from '../../src/base/asso-element.js';
import { define } from '../../src/define.js';
import { clearFeedCache } from '../../src/feed/load.js';
import { resetConsoleReport } from '../../src/feed/report.js';
import { link, longText, text } from '../../src/feed/schema/common.js';
import type { Feed } from '../../src/feed/schema/index.js';
import { organizationJsonLd } from '../../src/jsonld/organisation.js';
import { renderLink } from '../../src/render/link.js';
import { renderText } from '../../src/render/text.js';

const valeurs = v.object({
  valeurs: v.array(v.object({ titre: text, texte: v.optional(longText), lien: v.optional(link) }), 'liste'),
});

interface TestValue {
  titre: string;
  texte?: string;
  lien?: string;
}

const valuesOf = (feed: Feed) => ((feed.valeurs as unknown as { valeurs?: TestValue[] } | undefined)?.valeurs ?? []);

/** Lists the organisation's name and the titles of its values. */
export class TestValues extends AssoElement {
  renders = 0;
  jsonLdBuilds = 0;

  constructor() {
    super({ valeurs });
  }

  protected override isEmpty(feed: Feed): boolean {
    return valuesOf(feed).length === 0;
  }

  protected override renderContent(feed: Feed): TemplateResult {
    this.renders++;
    return html`<section part="base">
      <h2 part="title">${feed.organisation.nom}</h2>
      <ul>
        ${valuesOf(feed).map(
          (x) => html`<li>
            <span part="value-title">${x.titre}</span> ${renderText(x.texte)} ${x.lien ? renderLink(x.lien, x.titre) : ''}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  protected override renderEmpty(feed: Feed): TemplateResult {
    return html`<p part="base empty">${feed.organisation.nom}\u00a0: aucune valeur.</p>`;
  }

  protected override jsonLd(feed: Feed) {
    this.jsonLdBuilds++;
    return organizationJsonLd(feed.organisation);
  }

  /** For tests: the controller's state. */
  get controller() {
    return this.feedController;
  }

  /** For tests: the interface language the element resolved. */
  get uiLang() {
    return this.lang_;
  }
}
define('test-values', TestValues);

declare global {
  interface HTMLElementTagNameMap {
    'test-values': TestValues;
  }
}

export const ORG = { nom: 'Les Amis de la Chaumière' };

export function feedWith(titles: string[], extra: Record<string, unknown> = {}) {
  return { version: '1.0', organisation: ORG, valeurs: { valeurs: titles.map((titre) => ({ titre })) }, ...extra };
}

/** Titles of the values an element shows. */
export function titlesOf(el: Element): string[] {
  return [...(el.shadowRoot?.querySelectorAll('[part="value-title"]') ?? [])].map((e) => e.textContent ?? '');
}

export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export interface FetchCall {
  url: string;
  signal?: AbortSignal | null;
}

type Handler = (url: string, init: RequestInit | undefined, n: number) => Promise<Response> | Response;

/** Replaces window.fetch for a test; every call is recorded. Call restore() in afterEach. */
export function stubFetch(handler?: Handler) {
  const calls: FetchCall[] = [];
  const original = window.fetch;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, signal: init?.signal });
    return handler ? Promise.resolve(handler(url, init, calls.length)) : original(input, init);
  };
  return {
    calls,
    restore: () => {
      window.fetch = original;
    },
  };
}

export const json = (body: unknown, status = 200) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A response that arrives after `ms`, unless the request is aborted. */
export function later(ms: number, body: () => Response, init?: RequestInit): Promise<Response> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => resolve(body()), ms);
    init?.signal?.addEventListener('abort', () => {
      clearTimeout(t);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/** A request that never answers (until aborted). */
export function never(init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
}

/** Records console calls of one kind for a test. */
export function stubConsole(kind: 'warn' | 'error' | 'info') {
  const lines: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  return {
    lines,
    restore: () => {
      console[kind] = original;
    },
  };
}

let n = 0;
/** A fresh URL for a test, so the page-wide cache of responses never leaks between tests. */
export function freshUrl(path = '/fixtures/feeds/minimal.json'): string {
  n++;
  return `${path}?t=${Date.now()}-${n}`;
}

export function resetFeeds() {
  clearFeedCache();
  resetConsoleReport();
}

/**
 * Like `fixture`, without waiting for an animation frame (a wrapper that is
 * not a Lit element makes `fixture` wait for one, and a test page in the
 * background gets none): waits for the Lit elements inside instead.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult | string): Promise<T> {
  const root = fixtureSync<T>(template);
  const all = [root, ...root.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((e) => e.updateComplete));
  return root;
}
