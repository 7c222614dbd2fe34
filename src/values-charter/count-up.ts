/**
 * The count-up of key figures. The final number is always in the HTML: in a
 * visually hidden text that assistive technologies read, and in an
 * `aria-hidden` copy that people see. Only that copy counts up, only when the
 * visitor's system allows motion (`prefers-reduced-motion: no-preference`)
 * and only once the figure is on screen; an intermediate number is never in
 * the accessibility tree.
 *
 * The copy carries `data-count` (the final number); `format` writes a number
 * the way the element shows it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export const COUNT_SELECTOR = '[data-count]';

export class CountUpController implements ReactiveController {
  private observer?: IntersectionObserver;
  private readonly seen = new WeakSet<Element>();
  private readonly running = new Map<HTMLElement, number>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly format: (n: number, el: HTMLElement) => string,
    private readonly duration = 1200,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const copies = this.host.renderRoot.querySelectorAll<HTMLElement>(COUNT_SELECTOR);
    if (!copies.length || !motionAllowed()) return;
    this.observer ??= new IntersectionObserver((entries) => this.handleIntersect(entries), { threshold: 0.6 });
    for (const el of copies) {
      if (this.seen.has(el)) continue;
      this.seen.add(el);
      this.observer.observe(el);
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    for (const [el, frame] of this.running) {
      cancelAnimationFrame(frame);
      el.textContent = this.format(target(el), el);
    }
    this.running.clear();
  }

  private handleIntersect(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer?.unobserve(entry.target);
      // The visitor may have changed the setting since the figure was rendered.
      if (motionAllowed()) this.run(entry.target as HTMLElement);
    }
  }

  private run(el: HTMLElement) {
    const start = performance.now();
    const step = (now: number) => {
      const final = target(el);
      const t = Math.min(1, (now - start) / this.duration);
      const decimals = Math.min(2, (String(final).split('.')[1] ?? '').length);
      const eased = 1 - (1 - t) ** 3;
      const shown = t < 1 ? Number((final * eased).toFixed(decimals)) : final;
      el.textContent = this.format(shown, el);
      if (t < 1) this.running.set(el, requestAnimationFrame(step));
      else this.running.delete(el);
    };
    step(start);
  }
}

function target(el: HTMLElement): number {
  return Number(el.dataset.count);
}

function motionAllowed(): boolean {
  return typeof IntersectionObserver === 'function' && matchMedia('(prefers-reduced-motion: no-preference)').matches;
}
