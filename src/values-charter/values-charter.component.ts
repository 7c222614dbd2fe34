import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AssoElement } from '../base/asso-element.js';
import type { Feed } from '../feed/schema/index.js';
import { valeurs as valeursSchema, type Valeurs, type Value, type ValueGroup } from '../feed/schema/valeurs.js';
import type { KeyFigure } from '../feed/schema/common.js';
import { formatDate, formatNumber } from '../format/index.js';
import type { Lang } from '../i18n/lang.js';
import { VALUES_CHARTER } from '../i18n/values-charter.js';
import type { JsonLd } from '../jsonld/jsonld-controller.js';
import { organizationJsonLd } from '../jsonld/organisation.js';
import { renderLink, safeHref } from '../render/link.js';
import { renderText } from '../render/text.js';
import { CountUpController } from './count-up.js';
import { clampLevel, renderHeading } from '../render/heading.js';
import { renderIcon } from './icons.js';
import { valuesCharterStyles } from './values-charter.styles.js';

/** How the values are laid out. */
export type CharterLayout = 'grid' | 'list' | 'accordion';

/** A value and its position in `valeurs.valeurs` (stable ids for the accordion). */
type Indexed = [value: Value, index: number];

interface Selection {
  /** The group shown alone (`group` attribute), if any. */
  only?: ValueGroup;
  /** Values outside any known group. */
  loose: Indexed[];
  groups: { group: ValueGroup; values: Indexed[] }[];
  count: number;
}

/**
 * A figure as people read it: "2 500 m²", "150", "92 %" (French no-break
 * spaces from Intl; English writes "92%").
 */
export function formatFigure(n: number, unit: string | undefined, lang: Lang): string {
  const number = formatNumber(n, lang, { maximumFractionDigits: 2 });
  if (!unit) return number;
  return number + (unit === '%' && lang === 'en' ? '' : '\u00a0') + unit;
}

/**
 * The values and principles of an organisation, the commitments that follow
 * from them and their legal references, with optional groups and key
 * figures. Reads the `valeurs` section of an asso-widgets feed and keeps the
 * organisation's schema.org JSON-LD (with its `ethicsPolicy`) in the page;
 * the `no-jsonld` attribute turns that off.
 *
 * @tagname values-charter
 * @summary The values charter of an association: values, commitments, legal references, key figures.
 *
 * @csspart base - The wrapper of every state (also `loading`, `error` or `empty`).
 * @csspart loading - The loading state (with `base`).
 * @csspart error - The error state (with `base`).
 * @csspart retry-button - The error state's retry button.
 * @csspart empty - The empty state: no value published (with `base`).
 * @csspart title - The charter's heading.
 * @csspart intro - The introduction.
 * @csspart group - A group of values ("Principes fondateurs").
 * @csspart group-title - The heading of a group.
 * @csspart group-description - The text under a group's heading.
 * @csspart values - A list of values.
 * @csspart value - One value (a card in the grid layout).
 * @csspart value-header - The icon and the title of a value.
 * @csspart value-title - The heading of a value.
 * @csspart accordion-button - The button inside a value's heading (accordion layout).
 * @csspart icon - A value's icon (decorative inline SVG).
 * @csspart value-body - The text, commitments and references of a value (the panel, in the accordion).
 * @csspart value-text - The paragraphs and lists of a value's text.
 * @csspart commitments-title - The words "Nos engagements".
 * @csspart commitments - The list of commitments.
 * @csspart references-title - The word "Références".
 * @csspart references - The list of references.
 * @csspart reference-link - A link to a reference (Légifrance…).
 * @csspart figures - The key figures section.
 * @csspart figures-title - The heading of the key figures.
 * @csspart figure-list - The list of key figures.
 * @csspart figure - One key figure.
 * @csspart figure-value - The number and its unit.
 * @csspart figure-label - What is counted.
 * @csspart figure-precision - The sentence under a figure.
 * @csspart document - The paragraph linking to the full charter.
 * @csspart document-link - The link to the full charter.
 * @csspart updated - The date of the last update.
 *
 * @cssproperty --asso-charter-accent - Colour of the icons, figures and accordion markers. Default: `--asso-color-accent`, else the text colour.
 * @cssproperty --asso-charter-column-min - Narrowest column of the grid layout. Default: `16rem`.
 * @cssproperty --asso-charter-gap - Space between values and between sections. Default: `--asso-space-l` (1.5rem).
 * @cssproperty --asso-charter-icon-size - Size of the icons. Default: `1.75rem`.
 * @cssproperty --asso-charter-figure-size - Font size of the key figures. Default: `2.5rem`.
 * @cssproperty --asso-charter-title-size - Font size of the charter's heading. Default: `1.4em`.
 * @cssproperty --asso-charter-card-background - Background of a value in the grid layout. Default: `--asso-color-surface` (a tint of the text colour).
 * @cssproperty --asso-charter-card-border - Border of a value in the grid layout. Default: `1px solid` `--asso-color-border`.
 *
 * @fires {CustomEvent<AssoLoadDetail>} asso-load - The feed was loaded and validated.
 * @fires {CustomEvent<AssoErrorDetail>} asso-error - The feed could not be loaded, or some of it was left out (`detail.partial`).
 */
