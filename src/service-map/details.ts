/**
 * The details of a place (and the services listed with it): loaded with a
 * dynamic `import()` the first time they are needed — a place opened, the
 * list or a marker hovered or focused (the visitor is about to open one),
 * services without a place to show, or the page printed — so the opening
 * hours parser and its sentences stay out of the first view's bundle.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Place, Service } from '../feed/schema/index.js';
import type { ServiceMapStrings } from '../i18n/service-map.js';
import type { Lang } from '../i18n/lang.js';
import { renderLink, safeHref, telHref } from '../render/link.js';
import { renderText } from '../render/text.js';
import { hoursLines, statusDetail } from './hours-text.js';
import { openStatus, parseOpeningHours, parisTime } from './opening-hours.js';

/** What the details need from the element. */
export interface DetailsContext {
  t: ServiceMapStrings;
  lang: Lang;
  /** The moment used for "Ouvert maintenant". */
  now: Date;
  headingLevel: number;
  heading(level: number, content: unknown, part: string): TemplateResult;
  /** "54" → "Meurthe-et-Moselle (54)". */
  areaName(code: string): string;
  /** A data·inclusion code in words. */
  label(code: string): string;
}

/** The place as the element knows it. */
export interface DetailsEntry {
  place: Place;
  services: Service[];
  dep?: string;
  approx: '' | 'commune' | 'departement';
  publics: Set<string>;
  themes: Set<string>;
}

/** Everything about a place: kind, address, contacts, hours with "Ouvert maintenant", audiences, identifiers, services. */
export function renderPlaceDetails(ctx: DetailsContext, e: DetailsEntry): TemplateResult {
  const t = ctx.t;
  const p = e.place;
  const address = [p.adresse, p.complement_adresse, [p.code_postal, p.commune].filter(Boolean).join(' ')].filter(
    Boolean,
  );
  const row = (name: string, value: unknown) =>
    html`<div>
      <dt>${name}</dt>
      <dd>${value}</dd>
    </div>`;
  const areas = [...new Set([...(p.zone_eligibilite ?? []), ...e.services.flatMap((s) => s.zone_eligibilite ?? [])])];
  return html`${e.approx ? html`<p class="note">${t.approxLong[e.approx]}</p>` : nothing}
    <dl>
      ${p.type ? row(t.kind, p.type) : nothing}
      ${
        address.length
          ? row(
              t.address,
              address.map((l, i) => (i ? html`<br />${l}` : l)),
            )
          : nothing
      }
      ${p.telephone ? row(t.phone, html`<a href=${telHref(p.telephone)}>${p.telephone}</a>`) : nothing}
      ${p.courriel ? row(t.email, renderLink(`mailto:${p.courriel}`, p.courriel)) : nothing}
      ${p.site_web ? row(t.website, renderLink(p.site_web, p.site_web.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))) : nothing}
      ${p.horaires_accueil ? row(t.hours, renderHours(ctx, p.horaires_accueil, e.dep)) : nothing}
      ${e.publics.size ? row(t.audiences, [...e.publics].map((c) => ctx.label(c)).join(', ')) : nothing}
      ${e.themes.size ? row(t.themes, [...e.themes].map((c) => ctx.label(c)).join(', ')) : nothing}
      ${p.capacite !== undefined ? row(t.capacity, t.capacityValue(p.capacite)) : nothing}
      ${areas.length ? row(t.area, areas.map((c) => ctx.areaName(c)).join(', ')) : nothing}
      ${p.accessibilite_lieu ? row(t.accessibility, renderLink(p.accessibilite_lieu, t.accessibilityLink)) : nothing}
      ${p.finess ? row(t.finess, p.finess) : nothing} ${p.siret ? row(t.siret, p.siret) : nothing}
    </dl>
    ${renderText(p.description, 'description')}
    ${e.services.length ? renderServices(ctx, e.services, t.services) : nothing}`;
}

function renderHours(ctx: DetailsContext, raw: string, dep?: string): TemplateResult {
  const t = ctx.t;
  const oh = parseOpeningHours(raw);
  if (!oh) return html`${raw}`;
  const status = openStatus(oh, ctx.now, dep)!;
  const detail = statusDetail(status, parisTime(ctx.now), ctx.lang);
  return html`<p part="open-status" class="open-status" ?data-open=${status.open}>
      <strong>${status.open ? t.openNow : t.closedNow}</strong>${detail ? html` · ${detail}` : nothing}
    </p>
    <ul class="hours">
      ${hoursLines(oh, ctx.lang).map((l) => html`<li><span>${l.days}</span> : ${l.times}</li>`)}
    </ul>`;
}

export function renderServices(ctx: DetailsContext, services: readonly Service[], title: string): TemplateResult {
  const t = ctx.t;
  const level = ctx.headingLevel + 2;
  return html`<div part="services" class="services">
    ${ctx.heading(level, title, 'services-title')}
    <ul>
      ${services.map(
        (s) =>
          html`<li>
            ${ctx.heading(level + 1, s.nom, 'service-title')}
            <dl>
              ${
                s.type
                  ? html`<div>
                      <dt>${t.kind}</dt>
                      <dd>${ctx.label(s.type)}</dd>
                    </div>`
                  : nothing
              }
              ${
                s.publics?.length
                  ? html`<div>
                      <dt>${t.audiences}</dt>
                      <dd>
                        ${s.publics.map((c) => ctx.label(c)).join(', ')}${s.publics_precisions ? ` — ${s.publics_precisions}` : ''}
                      </dd>
                    </div>`
                  : nothing
              }
              ${
                s.zone_eligibilite?.length
                  ? html`<div>
                      <dt>${t.area}</dt>
                      <dd>${s.zone_eligibilite.map((c) => ctx.areaName(c)).join(', ')}</dd>
                    </div>`
                  : nothing
              }
              ${
                s.conditions_acces
                  ? html`<div>
                      <dt>${t.access}</dt>
                      <dd>${s.conditions_acces}</dd>
                    </div>`
                  : nothing
              }
              ${
                s.frais?.length || s.frais_precisions
                  ? html`<div>
                      <dt>${t.fees}</dt>
                      <dd>
                        ${[...(s.frais ?? []).map((f) => ctx.label(f)), s.frais_precisions].filter(Boolean).join(' — ')}
                      </dd>
                    </div>`
                  : nothing
              }
              ${
                s.horaires_accueil
                  ? html`<div>
                      <dt>${t.hours}</dt>
                      <dd>${renderHours(ctx, s.horaires_accueil)}</dd>
                    </div>`
                  : nothing
              }
              ${
                s.telephone
                  ? html`<div>
                      <dt>${t.phone}</dt>
                      <dd>
                        <a href=${telHref(s.telephone)}>${s.telephone}</a>
                      </dd>
                    </div>`
                  : nothing
              }
              ${
                s.courriel
                  ? html`<div>
                      <dt>${t.email}</dt>
                      <dd>${renderLink(`mailto:${s.courriel}`, s.courriel)}</dd>
                    </div>`
                  : nothing
              }
              ${
                s.lien_mobilisation && safeHref(s.lien_mobilisation)
                  ? html`<div>
                      <dt>${t.mobilise}</dt>
                      <dd>${renderLink(s.lien_mobilisation, s.lien_mobilisation.replace(/^https?:\/\//, ''))}</dd>
                    </div>`
                  : nothing
              }
            </dl>
            ${renderText(s.description, 'description')}
          </li>`,
      )}
    </ul>
  </div>`;
}
