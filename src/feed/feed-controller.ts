/**
 * Gives an element its feed, from (in order of precedence) its `data`
 * property, an inline `<script type="application/json">` child, its `src`
 * attribute, or an enclosing `<asso-feed>`; validates the sections it reads;
 * tells the webmaster what is wrong (console and events).
 *
 * Why not @lit/task alone: three of the four sources are synchronous and must
 * render in the same frame, and the context source has its own life cycle;
 * the asynchronous `src` path keeps Task's guarantees (AbortSignal to fetch,
 * a newer `src` wins over a stale response).
 */
import { ContextConsumer, ContextRoot } from '@lit/context';
import type * as v from 'valibot';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { COMMON } from '../i18n/common.js';
import { langOf, type Lang } from '../i18n/lang.js';
import { feedContext, type FeedState } from './context.js';
import { emit, type FeedSource } from './events.js';
import { absoluteUrl, FeedError, loadJson, parseJson, validTimeout } from './load.js';
import { checkFeed, errorsOf, type Finding } from './check.js';
import type { Problem } from './problems.js';
import type { Feed, FeedSection } from './schema/index.js';

/**
 * The sentences explaining problems (both languages) and the console report
 * are for the webmaster: they are loaded only when there is something to say,
 * so a visitor's browser never downloads them for a correct feed.
 */
const explain = () => import('./report.js');

/**
 * For elements that find problems of their own (an unknown id, a loop…):
 * puts findings (`makeFinding` from `check.ts`) into words and tells the
 * console, loading the sentences only now. Resolves with the problems.
 */
export async function tellWebmaster(who: string, url: string | undefined, findings: readonly Finding[], lang: Lang): Promise<Problem[]> {
  if (!findings.length) return [];
  const { reportToConsole, toProblem } = await explain();
  const problems = findings.map(toProblem);
  reportToConsole(who, url, problems, lang);
  return problems;
}

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout: number;
}

export type FeedStatus = 'idle' | 'pending' | 'complete' | 'error';

/** How long (ms, after the page's load event) an element without any source waits before saying so. */
export const NO_SOURCE_GRACE = 1000;

const ROOT_KEY = Symbol.for('asso-widgets/context-root');

/**
 * Widgets may upgrade before the `<asso-feed>` around them (scripts in any
 * order, or `asso-feed.js` loaded last): a ContextRoot on the document keeps
 * their unanswered requests and replays them when a provider appears. One per
 * page, even when the script is loaded twice.
 */
function ensureContextRoot() {
  const holder = document as unknown as Record<symbol, unknown>;
  if (holder[ROOT_KEY]) return;
  holder[ROOT_KEY] = true;
  new ContextRoot().attach(document as unknown as HTMLElement);
}