export class ValuesCharter extends AssoElement {
  static override styles = [...AssoElement.styles, valuesCharterStyles];

  /** Layout of the values: `grid` (cards, the default), `list` or `accordion`. */
  @property({ reflect: true }) layout: CharterLayout = 'grid';

  /** Level of the charter's heading (1 to 6); groups and values take the levels below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Id of a group (`valeurs.groupes[].id`): shows that group only, under its own heading. */
  @property() group?: string;

  /** Leaves out the key figures (for a second charter on the same page, for instance). */
  @property({ type: Boolean, attribute: 'no-figures' }) noFigures = false;

  /** Accordion panels open, by position in `valeurs.valeurs`. */
  @state() private open: ReadonlySet<number> = new Set();

  private warnedGroup?: string;

  constructor() {
    super({ valeurs: valeursSchema });
    new CountUpController(this, (n, el) => formatFigure(n, el.dataset.unit, this.lang_));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const v = this.feedController.feed?.valeurs;
    if (v && this.group && !this.only(v) && this.warnedGroup !== this.group) {
      this.warnedGroup = this.group;
      console.warn(`[asso-widgets] <values-charter>: group="${this.group}" is not an id of valeurs.groupes.`);
    }
  }

  // ----- what to show

  private only(v: Valeurs): ValueGroup | undefined {
    return this.group ? v.groupes?.find((g) => g.id === this.group) : undefined;
  }

  private select(v: Valeurs): Selection {
    const all: Indexed[] = v.valeurs.map((value, i) => [value, i]);
    if (this.group) {
      const only = this.only(v);
      const values = only ? all.filter(([value]) => value.groupe === only.id) : [];
      return { only, loose: values, groups: [], count: values.length };
    }
    const groups = (v.groupes ?? []).map((group) => ({
      group,
      values: all.filter(([value]) => value.groupe === group.id),
    }));
    const known = new Set(groups.map((g) => g.group.id));
    const loose = all.filter(([value]) => !value.groupe || !known.has(value.groupe));
    return { loose, groups: groups.filter((g) => g.values.length), count: all.length };
  }

  private figures(v: Valeurs): KeyFigure[] {
    return this.noFigures ? [] : (v.chiffres ?? []);
  }

  protected override isEmpty(feed: Feed): boolean {
    const v = feed.valeurs;
    return !v || (this.select(v).count === 0 && this.figures(v).length === 0);
  }

  // ----- JSON-LD

  protected override jsonLd(feed: Feed): JsonLd {
    const v = feed.valeurs!;
    const { only, loose, groups } = this.select(v);
    const values = [...loose, ...groups.flatMap((g) => g.values)].sort((a, b) => a[1] - b[1]);
    return {
      ...organizationJsonLd(feed.organisation),
      ethicsPolicy: {
        '@type': 'CreativeWork',
        name: only?.titre ?? v.titre ?? VALUES_CHARTER[this.lang_].title,
        abstract: (only ? only.description : v.introduction) || undefined,
        url: safeHref(v.document?.url),
        dateModified: v.date_maj,
        inLanguage: this.lang_,
        hasPart: values.map(([value]) => ({
          '@type': 'CreativeWork',
          name: value.titre,
          text: value.texte || undefined,
          hasPart: value.engagements?.map((e) => ({ '@type': 'CreativeWork', name: e })),
          citation: value.references?.map((r) => {
            const url = safeHref(r.url);
            return url ? { '@type': 'CreativeWork', name: r.texte, url } : r.texte;
          }),
        })),
      },
    };
  }

  // ----- accordion

  private toggle(index: number) {
    const open = new Set(this.open);
    if (!open.delete(index)) open.add(index);
    this.open = open;
  }

  /** Up/Down/Home/End move between the accordion's headers (Enter and Space are the buttons' own). */
  private handleKeydown(e: KeyboardEvent) {
    const current = e.target as HTMLElement;
    if (!current.matches?.('[part~="accordion-button"]')) return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="accordion-button"]')];
    const i = buttons.indexOf(current as HTMLButtonElement);
    const n = buttons.length;
    const next = { ArrowDown: (i + 1) % n, ArrowUp: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons[next]!.focus();
  }

