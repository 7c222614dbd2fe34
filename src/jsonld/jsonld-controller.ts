/**
 * Keeps one `<script type="application/ld+json">` in the element's light DOM
 * (where search engines read it) up to date, and removes it with the element.
 * The JSON is set as text, with "<" escaped so feed text can never close the
 * script. While `build` returns the same object as last time, nothing is
 * serialised again: a filter change in a catalogue of 1000 trainings must not
 * pay for a thousand courses' JSON.
 *
 * It is built and written when the browser is idle (within half a second),
 * once for any number of updates before then: the element is shown first
 * (a 500-node organigram's JSON-LD is about a twentieth of its first
 * render), and search engines, which wait for the page to settle, still
 * read it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../base/idle.js';

export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export class JsonLdController implements ReactiveController {
  private script?: HTMLScriptElement;
  private removed = false;
  private lastBuilt?: JsonLd;
  private idleWrite = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly build: () => JsonLd | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.host.hasAttribute('no-jsonld')) return this.remove();
    if (this.idleWrite) return;
    this.idleWrite = true;
    whenIdle(() => {
      this.idleWrite = false;
      if (this.host.isConnected && !this.host.hasAttribute('no-jsonld')) this.write();
    }, 500);
  }

  private write(): void {
    const data = this.build();
    if (!data) return this.remove();
    if (data === this.lastBuilt && this.script?.isConnected) return;
    this.lastBuilt = data;
    const text = serializeJsonLd({ '@context': 'https://schema.org', ...data });
    if (!this.script || !this.script.isConnected) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.assoJsonld = '';
      this.host.append(this.script);
    }
    if (this.script.textContent !== text) this.script.textContent = text;
  }

  hostConnected(): void {
    // Removed with the element; back in the page, it comes back with the next update.
    if (this.removed) this.host.requestUpdate();
    this.removed = false;
  }

  hostDisconnected(): void {
    this.removed = !!this.script;
    this.remove();
  }

  private remove() {
    this.lastBuilt = undefined;
    this.script?.remove();
    this.script = undefined;
  }
}
