/**
 * What every asso-widgets element shares: its feed (`data`, inline JSON,
 * `src`, or an enclosing `<asso-feed>`), the loading / error / empty / loaded
 * states, the language, and the JSON-LD it keeps in the page.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type * as v from 'valibot';
import { FeedController } from '../feed/feed-controller.js';
import type { Feed, FeedSection } from '../feed/schema/index.js';
import { COMMON } from '../i18n/common.js';
import { langOf, type Lang } from '../i18n/lang.js';
import { JsonLdController, type JsonLd } from '../jsonld/jsonld-controller.js';
import { hostStyles } from '../styles/tokens.js';

export abstract class AssoElement extends LitElement {
  static override styles = [hostStyles];

  /** The feed as an object (developers); takes precedence over every other source. */
  @property({ attribute: false }) data?: unknown;

  /** Address of the JSON feed. */
  @property() src?: string;

  /** Milliseconds to wait for the feed before showing an error. */
  @property({ type: Number }) timeout = 10000;

  protected readonly feedController: FeedController;

  /** The language of the interface: the nearest `lang`, French by default. */
  protected lang_: Lang = 'fr';

  constructor(sections: Partial<Record<FeedSection, v.GenericSchema>>) {
    super();
    this.feedController = new FeedController(this, sections);
    new JsonLdController(this, () => {
      const feed = this.feedController.feed;
      return this.feedController.status === 'complete' && feed && !this.isEmpty(feed) ? this.memoJsonLd(feed) : undefined;
    });
  }

  private jsonLdMemo?: { feed: Feed; lang: Lang; value: JsonLd };

  /**
   * `jsonLd(feed)` again only when the feed or the language changed: opening
   * a branch or typing in a search box does not rebuild it. An element whose
   * JSON-LD depends on more returns undefined until it is ready, or keeps its
   * own cache (undefined is never kept).
   */
  private memoJsonLd(feed: Feed): JsonLd | undefined {
    if (this.jsonLdMemo?.feed === feed && this.jsonLdMemo.lang === this.lang_) return this.jsonLdMemo.value;
    const value = this.jsonLd(feed);
    this.jsonLdMemo = value ? { feed, lang: this.lang_, value } : undefined;
    return value;
  }

  /** Connected elements, told when a `lang` attribute changes anywhere in the page (a site's language switch). */
  private static readonly connected = new Set<AssoElement>();
  private static langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    AssoElement.connected.add(this);
    AssoElement.langObserver ??= new MutationObserver(() => {
      for (const el of AssoElement.connected) if (langOf(el) !== el.lang_) el.requestUpdate();
    });
    AssoElement.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    AssoElement.connected.delete(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.lang_ = langOf(this);
  }

  /** True when the feed has nothing for this element to show. */
  protected abstract isEmpty(feed: Feed): boolean;
  /** The element's content once the feed is loaded. */
  protected abstract renderContent(feed: Feed): TemplateResult;
  /** What the element shows when the feed has nothing for it. */
  protected abstract renderEmpty(feed: Feed): TemplateResult;
  /** schema.org data for search engines, from the feed and the language only (see `memoJsonLd`). */
  protected abstract jsonLd(feed: Feed): JsonLd | undefined;

  protected renderLoading(): TemplateResult {
    return html`<div part="base loading" aria-busy="true">
      <p role="status">${COMMON[this.lang_].loading}</p>
    </div>`;
  }

  protected renderError(): TemplateResult {
    const t = COMMON[this.lang_];
    const error = this.feedController.error;
    const message =
      error?.kind === 'timeout'
        ? t.errorTimeout
        : error?.kind === 'network'
          ? t.errorNetwork
          : error?.kind === 'http'
            ? error.status === 404 || error.status === 410
              ? t.errorNotFound
              : t.errorHttp
            : error?.kind === 'nosource'
              ? t.errorNoSource
              : t.errorInvalid;
    // Trying again helps when something was fetched; not for a feed given in the page, nor for no feed at all.
    const source = this.feedController.source;
    const canRetry = (source === 'src' || source === 'context') && error?.kind !== 'nosource';
    return html`<div part="base error" role="alert">
      <p><strong>${t.errorTitle}</strong> ${message}</p>
      ${canRetry
        ? html`<button part="retry-button" type="button" @click=${() => this.feedController.retry()}>${t.retry}</button>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const { status, feed } = this.feedController;
    if (status === 'error') return this.renderError();
    if (status !== 'complete' || !feed) return this.renderLoading();
    return this.isEmpty(feed) ? this.renderEmpty(feed) : this.renderContent(feed);
  }
}
