import { adoptStyles, html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { AssoElement } from '../base/asso-element.js';
import { whenIdle } from '../base/idle.js';
import { lazy } from '../base/lazy.js';
import { emit } from '../feed/events.js';
import { tellWebmaster } from '../feed/feed-controller.js';
import {
  gouvernance,
  type Feed,
  type Gouvernance,
  type TieKind,
} from '../feed/schema/index.js';
import { formatDate } from '../format/index.js';
import { ORGANIGRAM, type OrganigramStrings } from '../i18n/governance-organigram.js';
import type { JsonLd } from '../jsonld/jsonld-controller.js';
import { renderLink, safeHref, telHref } from '../render/link.js';
import { renderText } from '../render/text.js';
import { clampLevel, renderHeading } from '../render/heading.js';
import { governanceJsonLd } from './jsonld.js';
import { DASHES, groupDigits, kindLabel, nameLabel, personLabel, tieLabel } from './labels.js';
import type { DetailsKit } from './details.js';
import { fold, searchNodes } from './search.js';
import {
  ancestors,
  buildTree,
  chartWidth,
  collapsedFrom,
  kids,
  siblings,
  stacksChildren,
  visibleNodes,
  type OrgNode,
  type OrgTree,
} from './tree.js';
import { TreeView, type ViewState } from './tree-view.js';
import type { TieLine } from './tie-lines.js';
import { styles } from './governance-organigram.styles.js';

export interface AssoSelectDetail {
  /** The node's id in the feed. */
  id: string;
  nom: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'asso-select': CustomEvent<AssoSelectDetail>;
  }
}

/**
 * The drawing of ties as lines, loaded when a chart with ties is first
 * drawn, or at idle time when an indented tree is shown (printing draws the
 * chart, and a print cannot wait for code to arrive). An organigram without
 * ties never needs it.
 */
const tieLines = lazy(() => import('./tie-lines.js'));
/** The details dialog's code, loaded when a person first opens a node's details (or points at a card). */
const details = lazy(() => import('./details.js'));
const kit: DetailsKit = {
  html,
  nothing,
  formatDate,
  renderLink,
  safeHref,
  telHref,
  renderText,
  renderHeading,
  clampLevel,
  labels: { groupDigits, kindLabel, nameLabel, personLabel, tieLabel },
};
/** Cards show this many people; the details show them all. */
const PEOPLE_ON_CARD = 3;

/**
 * The governance of an organisation: its bodies, posts and people, who
 * reports to whom, and the secondary ties (delegation, support, steering,
 * representation). Nested lists first, readable as text; drawn as a chart
 * with connector lines on wide containers and as an indented tree on narrow
 * ones; a WAI-ARIA tree view for the keyboard; search; details of each node;
 * print and SVG export of the whole chart; schema.org JSON-LD.
 *
 * @summary Bodies, posts and people of an organisation, as an accessible organigram.
 *
 * @csspart base - The wrapper (also on the loading and error states).
 * @csspart title - The heading.
 * @csspart introduction - The introduction's paragraphs.
 * @csspart toolbar - Search, expand, collapse and download.
 * @csspart search - The search field's label and input.
 * @csspart expand-all - The "Tout déplier" button.
 * @csspart collapse-all - The "Tout replier" button.
 * @csspart download - The "Télécharger (SVG)" button.
 * @csspart status - The polite live region (search results).
 * @csspart legend - The legend of lines.
 * @csspart chart - The scrolling area holding the tree.
 * @csspart tree - The `role="tree"` list.
 * @csspart node - A node's card.
 * @csspart node-match - A card that matches the search (with `node`).
 * @csspart node-kind - The kind of body above a node's name.
 * @csspart node-name - A node's name.
 * @csspart node-people - The people on a card.
 * @csspart tie - A secondary tie stated on a card.
 * @csspart match - A highlighted search match.
 * @csspart details - The details dialog.
 * @csspart details-title - Its heading.
 * @csspart close-button - Its close button.
 * @csspart photo - A person's photo in the details.
 * @csspart link - Links (delegation documents, contact).
 * @csspart updated - The "Mis à jour le" line.
 * @csspart empty - The message shown when the feed has no governance.
 * @csspart error - The error message.
 * @csspart retry-button - The retry button.
 *
 * @cssproperty --asso-organigram-node-width - Width of a card in the chart (13rem).
 * @cssproperty --asso-organigram-node-background - Background of a card (the surface colour).
 * @cssproperty --asso-organigram-line-color - Colour of connector lines (currentColor at 55 %).
 * @cssproperty --asso-organigram-tie-color - Colour of the secondary ties' lines, their legend and card samples (the accent colour).
 * @cssproperty --asso-organigram-gap - Space between sibling cards (1rem).
 * @cssproperty --asso-organigram-level-gap - Vertical space between levels in the chart (2rem).
 * @cssproperty --asso-organigram-chart-min-width - Width of the element from which the chart is drawn, a number of rem (40).
 * @cssproperty --asso-organigram-title-size - Font size of the heading (1.35em).
 * @cssproperty --asso-organigram-mark-background - Background of search highlights (Mark).
 * @cssproperty --asso-organigram-mark-color - Text colour of search highlights (MarkText).
 *
 * @fires asso-load - The feed was loaded and validated. Detail: `AssoLoadDetail`.
 * @fires asso-error - The feed could not be loaded, or parts were left out (unknown parent, loop…). Detail: `AssoErrorDetail`.
 * @fires asso-select - A person opened a node's details. Detail: `{ id, nom }`.
 */
