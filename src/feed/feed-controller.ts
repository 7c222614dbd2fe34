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
import { ContextConsumer } from '@lit/context';
import type * as v from 'valibot';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf } from '../i18n/lang.js';
import { feedContext, type FeedState } from './context.js';
import { emit, type FeedSource } from './events.js';
import { FeedError, loadJson, parseJson } from './load.js';
import type { Problem } from './problems.js';
import { reportToConsole } from './report.js';
import type { Feed, FeedSection } from './schema/index.js';
import { errorsOf, validateFeed } from './validate.js';

export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  data?: unknown;
  src?: string;
  timeout: number;
}

export type FeedStatus = 'idle' | 'pending' | 'complete' | 'error';

export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: Feed;
  problems: Problem[] = [];
  error?: FeedError;
  source?: FeedSource;
  url?: string;

  private key?: unknown;
  private token = 0;
  private abort?: AbortController;
  private observer?: MutationObserver;
  private context?: FeedState;
  private reload = false;

  constructor(
    private readonly host: FeedHost,
    private readonly sections: Partial<Record<FeedSection, v.GenericSchema>>,
  ) {
    host.addController(this);
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
    // Inline JSON may be added or edited after the element upgrades.
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.abort?.abort();
    this.abort = undefined;
    this.key = undefined;
  }

  hostUpdate(): void {
    const host = this.host;
    if (host.data !== undefined) {
      this.useSync('data', host.data, () => host.data);
      return;
    }
    const inline = this.inlineText();
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
    if (this.key !== 'idle') {
      this.cancel();
      this.key = 'idle';
      this.set('idle');
    }
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

  private inlineText(): string | undefined {
    const script = this.host.querySelector('script[type="application/json"]');
    return script ? (script.textContent ?? '') : undefined;
  }

  private cancel() {
    this.token++;
    this.abort?.abort();
    this.abort = undefined;
  }

  private set(status: FeedStatus, patch: Partial<FeedController> = {}) {
    this.status = status;
    this.feed = patch.feed;
    this.problems = patch.problems ?? [];
    this.error = patch.error;
  }

  private useSync(source: FeedSource, key: unknown, read: () => unknown) {
    if (this.key === key && this.source === source) return;
    this.cancel();
    this.key = key;
    this.source = source;
    this.url = undefined;
    try {
      this.accept(read());
    } catch (e) {
      this.fail(e as FeedError);
    }
  }

  private useSrc(src: string) {
    if (this.key === src && this.source === 'src' && !this.reload) return;
    const reload = this.reload;
    this.reload = false;
    this.cancel();
    this.key = src;
    this.source = 'src';
    this.url = src;
    this.set('pending');
    const token = this.token;
    const abort = (this.abort = new AbortController());
    loadJson(src, { signal: abort.signal, timeout: this.host.timeout, reload }).then(
      (json) => {
        if (token !== this.token) return; // a newer source won
        this.accept(json);
        this.host.requestUpdate();
      },
      (e: unknown) => {
        if (token !== this.token) return;
        this.fail(e instanceof FeedError ? e : new FeedError('network', String(e), src));
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

  private accept(json: unknown) {
    const { feed, problems } = validateFeed(json, this.sections);
    const lang = langOf(this.host);
    const who = `<${this.host.localName}>`;
    const errors = errorsOf(problems);
    if (!feed) {
      const error = new FeedError('invalid', errors.map((p) => p.message[lang]).join('\n'), this.url);
      this.set('error', { problems, error });
      reportToConsole(who, this.url, problems, lang);
      emit(this.host, 'asso-error', this.errorDetail(error, problems, false));
      return;
    }
    this.set('complete', { feed, problems });
    reportToConsole(who, this.url, problems, lang);
    emit(this.host, 'asso-load', { source: this.source!, url: this.url, feed, problems });
    if (errors.length) {
      const error = new FeedError('invalid', errors.map((p) => p.message[lang]).join('\n'), this.url);
      emit(this.host, 'asso-error', this.errorDetail(error, problems, true));
    }
  }

  private fail(error: FeedError) {
    if (!(error instanceof FeedError)) error = new FeedError('json', String(error), this.url);
    this.set('error', { error });
    reportToConsole(`<${this.host.localName}>`, this.url, [], langOf(this.host), `${error.kind}: ${error.message}`);
    emit(this.host, 'asso-error', this.errorDetail(error, [], false));
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
