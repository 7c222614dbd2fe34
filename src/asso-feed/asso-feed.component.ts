import { ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext, type FeedState } from '../feed/context.js';
import { FeedController } from '../feed/feed-controller.js';
import { ALL_SECTIONS } from '../feed/sections.js';

/**
 * Loads one feed once and hands it to every asso-widgets element inside it.
 * The elements inside show the loading, error and loaded states; this element
 * only loads, validates every section and tells the webmaster what is wrong.
 *
 * @summary Loads a feed once for every widget inside it.
 * @slot - The widgets (and any other content) that read the feed.
 * @fires {CustomEvent<AssoLoadDetail>} asso-load - The feed was loaded and validated.
 * @fires {CustomEvent<AssoErrorDetail>} asso-error - The feed could not be loaded, or some of it was left out.
 */
export class AssoFeed extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The feed as an object (developers); takes precedence over `src`. */
  @property({ attribute: false }) data?: unknown;

  /** Address of the JSON feed. */
  @property() src?: string;

  /** Milliseconds to wait for the feed before the widgets show an error. */
  @property({ type: Number }) timeout = 10000;

  private readonly controller = new FeedController(this, ALL_SECTIONS);
  private readonly provider = new ContextProvider(this, { context: feedContext });
  private provided?: string;

  /** The current state, as the widgets inside receive it. */
  get state(): FeedState {
    const c = this.controller;
    return {
      status: c.status === 'idle' ? 'pending' : c.status,
      feed: c.feed,
      problems: c.problems,
      error: c.error,
      url: c.url,
      retry: () => this.controller.retry(),
    };
  }

  protected override updated(): void {
    const c = this.controller;
    // A new object only when something changed, so the widgets update once.
    const key = `${c.status}|${c.url}|${c.feed === undefined}|${c.error?.message}|${c.problems.length}`;
    if (key !== this.provided || this.provider.value?.feed !== c.feed) {
      this.provided = key;
      this.provider.setValue(this.state);
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