export class GovernanceOrganigram extends AssoElement {
  static override styles = [...AssoElement.styles, styles];

  /** Level of the heading (2 to 6); the details' heading is one level below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `auto` (chart on wide containers, indented tree on narrow ones or when the chart does not fit), `chart` or `tree`. */
  @property() layout: 'auto' | 'chart' | 'tree' = 'auto';

  /** Number of levels open at first; deeper branches start collapsed. All open when absent. */
  @property({ type: Number, attribute: 'open-levels' }) openLevels?: number;

  /** Hides the search field. */
  @property({ type: Boolean, attribute: 'no-search' }) noSearch = false;

  /** Hides the SVG download button. */
  @property({ type: Boolean, attribute: 'no-download' }) noDownload = false;

  @state() private printing = false;

  @query('[part="chart"]') private chartEl?: HTMLElement;
  @query('dialog') private dialogEl?: HTMLDialogElement;

  // The state below changes with the tree, which is built while rendering:
  // plain fields, and an explicit requestUpdate() when a person changes them.
  private collapsed = new Set<OrgNode>();
  private active?: OrgNode;
  private query = '';
  private selected?: OrgNode;
  private tree?: OrgTree;
  private treeView?: TreeView;
  private viewLang?: string;
  /** The layout drawn: changed while rendering (a chart that would not fit), so a plain field. */
  private mode: 'chart' | 'tree' = 'tree';
  /** The tree whose chart width was last estimated. */
  private estimated?: OrgTree;
  private treeSource?: Gouvernance;
  private hits = new Set<OrgNode>();
  private byKey = new Map<string, OrgNode>();
  private reported?: OrgTree;
  /** Width the chart needed the last time it did not fit. */
  private needed = 0;
  private checkFit = true;
  private typed = '';
  private typedAt = 0;
  private resizeObserver?: ResizeObserver;
  private observed?: Element;
  private printQuery?: MediaQueryList;
  /** Redraws the ties' lines when the tree's size changes (chart layout only). */
  private tieObserver?: ResizeObserver;
  private tieObserved?: Element;
  private tieWaiting = false;
  private tiesDrawnFor: unknown[] = [];
  private detailsStyled = false;

