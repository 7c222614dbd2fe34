/**
 * A node's details, in the dialog opened from its card: loaded on the first
 * opening, with their styles (visitors who only read the chart never
 * download them). Feed text only goes through Lit text bindings and
 * `renderLink` (http, https, mailto, tel).
 */
import type { html as Html, nothing as Nothing, TemplateResult } from 'lit';
import type { Contact } from '../feed/schema/common.js';
import type { Person } from '../feed/schema/gouvernance.js';
import type { formatDate as FormatDate } from '../format/index.js';
import type { OrganigramStrings } from '../i18n/governance-organigram.js';
import type { Lang } from '../i18n/lang.js';
import type { renderLink as RenderLink, safeHref as SafeHref, telHref as TelHref } from '../render/link.js';
import type { renderText as RenderText } from '../render/text.js';
import type { clampLevel as ClampLevel, renderHeading as RenderHeading } from '../render/heading.js';
import type * as Labels from './labels.js';
import type { OrgNode } from './tree.js';

/**
 * What the details are written with: Lit and the element's helpers, passed
 * in by the element so that this module, loaded lazily, shares no code with
 * it (a shared chunk would be one more file for every visitor).
 */
export interface DetailsKit {
  html: typeof Html;
  nothing: typeof Nothing;
  formatDate: typeof FormatDate;
  renderLink: typeof RenderLink;
  safeHref: typeof SafeHref;
  telHref: typeof TelHref;
  renderText: typeof RenderText;
  renderHeading: typeof RenderHeading;
  clampLevel: typeof ClampLevel;
  labels: Pick<typeof Labels, 'groupDigits' | 'kindLabel' | 'nameLabel' | 'personLabel' | 'tieLabel'>;
}

/** The dialog's styles (static text of this module, never feed data). */
export const detailsCss = `
  dialog {
    font: inherit;
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-l);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_space-m);
    margin-bottom: var(--_space-m);
  }
  [part='details-title'] {
    font-size: 1.25em;
    margin: 0;
  }
  .details-head .kind {
    margin: 0;
  }
  dl {
    display: grid;
    gap: var(--_space-m);
    margin: 0;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  dd .people,
  dd .contact {
    list-style: none;
    padding: 0;
    white-space: normal;
  }
  .people li {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin-block: 0.25rem;
  }
  [part='photo'] {
    border-radius: 50%;
    object-fit: cover;
    flex: none;
  }
`;

function renderPerson(k: DetailsKit, p: Person, n: OrgNode, t: OrganigramStrings, lang: Lang) {
  const { html, nothing, formatDate, safeHref } = k;
  const { personLabel } = k.labels;
  const photo = safeHref(p.photo);
  const dates = [
    p.depuis && `${t.since} ${formatDate(p.depuis, lang)}`,
    p.jusqu_a && `${t.until} ${formatDate(p.jusqu_a, lang)}`,
  ].filter(Boolean);
  return html`<li>
    ${
      photo
        ? html`<img
            part="photo"
            src=${photo}
            alt=${p.photo_alt ?? t.photoOf(p.nom ?? p.role ?? n.data.nom)}
            loading="lazy"
            width="64"
            height="64"
          />`
        : nothing
    }
    <span>${personLabel(p, t)}${dates.length ? html`<br /><small>${dates.join(', ')}</small>` : nothing}</span>
  </li>`;
}

function renderContact(k: DetailsKit, c: Contact, t: OrganigramStrings) {
  const { html, nothing, renderLink, telHref } = k;
  const who = [c.nom, c.role].filter(Boolean).join(', ');
  return html`<ul class="contact">
    ${who ? html`<li>${who}</li>` : nothing}
    ${c.telephone ? html`<li>${t.phone}${t.colon}<a part="link" href=${telHref(c.telephone)}>${c.telephone}</a></li>` : nothing}
    ${c.courriel ? html`<li>${t.email}${t.colon}${renderLink(`mailto:${c.courriel}`, c.courriel)}</li>` : nothing}
    ${c.site_web ? html`<li>${t.website}${t.colon}${renderLink(c.site_web, c.site_web)}</li>` : nothing}
  </ul>`;
}

/**
 * The details of a node: kind and name, mission, composition, meetings,
 * where it reports, its ties in words (with the delegation's document),
 * people (photos lazy, with a text alternative) and contact.
 */
export function renderDetails(
  k: DetailsKit,
  n: OrgNode,
  t: OrganigramStrings,
  lang: Lang,
  headingLevel: number,
  close: () => void,
): TemplateResult {
  const { html, nothing, renderText, renderLink, renderHeading, clampLevel } = k;
  const { groupDigits, kindLabel, nameLabel, tieLabel } = k.labels;
  const d = n.data;
  const kind = kindLabel(n, t);
  const row = (label: string, value: unknown) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${value}</dd>
    </div>`;
  const composition =
    d.composition || d.nombre_membres !== undefined
      ? html`${d.nombre_membres !== undefined ? html`<p>${t.members(d.nombre_membres, groupDigits(d.nombre_membres, lang))}</p>` : nothing}${renderText(d.composition)}`
      : undefined;
  return html`<div class="details-head">
      <div>
        ${kind ? html`<p class="kind">${kind}</p>` : nothing}
        ${renderHeading(clampLevel(headingLevel) + 1, 'details-title', nameLabel(n), 'details-title')}
      </div>
      <button part="close-button" type="button" @click=${close}>${t.close}</button>
    </div>
    <dl>
      ${d.mission ? row(t.mission, renderText(d.mission)) : nothing}
      ${composition ? row(t.composition, composition) : nothing}
      ${d.frequence_reunions ? row(t.meetings, d.frequence_reunions) : nothing}
      ${n.parent ? row(n.isStaff ? t.staffOf : t.reportsTo, nameLabel(n.parent)) : nothing}
      ${
        n.ties.length
          ? row(
              t.links,
              html`<ul>
                ${n.ties.map(
                  (e) =>
                    html`<li>
                      ${tieLabel(e, t)}${e.tie.precision ? ` (${e.tie.precision})` : nothing}${
                        e.tie.document ? html` — ${renderLink(e.tie.document.url, e.tie.document.texte)}` : nothing
                      }
                    </li>`,
                )}
              </ul>`,
            )
          : nothing
      }
      ${
        d.personnes?.length
          ? row(
              t.people,
              html`<ul class="people">
                ${d.personnes.map((p) => renderPerson(k, p, n, t, lang))}
              </ul>`,
            )
          : nothing
      }
      ${d.contact ? row(t.contact, renderContact(k, d.contact, t)) : nothing}
    </dl>`;
}