/** The first inline JSON script of `host` that does not belong to a nested custom element. */
function inlineScript(host: HTMLElement): HTMLScriptElement | undefined {
  for (const script of host.querySelectorAll<HTMLScriptElement>('script[type="application/json"]')) {
    let owner = script.parentElement;
    while (owner && owner !== host && !owner.localName.includes('-')) owner = owner.parentElement;
    if (owner === host) return script;
  }
  return undefined;
}

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: Feed;
  problems: Problem[] = [];
  error?: FeedError;
  source?: FeedSource;
  /** Absolute address of the feed, when it comes from `src` or `<asso-feed src>`. */
  url?: string;

  private key?: unknown;
  private token = 0;
  private abort?: AbortController;
  private observer?: MutationObserver;
  private context?: FeedState;
  private reload = false;
  private inline?: string;
  private noSourceTimer?: ReturnType<typeof setTimeout>;
  private noSourceWait?: () => void;
  private hinted = false;

  constructor(
    private readonly host: FeedHost,
    private readonly sections: Partial<Record<FeedSection, v.GenericSchema>>,
  ) {
    host.addController(this);
    ensureContextRoot();
    new ContextConsumer(host, {
      context: feedContext,
      subscribe: true,
      callback: (state) => {
        this.context = state;
        host.requestUpdate();
      },
    });
  }

  hostConnected(): void {
    // Inline JSON may be added or edited after the element upgrades (only a
    // change of its text matters: not our own JSON-LD script, nor stray <br>).
    this.observer = new MutationObserver(() => {
      if (inlineScript(this.host)?.textContent !== this.inline) this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
    // Back in the page after a move: a request cut short starts again, and a
    // widget fed by an <asso-feed> checks that it still is (it may have been
    // moved out of it: its provider was forgotten on disconnection).
    if (this.key === undefined || this.source === 'context') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.stopNoSourceWatch();
    // The provider is gone with the old place in the page.
    this.context = undefined;
    if (this.status === 'pending' && this.source === 'src') {
      // Stop the download; the response, if any, is ignored. Reconnecting loads again.
      this.cancel();
      this.key = undefined;
    }
  }

  hostUpdate(): void {
    const host = this.host;
    if (host.data !== undefined) {
      this.useSync('data', host.data, () => host.data);
      return;
    }
    const inline = inlineScript(host)?.textContent ?? undefined;
    this.inline = inline;
    if (inline !== undefined) {
      this.useSync('inline', inline, () => parseJson(inline));
      return;
    }
    if (host.src) {
      this.useSrc(host.src);
      return;
    }
    if (this.context) {
      this.useContext(this.context);
      return;
    }
    if (this.key !== 'idle' || this.reload) {
      this.reload = false;
      this.cancel();
      this.key = 'idle';
      this.source = undefined;
      this.url = undefined;
      this.set('idle');
    }
    if (this.status === 'idle') this.watchNoSource();
  }

  /** Loads again (the retry button). */
  retry(): void {
    if (this.source === 'context') {
      this.context?.retry();
      return;
    }
    this.reload = true;
    this.key = undefined;
    this.host.requestUpdate();
  }

  private cancel() {
    this.token++;
    this.abort?.abort();
    this.abort = undefined;
    this.stopNoSourceWatch();
  }

  private set(status: FeedStatus, patch: Partial<FeedController> = {}) {
    this.status = status;
    this.feed = patch.feed;
    this.problems = patch.problems ?? [];
    this.error = patch.error;
  }

  /**
   * No data, inline JSON, `src` nor `<asso-feed>`: once the page has loaded
   * (and a late `<asso-feed>` had its chance), tell the webmaster in the
   * console, once, and show the visitor that there is nothing rather than a
   * loading state that never ends.
   */
  private watchNoSource() {
    if (this.noSourceTimer !== undefined || this.noSourceWait || !this.host.isConnected) return;
    const grace = Math.min(validTimeout(this.host.timeout), NO_SOURCE_GRACE);
    const start = () => {
      this.noSourceWait = undefined;
      this.noSourceTimer = setTimeout(() => {
        this.noSourceTimer = undefined;
        if (this.status !== 'idle' || !this.host.isConnected) return;
        const lang = langOf(this.host);
        if (!this.hinted) {
          this.hinted = true;
          console.warn(`[asso-widgets] <${this.host.localName}>${lang === 'fr' ? '\u00a0: ' : ': '}${COMMON[lang].noSource}`);
        }
        this.set('error', { error: new FeedError('nosource', COMMON[lang].noSource) });
        this.host.requestUpdate();
      }, grace);
    };
    if (document.readyState === 'complete') start();
    else {
      this.noSourceWait = start;
      window.addEventListener('load', start, { once: true });
    }
  }

  private stopNoSourceWatch() {
    clearTimeout(this.noSourceTimer);
    this.noSourceTimer = undefined;
    if (this.noSourceWait) window.removeEventListener('load', this.noSourceWait);
    this.noSourceWait = undefined;
  }

  private useSync(source: FeedSource, key: unknown, read: () => unknown) {
    if (this.key === key && this.source === source && !this.reload) return;
    this.reload = false;
    this.cancel();
    this.key = key;
    this.source = source;
    this.url = undefined;
    try {
      this.accept(read());
    } catch (e) {
      this.fail(e instanceof FeedError ? e : new FeedError('json', String(e)));
    }
  }

  private useSrc(src: string) {
    if (this.key === src && this.source === 'src' && !this.reload) return;
    const reload = this.reload;
    this.reload = false;
    this.cancel();
    this.key = src;
    this.source = 'src';
    let url: string;
    try {
      url = absoluteUrl(src);
    } catch {
      url = src;
    }
    this.url = url;
    this.set('pending');
    const token = this.token;
    const abort = (this.abort = new AbortController());
    loadJson(src, { signal: abort.signal, timeout: this.host.timeout, reload }).then(
      (json) => {
        if (token !== this.token) return; // a newer source won
        this.abort = undefined;
        this.accept(json);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (token !== this.token) return;
        this.abort = undefined;
        this.fail(e instanceof FeedError ? e : new FeedError('network', String(e), url));
        this.host.requestUpdate();
      },
    );
  }

  private useContext(state: FeedState) {
    if (this.key === state && this.source === 'context') return;
    this.cancel();
    this.key = state;
    this.source = 'context';
    this.url = state.url;
    // <asso-feed> has validated every section and told the webmaster already.
    this.set(state.status, { feed: state.feed, problems: state.problems, error: state.error });
  }

  /**
   * Shows what is valid at once. A correct feed fires `asso-load` at once; a
   * feed with problems fires its events (with the problems in words) once
   * the sentences have loaded, and tells the console.
   */
  private accept(json: unknown) {
    const { feed, findings } = checkFeed(json, this.sections);
    const { host, source, url, token } = this;
    if (feed) this.set('complete', { feed });
    else this.set('error', { error: new FeedError('invalid', 'invalid feed', url) });
    if (!findings.length) {
      emit(host, 'asso-load', { source: source!, url, feed: feed!, problems: [] });
      return;
    }
    void explain().then(({ reportToConsole, toProblem }) => {
      const lang = langOf(host);
      const problems = findings.map(toProblem);
      reportToConsole(`<${host.localName}>`, url, problems, lang);
      if (token !== this.token) return; // a newer source took over meanwhile
      const errors = errorsOf(problems);
      const error = errors.length ? new FeedError('invalid', errors.map((p) => p.message[lang]).join('\n'), url) : undefined;
      this.problems = problems;
      if (!feed) {
        this.error = error;
        emit(host, 'asso-error', this.errorDetail(error!, problems, false));
      } else {
        emit(host, 'asso-load', { source: source!, url, feed, problems });
        if (error) emit(host, 'asso-error', this.errorDetail(error, problems, true));
      }
      host.requestUpdate(); // <asso-feed> passes the problems on
    });
  }

  private fail(error: FeedError) {
    const { host, url } = this;
    this.set('error', { error });
    emit(host, 'asso-error', this.errorDetail(error, [], false));
    void explain().then(({ reportToConsole }) =>
      reportToConsole(`<${host.localName}>`, url, [], langOf(host), `${error.kind}: ${error.message}`),
    );
  }

  private errorDetail(error: FeedError, problems: Problem[], partial: boolean) {
    return {
      source: this.source!,
      url: this.url,
      status: error.status,
      kind: error.kind,
      partial,
      message: error.message,
      problems,
    };
  }
}