  constructor() {
    super({ gouvernance });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Observes a zero-height line as wide as the element (see updated()):
    // the element's height changes with the layout, its width does not.
    this.resizeObserver = new ResizeObserver(() => this.measure());
    this.observed = undefined;
    this.tieObserver = new ResizeObserver(() => this.drawTies());
    this.tieObserved = undefined;
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
    this.printQuery = matchMedia('print');
    this.printQuery.addEventListener('change', this.printChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.tieObserver?.disconnect();
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
    this.printQuery?.removeEventListener('change', this.printChange);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('layout')) this.checkFit = true;
    if (changed.has('openLevels') && this.tree) this.collapsed = this.initialCollapsed(this.tree);
    // Before the chart is first drawn, choose its layout from the element's
    // width, so that it is drawn once, not as a tree and then as a chart.
    if (!this.chartEl && !this.printing && this.clientWidth) this.mode = this.layoutFor(this.clientWidth);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.treeView?.update(this.viewState());
    const ruler = this.renderRoot.querySelector('.ruler');
    if (ruler && ruler !== this.observed) {
      this.observed = ruler;
      this.resizeObserver?.observe(ruler);
    }
    const tree = this.tree;
    if (tree && this.reported !== tree && tree.problems.length && this.feedController.status === 'complete') {
      this.reported = tree;
      this.reportProblems(tree);
    }
    // Measured after the update, so that a change of layout is a new update.
    if (this.checkFit || changed.has('layout')) queueMicrotask(() => this.measure());
    this.watchTies();
    if (!tieLines.value && this.mode === 'tree' && tree && this.hasTieLines(tree)) whenIdle(() => void tieLines.load().catch(() => undefined), 2000);
  }

  // ——— secondary ties drawn as lines (chart layout) ———

  /** Whether the tree has ties between two of its nodes (others are only stated in words). */
  private hasTieLines(tree: OrgTree): boolean {
    return tree.ties.some((t) => t.from && t.to && t.from !== t.to);
  }

  /**
   * After an update: the lines are drawn once laid out, and again whenever
   * the tree's size changes. Observing the tree anew makes the observer
   * report once after the next layout (before paint): the lines are drawn
   * from the layout the browser does anyway, without forcing another one.
   */
  private watchTies() {
    const svg = this.renderRoot.querySelector('.tie-lines');
    const ul = svg && this.renderRoot.querySelector('[role="tree"]');
    // Only what moves cards calls for new lines (not the focus or search highlights).
    const drawn = [svg, this.treeView, this.collapsed, this.printing];
    if (ul === this.tieObserved && drawn.every((x, i) => x === this.tiesDrawnFor[i])) return;
    this.tiesDrawnFor = drawn;
    if (this.tieObserved) this.tieObserver?.unobserve(this.tieObserved);
    this.tieObserved = ul ?? undefined;
    if (ul) this.tieObserver?.observe(ul);
  }

  /**
   * Draws each tie whose two cards are shown (laid out: in print, closed
   * branches are shown too). A tie to a node inside a closed branch is not
   * drawn (the words on the card shown still state it): a line to the
   * closed branch's card would show a tie that card does not have.
   */
  private drawTies() {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('.tie-lines');
    const ul = this.renderRoot.querySelector<HTMLElement>('[role="tree"]');
    const tree = this.tree;
    const view = this.treeView;
    if (!svg || !ul || !tree || view?.tree !== tree) return;
    const code = tieLines.value;
    if (!code) {
      if (!this.tieWaiting) {
        this.tieWaiting = true;
        // Not loaded (network): tried again at the next drawing; the ties stay in words meanwhile.
        tieLines
          .load()
          .then(() => this.drawTies())
          .catch(() => undefined)
          .finally(() => (this.tieWaiting = false));
      }
      return;
    }
    const lines: TieLine[] = [];
    for (const { from, to, tie } of tree.ties)
      if (from && to && from !== to) lines.push({ from: view.cardOf(from)!, to: view.cardOf(to)!, kind: tie.type });
    code.drawTieLines(svg, ul, lines, DASHES);
  }

  // ——— the tree and its state ———

  /** The tree of the current feed, rebuilt when the feed changes. */
  private treeOf(g: Gouvernance): OrgTree {
    if (this.tree && this.treeSource === g) return this.tree;
    const tree = buildTree(g);
    this.tree = tree;
    this.treeSource = g;
    this.byKey = new Map(tree.nodes.map((n) => [n.key, n]));
    this.collapsed = this.initialCollapsed(tree);
    this.active = tree.roots[0];
    this.selected = undefined;
    this.hits = searchNodes(tree.nodes, this.query);
    this.checkFit = true;
    return tree;
  }

  private initialCollapsed(tree: OrgTree): Set<OrgNode> {
    return this.openLevels === undefined || this.openLevels < 1 ? new Set() : collapsedFrom(tree, this.openLevels);
  }