  // ----- rendering

  protected override renderEmpty(): TemplateResult {
    return html`<div part="base empty"><p>${VALUES_CHARTER[this.lang_].empty}</p></div>`;
  }

  protected override renderContent(feed: Feed): TemplateResult {
    const v = feed.valeurs!;
    const t = VALUES_CHARTER[this.lang_];
    const level = clampLevel(this.headingLevel);
    const { only, loose, groups } = this.select(v);
    return html`<div part="base" @keydown=${this.layout === 'accordion' ? this.handleKeydown : nothing}>
      ${renderHeading(level, 'title', only?.titre ?? v.titre ?? t.title)}
      ${(only ? only.description : v.introduction)
        ? html`<div part="intro">${renderText(only ? only.description : v.introduction, 'intro-text')}</div>`
        : nothing}
      ${this.renderValues(loose, level + 1)}
      ${groups.map(
        ({ group, values }, i) =>
          html`<section part="group" aria-labelledby=${`group-${i}`}>
            ${renderHeading(level + 1, 'group-title', group.titre, `group-${i}`)}
            ${group.description
              ? html`<div part="group-description">${renderText(group.description, 'group-text')}</div>`
              : nothing}
            ${this.renderValues(values, level + 2)}
          </section>`,
      )}
      ${this.renderFigures(this.figures(v), level + 1)}
      ${v.document ? html`<p part="document">${renderLink(v.document.url, v.document.texte, 'document-link')}</p>` : nothing}
      ${v.date_maj
        ? html`<p part="updated">
            ${t.updated} <time datetime=${v.date_maj}>${formatDate(v.date_maj, this.lang_)}</time>
          </p>`
        : nothing}
    </div>`;
  }

  private renderValues(values: Indexed[], level: number) {
    if (!values.length) return nothing;
    return html`<ul part="values">
      ${values.map(([value, index]) => this.renderValue(value, index, level))}
    </ul>`;
  }

  private renderValue(value: Value, index: number, level: number): TemplateResult {
    const id = `value-${index}`;
    const icon = value.icone ? renderIcon(value.icone) : nothing;
    const body = html`${renderText(value.texte, 'value-text')} ${this.renderCommitments(value)}
    ${this.renderReferences(value)}`;
    if (this.layout === 'accordion') {
      const open = this.open.has(index);
      return html`<li part="value">
        ${renderHeading(
          level,
          'value-title',
          html`<button
            part="accordion-button"
            type="button"
            id=${id}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`${id}-panel`}
            @click=${() => this.toggle(index)}
          >
            ${icon}<span>${value.titre}</span>
          </button>`,
        )}
        <div part="value-body" id=${`${id}-panel`} role="region" aria-labelledby=${id} ?hidden=${!open}>${body}</div>
      </li>`;
    }
    return html`<li part="value">
      <div part="value-header">${icon}${renderHeading(level, 'value-title', value.titre, id)}</div>
      <div part="value-body">${body}</div>
    </li>`;
  }

  private renderCommitments(value: Value) {
    if (!value.engagements?.length) return nothing;
    return html`<p part="commitments-title">${VALUES_CHARTER[this.lang_].commitments}</p>
      <ul part="commitments">
        ${value.engagements.map((e) => html`<li>${e}</li>`)}
      </ul>`;
  }

  private renderReferences(value: Value) {
    if (!value.references?.length) return nothing;
    return html`<p part="references-title">${VALUES_CHARTER[this.lang_].references}</p>
      <ul part="references">
        ${value.references.map((r) => html`<li>${renderLink(r.url, r.texte, 'reference-link')}</li>`)}
      </ul>`;
  }

  private renderFigures(figures: KeyFigure[], level: number) {
    if (!figures.length) return nothing;
    return html`<section part="figures" aria-labelledby="figures-title">
      ${renderHeading(level, 'figures-title', VALUES_CHARTER[this.lang_].figures, 'figures-title')}
      <ul part="figure-list">
        ${figures.map((f) => {
          const text = formatFigure(f.valeur, f.unite, this.lang_);
          // The final value twice: read by assistive technologies (visually
          // hidden), and shown (aria-hidden: the count-up animates this copy only).
          return html`<li part="figure">
            <span part="figure-value"
              ><span class="visually-hidden">${text}</span
              ><span aria-hidden="true" data-count=${f.valeur} data-unit=${f.unite ?? nothing} .textContent=${text}></span
            ></span>
            <span part="figure-label">${f.libelle}</span>
            ${f.precision ? html`<span part="figure-precision">${f.precision}</span>` : nothing}
          </li>`;
        })}
      </ul>
    </section>`;
  }
}