  private async reportProblems(tree: OrgTree) {
    const fc = this.feedController;
    // The sentences are loaded only now: visitors of a correct feed never download them.
    const problems = await tellWebmaster(`<${this.localName}>`, fc.url, tree.problems, this.lang_);
    const errors = problems.filter((p) => p.severity === 'error');
    emit(this, 'asso-error', {
      source: fc.source!,
      url: fc.url,
      kind: 'invalid',
      partial: true,
      message: errors.map((p) => p.message[this.lang_]).join('\n'),
      problems,
    });
  }

  /** Problems of structure found in the feed (unknown parents, loops, duplicated ids, ties that name no node). */
  get structureProblems() {
    return this.tree?.problems ?? [];
  }

  /** Opens every branch. */
  expandAll(): void {
    this.collapsed = new Set();
    this.requestUpdate();
  }

  /** Closes every branch: only the roots stay visible. */
  collapseAll(): void {
    if (!this.tree) return;
    this.collapsed = collapsedFrom(this.tree, 1);
    if (this.active) this.active = ancestors(this.active).pop() ?? this.active;
    this.requestUpdate();
  }

  /** Searches names and roles, opens the branches of the matches and returns their number. */
  search(text: string): number {
    this.query = text;
    this.requestUpdate();
    const tree = this.tree;
    if (!tree) return 0;
    this.hits = searchNodes(tree.nodes, text);
    if (this.hits.size) {
      const open = new Set(this.collapsed);
      for (const m of this.hits) for (const a of ancestors(m)) open.delete(a);
      this.collapsed = open;
    }
    return this.hits.size;
  }

  /**
   * The whole chart, collapsed branches included, as a standalone SVG
   * document (text). The export's code is loaded on first use.
   */
  async toSvg(): Promise<string> {
    const tree = this.tree;
    if (!tree) return '';
    const t = ORGANIGRAM[this.lang_];
    const { buildSvg } = await import('./svg-export.js');
    return buildSvg(tree, {
      title: this.titleText(t),
      kind: (n) => kindLabel(n, t),
      name: nameLabel,
      people: (n) => this.cardLines(n, t),
      ties: (n) => n.ties.map((e) => tieLabel(e, t)),
      hierarchy: t.hierarchy,
      tieNames: t.ties,
      dashes: DASHES,
      stacks: stacksChildren,
    });
  }

  private titleText(t: OrganigramStrings): string {
    return this.tree && this.treeSource?.titre ? this.treeSource.titre : t.title;
  }

  private setCollapsed(n: OrgNode, collapse: boolean) {
    const next = new Set(this.collapsed);
    if (collapse) next.add(n);
    else next.delete(n);
    this.collapsed = next;
    this.requestUpdate();
  }

  private async focusNode(n: OrgNode | undefined) {
    if (!n) return;
    this.active = n;
    this.requestUpdate();
    await this.updateComplete;
    const item = this.renderRoot.querySelector<HTMLElement>(`#${n.key}`);
    item?.focus({ preventScroll: true });
    item?.parentElement?.scrollIntoView?.({
      block: 'nearest',
      inline: 'nearest',
    });
  }

  private async openDetails(n: OrgNode) {
    const code = details.value ?? (await details.load());
    if (!this.detailsStyled) {
      this.detailsStyled = true;
      adoptStyles(this.renderRoot as ShadowRoot, [...GovernanceOrganigram.elementStyles, unsafeCSS(code.detailsCss)]);
    }
    this.selected = n;
    this.active = n;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.dialogEl;
    if (dialog && !dialog.open) dialog.showModal();
    emit2(this, n);
  }

  private closeDetails = () => {
    const n = this.selected;
    if (this.dialogEl?.open) this.dialogEl.close();
    this.selected = undefined;
    this.requestUpdate();
    void this.focusNode(n);
  };

  // ——— layout: chart or indented tree, from the container's width ———

  /** The layout the element's width calls for, before checking that the chart fits. */
  private layoutFor(width: number): 'chart' | 'tree' {
    if (this.layout === 'chart' || this.layout === 'tree') return this.layout;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const min = parseFloat(getComputedStyle(this).getPropertyValue('--asso-organigram-chart-min-width')) || 40;
    return width >= min * rem && width >= this.needed ? 'chart' : 'tree';
  }

  private measure() {
    const chart = this.chartEl;
    const width = this.clientWidth;
    if (this.printing || !chart || !width) return;
    let mode = this.layoutFor(width);
    if (this.checkFit && mode === 'chart' && this.mode === 'chart' && this.layout === 'auto') {
      this.checkFit = false;
      if (chart.scrollWidth > chart.clientWidth + 1) {
        this.needed = chart.scrollWidth;
        mode = 'tree';
      }
    } else if (mode === 'tree') this.checkFit = false;
    if (mode !== this.mode) {
      if (mode === 'chart') this.checkFit = true;
      this.mode = mode;
      this.requestUpdate();
    }
  }

  /** A length custom property of the element in pixels ("13rem", "200px", "12em"), or `rems` root ems. */
  private lengthOf(name: string, rems: number, rem: number): number {
    const m = /^\s*([\d.]+)\s*(px|rem|em)?\s*$/.exec(getComputedStyle(this).getPropertyValue(name));
    if (!m) return rems * rem;
    const v = parseFloat(m[1]);
    return m[2] === 'px' ? v : m[2] === 'em' ? v * (parseFloat(getComputedStyle(this).fontSize) || rem) : v * rem;
  }

  /** On the first drawing of a tree in `auto`, chooses the indented tree if the chart would not fit. */
  private fitBeforeDrawing(tree: OrgTree) {
    if (this.layout !== 'auto' || this.mode !== 'chart' || this.printing || this.estimated === tree) return;
    this.estimated = tree;
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const gap = this.lengthOf('--asso-organigram-gap', 1, rem);
    const need = chartWidth(tree, this.lengthOf('--asso-organigram-node-width', 13, rem), gap, 1.5 * rem) + 8;
    if (need > this.clientWidth) {
      this.needed = need;
      this.mode = 'tree';
    }
  }

  // ——— print: every branch, fitted to the page width ———

  private beforePrint = () => {
    if (this.printing || !this.tree) return;
    this.printing = true;
    this.mode = this.layout === 'tree' ? 'tree' : 'chart';
    this.performUpdate();
    const chart = this.chartEl;
    const tree = chart?.firstElementChild as HTMLElement | null;
    if (chart && tree && this.mode === 'chart') {
      // An A4 or Letter page, portrait, less its margins: about 680 CSS pixels.
      const zoom = Math.min(1, 680 / Math.max(1, tree.scrollWidth));
      if (zoom < 0.6) this.mode = 'tree';
      else chart.style.setProperty('--_zoom', String(zoom));
      this.requestUpdate();
      this.performUpdate();
    }
    // No frame is drawn before the page is printed: the lines are drawn now
    // (if their code is not loaded yet, only once it is: the words stay on the cards).
    this.drawTies();
  };

  private afterPrint = () => {
    if (!this.printing) return;
    this.printing = false;
    this.chartEl?.style.removeProperty('--_zoom');
    this.checkFit = true;
    this.needed = 0;
    this.requestUpdate();
  };

  private printChange = (e: MediaQueryListEvent) => (e.matches ? this.beforePrint() : this.afterPrint());

  // ——— events ———

  private onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const n = this.byKey.get(target.id);
    const tree = this.tree;
    if (!n || !tree || e.altKey || e.ctrlKey || e.metaKey) return;
    const visible = visibleNodes(tree, this.collapsed);
    const i = visible.indexOf(n);
    const children = kids(n);
    const open = children.length > 0 && !this.collapsed.has(n);
    switch (e.key) {
      case 'ArrowDown':
        void this.focusNode(visible[i + 1]);
        break;
      case 'ArrowUp':
        void this.focusNode(visible[i - 1]);
        break;
      case 'Home':
        void this.focusNode(visible[0]);
        break;
      case 'End':
        void this.focusNode(visible[visible.length - 1]);
        break;
      case 'ArrowRight':
        if (open) void this.focusNode(children[0]);
        else if (children.length) this.setCollapsed(n, false);
        break;
      case 'ArrowLeft':
        if (open) this.setCollapsed(n, true);
        else void this.focusNode(n.parent);
        break;
      case 'Enter':
      case ' ':
        void this.openDetails(n);
        break;
      case '*': {
        const next = new Set(this.collapsed);
        for (const s of siblings(tree, n)) next.delete(s);
        this.collapsed = next;
        this.requestUpdate();
        break;
      }
      default:
        if (e.key.length !== 1) return;
        this.typeAhead(e.key, visible, i);
    }
    e.preventDefault();
  };

  /** Moves to the next visible node whose name starts with the letters typed (within half a second). */
  private typeAhead(key: string, visible: OrgNode[], from: number) {
    const now = Date.now();
    this.typed = now - this.typedAt > 500 ? key : this.typed + key;
    this.typedAt = now;
    const typed = fold(this.typed);
    const repeated = [...typed].every((c) => c === typed[0]);
    const prefix = repeated ? typed[0] : typed;
    const start = repeated || typed.length === 1 ? from + 1 : from;
    for (let k = 0; k < visible.length; k++) {
      const n = visible[(start + k) % visible.length];
      if (fold(n.data.nom).startsWith(prefix)) return void this.focusNode(n);
    }
  }

  /** The node of the card an event happened in. */
  private nodeOf(e: Event): OrgNode | undefined {
    const item = (e.target as Element).closest('.card')?.querySelector('[role="treeitem"]');
    return item ? this.byKey.get(item.id) : undefined;
  }

  private onClick = (e: MouseEvent) => {
    const n = this.nodeOf(e);
    if (!n) return;
    if ((e.target as Element).closest('.twisty')) {
      this.setCollapsed(n, !this.collapsed.has(n));
      void this.focusNode(n);
    } else void this.openDetails(n);
  };

  /** A person about to open a node's details (pointing at the tree or moving in it): their code is fetched now. */
  private prefetch = () => void details.load().catch(() => undefined);

  private onFocusIn = (e: FocusEvent) => {
    this.prefetch();
    const n = this.byKey.get((e.target as Element).id);
    if (n && n !== this.active) {
      this.active = n;
      this.requestUpdate();
    }
  };

  private onSearchInput = (e: Event) => this.search((e.target as HTMLInputElement).value);

  private onSearchKey = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || !this.tree) return;
    e.preventDefault();
    void this.focusNode(this.tree.nodes.find((n) => this.hits.has(n)));
  };

  private download = async () => {
    const svg = await this.toSvg();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${
      fold(this.titleText(ORGANIGRAM[this.lang_]))
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'organigramme'
    }.svg`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  // ——— rendering ———

  protected isEmpty(feed: Feed): boolean {
    return !feed.gouvernance?.noeuds.length;
  }

  protected jsonLd(feed: Feed): JsonLd | undefined {
    return governanceJsonLd(feed.organisation, this.treeOf(feed.gouvernance!), location.href.split('#')[0]);
  }

  protected renderEmpty(): TemplateResult {
    return html`<div part="base empty">
      <p>${ORGANIGRAM[this.lang_].empty}</p>
    </div>`;
  }

  /** The DOM of the tree, built once per tree and language, then updated in place (see tree-view.ts). */
  private viewOf(tree: OrgTree, t: OrganigramStrings): TreeView {
    if (this.treeView?.tree !== tree || this.viewLang !== this.lang_) {
      this.viewLang = this.lang_;
      this.treeView = new TreeView(
        tree,
        {
          kind: (n) => kindLabel(n, t),
          name: nameLabel,
          lines: (n) => this.cardLines(n, t),
          ties: (n) => n.ties.map((e) => ({ kind: e.kind, text: tieLabel(e, t) })),
          dashes: DASHES,
        },
        this.viewState(),
      );
    }
    return this.treeView;
  }

  private viewState(): ViewState {
    return {
      collapsed: this.collapsed,
      active: this.active,
      hits: this.hits,
      query: this.query,
      printing: this.printing,
    };
  }

  /** The lines under a card's name: number of members, then people. */
  private cardLines(n: OrgNode, t: OrganigramStrings): string[] {
    const d = n.data;
    const people = d.personnes ?? [];
    const lines = people.slice(0, PEOPLE_ON_CARD).map((p) => personLabel(p, t));
    if (people.length > PEOPLE_ON_CARD) lines.push(`+ ${people.length - PEOPLE_ON_CARD}`);
    if (d.nombre_membres !== undefined)
      lines.unshift(t.members(d.nombre_membres, groupDigits(d.nombre_membres, this.lang_)));
    return lines;
  }

  private swatch(kind: TieKind | undefined) {
    return html`<svg class="swatch" aria-hidden="true" viewBox="0 0 32 8" width="32" height="8">
      <path d="M0 4H32" stroke-dasharray=${kind ? DASHES[kind] : nothing}></path>
    </svg>`;
  }

  private renderLegend(tree: OrgTree, t: OrganigramStrings) {
    const kinds = [...new Set(tree.ties.map((x) => x.tie.type))];
    const staff = tree.nodes.some((n) => n.isStaff);
    if (!kinds.length && !staff) return nothing;
    return html`<div part="legend" class="legend">
      <span id="legend-label">${t.legend}${t.colon.trimEnd()}</span>
      <ul aria-labelledby="legend-label">
        <li>${this.swatch(undefined)}${t.hierarchy}</li>
        ${staff ? html`<li><span class="staff-swatch" aria-hidden="true"></span>${t.staffLegend}</li>` : nothing}
        ${kinds.map((k) => html`<li>${this.swatch(k)}${t.ties[k]}</li>`)}
      </ul>
    </div>`;
  }

  protected renderContent(feed: Feed): TemplateResult {
    const t = ORGANIGRAM[this.lang_];
    const g = feed.gouvernance!;
    const tree = this.treeOf(g);
    this.fitBeforeDrawing(tree);
    // The node that holds the tree's Tab stop must be visible: else its
    // outermost closed ancestor takes it.
    for (const a of this.active ? ancestors(this.active) : []) if (this.collapsed.has(a)) this.active = a;
    const n = this.selected;
    return html`<div part="base">
      <div class="ruler"></div>
      ${renderHeading(this.headingLevel, 'title', this.titleText(t), 'title')}
      ${renderText(g.introduction, 'introduction')}
      <div part="toolbar" class="toolbar">
        ${
          this.noSearch
            ? nothing
            : html`<label part="search" class="search"
                >${t.search}
                <input type="search" .value=${this.query} @input=${this.onSearchInput} @keydown=${this.onSearchKey}
              /></label>`
        }
        <button part="expand-all" type="button" @click=${this.expandAll}>${t.expandAll}</button>
        <button part="collapse-all" type="button" @click=${this.collapseAll}>${t.collapseAll}</button>
        ${this.noDownload ? nothing : html`<button part="download" type="button" @click=${this.download}>${t.download}</button>`}
      </div>
      <p part="status" role="status">${this.query.trim() ? t.results(this.hits.size) : ''}</p>
      ${this.renderLegend(tree, t)}
      <div part="chart" class="chart" data-layout=${this.mode} ?data-printing=${this.printing}>
        <ul
          role="tree"
          part="tree"
          aria-labelledby="title"
          aria-describedby="tree-help"
          @keydown=${this.onKeyDown}
          @click=${this.onClick}
          @focusin=${this.onFocusIn}
          @pointerover=${this.prefetch}
        >
          ${this.viewOf(tree, t).items}
        </ul>
        ${this.mode === 'chart' && this.hasTieLines(tree) ? html`<svg class="tie-lines" aria-hidden="true"></svg>` : nothing}
      </div>
      <p id="tree-help" class="visually-hidden">${t.treeHelp}</p>
      ${g.date_maj ? html`<p part="updated" class="updated">${t.updated} ${formatDate(g.date_maj, this.lang_)}</p>` : nothing}
      <dialog part="details" aria-labelledby="details-title" @close=${this.closeDetails}>
        ${n && details.value ? details.value.renderDetails(kit, n, t, this.lang_, this.headingLevel, this.closeDetails) : nothing}
      </dialog>
    </div>`;
  }
}

function emit2(host: HTMLElement, n: OrgNode) {
  host.dispatchEvent(
    new CustomEvent<AssoSelectDetail>('asso-select', {
      detail: { id: n.data.id, nom: n.data.nom },
      bubbles: true,
      composed: true,
    }),
  );
}
