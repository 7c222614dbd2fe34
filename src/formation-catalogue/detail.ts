/**
 * The body of one training's page (everything below its title): the
 * Qualiopi indicator-1 sections, the sessions with their iCalendar files,
 * the prices with the on-site quote estimator, certification, result
 * figures, contacts and documents. A secondary view: the element loads this
 * module (with ical.ts, quote.ts, its strings and styles) with `import()`
 * when a training is opened, or when the list's link to one is hovered or
 * focused.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../feed/schema/common.js';
import type { Session, Training } from '../feed/schema/formations.js';
import type { Feed } from '../feed/schema/index.js';
import {
  formatDate,
  formatDays,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPrice,
  formatSessionList,
  formatTime,
} from '../format/index.js';
import { CATALOGUE } from '../i18n/formation-catalogue.js';
import { DETAIL, type DetailStrings } from '../i18n/formation-catalogue-detail.js';
import type { Lang } from '../i18n/lang.js';
import { heading } from '../render/heading.js';
import { renderLink, telHref } from '../render/link.js';
import { renderText } from '../render/text.js';
import type { Entry } from './filters.js';
import { downloadIcs, icsFileName, sessionIcs, sessionLocation } from './ical.js';
import { intraQuote, quoteRequestHref } from './quote.js';
import { isFull, isOpen, pastSessions, sessionDays, sessionMode, upcomingSessions } from './sessions.js';

/** What the page needs from the element. */
export interface DetailContext {
  entry: Entry;
  feed: Feed;
  lang: Lang;
  /** Level of the training's title; sections are one below. */
  level: number;
  today: string;
  /** Past sessions are unfolded. */
  showPast: boolean;
  /** What the visitor typed in the quote estimator; undefined until they type. */
  participants?: string;
  onTogglePast: () => void;
  onParticipants: (e: Event) => void;
}

const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0:' : ':');

function section(c: DetailContext, key: string, title: string, content: unknown): TemplateResult {
  const id = `fc-s-${key}`;
  return html`<section part="section" class="section" data-section=${key} aria-labelledby=${id}>
    ${heading(c.level + 1, { part: 'section-title', id }, title)} ${content}
  </section>`;
}

function addToCalendar(c: DetailContext, t: Training, s: Session) {
  const feed = c.feed;
  const lines = [`${CATALOGUE[c.lang].reference} ${t.reference} – ${feed.organisation.nom}`];
  if (s.url_inscription) lines.push(`${DETAIL[c.lang].register} : ${s.url_inscription}`);
  const org = t.contacts?.general?.courriel ?? feed.organisation.courriel;
  const text = sessionIcs(t, s, {
    description: lines.join('\n'),
    url: s.url_inscription?.startsWith('http') ? s.url_inscription : t.url_formation,
    organizer: org ? { name: feed.organisation.nom, email: org } : undefined,
  });
  downloadIcs(text, icsFileName(t, s));
}

function renderSession(c: DetailContext, t: DetailStrings, tr: Training, s: Session, past: boolean): TemplateResult {
  const lang = c.lang;
  const dates = formatDays(s.dates, lang);
  const mode = sessionMode(tr, s);
  const where = mode === 2 ? CATALOGUE[lang].remote : sessionLocation(s);
  const status = s.statut ?? (isFull(s) ? 'complete' : 'ouverte');
  const ownPrice = s.prix !== undefined && s.prix !== tr.tarifs?.inter?.montant;
  return html`<li part="session" class="session" data-status=${status}>
    <p class="when">
      <strong>${dates}</strong>${s.heure_debut
        ? html` <span>${t.hours(formatTime(s.heure_debut, lang), s.heure_fin && formatTime(s.heure_fin, lang))}</span>`
        : nothing}
    </p>
    ${where ? html`<p class="where">${where}${mode === 1 ? ` (${CATALOGUE[lang].modesShort[1]!.toLowerCase()})` : ''}</p>` : nothing}
    ${past
      ? nothing
      : html`<p class="state">
          <span part="status" class="status" data-status=${status}>${t.status[status]}</span>${isOpen(s) && s.places_restantes !== undefined
            ? html` · <span class="seats">${t.seatsLeft(s.places_restantes)}${s.places_total ? ` ${t.seatsOf(s.places_total)}` : ''}</span>`
            : nothing}
        </p>`}
    ${ownPrice && !past ? html`<p class="own-price">${t.sessionPrice} <strong>${formatPrice(s.prix!, lang)}</strong></p>` : nothing}
    ${s.commentaire ? html`<p class="comment">${s.commentaire}</p>` : nothing}
    ${past
      ? nothing
      : html`<p class="actions">
          ${isOpen(s) && s.url_inscription
            ? renderLink(s.url_inscription, html`${t.register}<span class="visually-hidden">${t.sessionOf(dates)}</span>`, 'register-link')
            : nothing}
          ${s.statut === 'annulee'
            ? nothing
            : html`<button part="calendar-button" type="button" @click=${() => addToCalendar(c, tr, s)}>
                ${t.addToCalendar}<span class="visually-hidden">${t.sessionOf(dates)}</span>
              </button>`}
        </p>`}
  </li>`;
}

function renderSessions(c: DetailContext, t: DetailStrings): TemplateResult {
  const tr = c.entry.training;
  const upcoming = upcomingSessions(tr, c.today);
  const past = pastSessions(tr, c.today);
  const byYear = new Map<string, Session[]>();
  for (const s of past) {
    const y = sessionDays(s)[0]!.slice(0, 4);
    byYear.set(y, [...(byYear.get(y) ?? []), s]);
  }
  return html`${upcoming.length
      ? html`<ul part="sessions" class="sessions">
          ${upcoming.map((s) => renderSession(c, t, tr, s, false))}
        </ul>`
      : html`<p part="dates-tba" class="dates-tba">${tr.message_sessions ?? t.datesTbaDefault}</p>`}
    ${past.length
      ? html`<p class="past-toggle">
            <button type="button" aria-expanded=${c.showPast ? 'true' : 'false'} @click=${c.onTogglePast}>
              ${c.showPast ? t.hidePast : t.showPast(past.length)}
            </button>
          </p>
          ${c.showPast
            ? html`<div class="past">
                <p class="label">${t.pastSessions}</p>
                <ul>
                  ${[...byYear].map(
                    ([y, list]) =>
                      html`<li>
                        ${y}${colon(c.lang)}
                        ${formatSessionList(
                          list.map((s) => s.dates),
                          c.lang,
                          { year: false, short: true },
                        )}
                      </li>`,
                  )}
                </ul>
              </div>`
            : nothing}`
      : nothing}`;
}

function renderPrices(c: DetailContext, t: DetailStrings, sub: number): TemplateResult {
  const tr = c.entry.training;
  const lang = c.lang;
  const p = tr.tarifs!;
  const r = p.regime_tva;
  const regime =
    r?.regime === 'exonere'
      ? (r.mention ?? t.regime.exonere)
      : r?.regime === 'ht'
        ? t.regime.ht(formatPercent(r.taux, lang))
        : r?.regime === 'ttc'
          ? t.regime.ttc
          : '';
  const l = CATALOGUE[lang];
  const short = r ? ` ${l.regimeShort[r.regime]}` : '';
  return html`${p.inter
      ? html`<div class="price-block">
          ${heading(sub, { part: 'price-title' }, t.inter)}
          <p part="price" class="price">
            ${p.inter.a_partir_de ? `${l.from} ` : ''}<strong>${formatPrice(p.inter.montant, lang)}</strong>${p.inter.precision
              ? ` ${p.inter.precision}`
              : `${short} ${l.perTrainee}`}
          </p>
        </div>`
      : nothing}
    ${p.intra ? renderIntra(c, t, sub) : nothing}
    ${regime ? html`<p part="tax" class="tax">${regime}</p>` : nothing}
    ${p.financements?.length ? html`<p class="funding">${t.funding} ${p.financements.join(', ')}</p>` : nothing}`;
}

function quoteChannel(tr: Training, feed: Feed): { courriel?: string; url?: string } | undefined {
  const d = tr.contacts?.devis;
  if (d?.courriel || d?.url) return d;
  const email = tr.contacts?.general?.courriel ?? feed.organisation.courriel;
  return email ? { courriel: email } : undefined;
}

function renderIntra(c: DetailContext, t: DetailStrings, sub: number): TemplateResult {
  const tr = c.entry.training;
  const lang = c.lang;
  const price = (n: number) => formatPrice(n, lang);
  const m = tr.tarifs!.intra!;
  const raw = c.participants ?? String(m.participants_inclus);
  const n = raw.trim() === '' ? NaN : Number(raw);
  const q = intraQuote(m, n);
  const estimate = q.ok ? price(q.total) : undefined;
  const href = quoteRequestHref(quoteChannel(tr, c.feed), {
    training: tr,
    participants: q.ok ? q.participants : undefined,
    estimate,
    subject: t.quoteSubject(tr.intitule, tr.reference),
    body: t.quoteBody(tr.intitule, tr.reference, q.ok ? q.participants : undefined, estimate),
  });
  const extra = m.supplement_par_participant ? price(m.supplement_par_participant) : undefined;
  return html`<div class="price-block">
    ${heading(sub, { part: 'price-title' }, t.intra)}
    <p part="price" class="price">${t.intraModel(price(m.montant_base), m.participants_inclus, extra)}</p>
    ${m.participants_max ? html`<p>${t.maxParticipants(m.participants_max)}</p>` : nothing}
    ${m.frais_deplacement ? html`<p>${m.frais_deplacement}</p>` : nothing}
    ${m.precision ? html`<p>${m.precision}</p>` : nothing}
    <div part="quote" class="quote" role="group" aria-labelledby="fc-quote-title">
      <p id="fc-quote-title" class="label">${t.quoteTitle}</p>
      <div class="quote-row">
        <div class="field">
          <label for="fc-quote-n">${t.participants}</label>
          <input
            id="fc-quote-n"
            part="quote-input"
            type="number"
            inputmode="numeric"
            min="1"
            max=${m.participants_max ?? nothing}
            step="1"
            .value=${raw}
            @input=${c.onParticipants}
          />
        </div>
        <output part="quote-output" class="quote-output" for="fc-quote-n" aria-live="polite"
          >${q.ok
            ? html`<strong>${t.estimate(price(q.total), q.participants)}</strong>${m.frais_deplacement ? `, ${t.travelNote}` : ''}`
            : q.reason === 'too-many'
              ? t.tooMany(q.max!)
              : t.invalid}</output
        >
      </div>
      ${href ? html`<p>${renderLink(href, t.requestQuote, 'quote-link')}</p>` : nothing}
    </div>
  </div>`;
}

function renderCertification(c: DetailContext, t: DetailStrings): TemplateResult {
  const cert = c.entry.training.certification!;
  const row = (label: string, value: string | undefined) =>
    value ? html`<div><dt>${label}${colon(c.lang)}</dt><dd>${value}</dd></div>` : nothing;
  return html`<p><strong>${cert.intitule}</strong></p>
    <dl class="facts">
      ${row(t.codeRncp, cert.code_rncp && (cert.code_rncp.startsWith('RNCP') ? cert.code_rncp : `RNCP${cert.code_rncp}`))}
      ${row(t.codeRs, cert.code_rs && (cert.code_rs.startsWith('RS') ? cert.code_rs : `RS${cert.code_rs}`))}
      ${row(t.certifier, cert.certificateur)}
      ${row(t.registered, cert.date_enregistrement && formatDate(cert.date_enregistrement, c.lang))}
    </dl>`;
}

function renderFigures(c: DetailContext, t: DetailStrings): TemplateResult {
  const lang = c.lang;
  return html`<ul class="figures">
    ${c.entry.training.resultats!.map((r) => {
      const value =
        r.unite === '%' ? formatPercent(r.valeur, lang) : formatNumber(r.valeur, lang) + (r.unite ? `\u00a0${r.unite}` : '');
      const about = [r.periode, r.echantillon !== undefined ? t.sample(r.echantillon) : ''].filter(Boolean).join(', ');
      return html`<li part="figure"><strong class="value">${value}</strong> <span>${r.libelle}</span> <span class="period">(${about})</span></li>`;
    })}
  </ul>`;
}

function renderContact(t: DetailStrings, c: Contact | undefined, title: string, sub: number): TemplateResult | typeof nothing {
  if (!c || !(c.nom || c.telephone || c.courriel || c.site_web)) return nothing;
  return html`<div class="contact">
    ${heading(sub, { part: 'contact-title' }, title)}
    ${c.nom || c.role ? html`<p>${[c.nom, c.role].filter(Boolean).join(', ')}</p>` : nothing}
    ${c.telephone ? html`<p>${t.phone} ${renderLink(telHref(c.telephone), c.telephone)}</p>` : nothing}
    ${c.courriel ? html`<p>${t.email} ${renderLink(`mailto:${c.courriel}`, c.courriel)}</p>` : nothing}
    ${c.site_web ? html`<p>${t.website} ${renderLink(c.site_web, c.site_web)}</p>` : nothing}
  </div>`;
}

function renderContacts(c: DetailContext, t: DetailStrings, sub: number): TemplateResult | typeof nothing {
  const contacts = c.entry.training.contacts;
  if (!contacts) return nothing;
  const d = contacts.devis;
  const devis: Contact | undefined = d ? { courriel: d.courriel, site_web: d.url } : undefined;
  const parts = [
    renderContact(t, contacts.general, t.contactGeneral, sub),
    renderContact(t, contacts.referent_handicap, t.contactReferent, sub),
    renderContact(t, devis, t.contactQuote, sub),
  ].filter((x) => x !== nothing);
  return parts.length ? section(c, 'contacts', t.sections.contacts, html`<div class="contacts">${parts}</div>`) : nothing;
}

/** Everything below the training's title, meta line, badges and summary (the element renders those at once). */
export function renderDetailBody(c: DetailContext): TemplateResult {
  const t = DETAIL[c.lang];
  const s = t.sections;
  const tr = c.entry.training;
  const lang = c.lang;
  const sub = c.level + 2;
  const duration = tr.duree ? formatDuration(tr.duree, lang) : '';
  const access = [
    tr.modalites_acces ? html`<div><p class="label">${t.accessTerms}</p>${renderText(tr.modalites_acces)}</div>` : nothing,
    tr.delai_acces ? html`<div><p class="label">${t.accessDelay}</p>${renderText(tr.delai_acces)}</div>` : nothing,
  ];
  return html`<p class="tools"><button type="button" class="print" @click=${() => window.print()}>${t.print}</button></p>
    ${tr.description ? section(c, 'description', s.description, renderText(tr.description)) : nothing}
    ${tr.objectifs?.length ? section(c, 'objectifs', s.objectifs, html`<ul>${tr.objectifs.map((o) => html`<li>${o}</li>`)}</ul>`) : nothing}
    ${tr.programme?.length
      ? section(
          c,
          'programme',
          s.programme,
          tr.programme.map((p) => html`<div class="programme-part">${heading(sub, { part: 'programme-title' }, p.titre)}${renderText(p.texte)}</div>`),
        )
      : nothing}
    ${tr.resultats_attendus ? section(c, 'resultats_attendus', s.resultats_attendus, renderText(tr.resultats_attendus)) : nothing}
    ${tr.public ? section(c, 'public', s.public, renderText(tr.public)) : nothing}
    ${tr.prerequis ? section(c, 'prerequis', s.prerequis, renderText(tr.prerequis)) : nothing}
    ${duration || tr.duree?.complement
      ? section(c, 'duree', s.duree, html`${duration ? html`<p>${duration}</p>` : nothing}${renderText(tr.duree?.complement)}`)
      : nothing}
    ${tr.modalites_acces || tr.delai_acces ? section(c, 'acces', s.acces, access) : nothing}
    ${section(c, 'sessions', s.sessions, renderSessions(c, t))}
    ${tr.tarifs ? section(c, 'tarifs', s.tarifs, renderPrices(c, t, sub)) : nothing}
    ${tr.modalites_pedagogiques ? section(c, 'modalites_pedagogiques', s.modalites_pedagogiques, renderText(tr.modalites_pedagogiques)) : nothing}
    ${tr.modalites_evaluation ? section(c, 'modalites_evaluation', s.modalites_evaluation, renderText(tr.modalites_evaluation)) : nothing}
    ${tr.accessibilite ? section(c, 'accessibilite', s.accessibilite, renderText(tr.accessibilite)) : nothing}
    ${tr.sanction ? section(c, 'sanction', s.sanction, renderText(tr.sanction)) : nothing}
    ${tr.certification ? section(c, 'certification', s.certification, renderCertification(c, t)) : nothing}
    ${tr.resultats?.length ? section(c, 'resultats', s.resultats, renderFigures(c, t)) : nothing}
    ${renderContacts(c, t, sub)}
    ${tr.documents?.length
      ? section(c, 'documents', s.documents, html`<ul>${tr.documents.map((d) => html`<li>${renderLink(d.url, d.texte)}</li>`)}</ul>`)
      : nothing}
    ${tr.date_maj ? html`<p part="updated" class="updated">${t.updated} ${formatDate(tr.date_maj, lang)}</p>` : nothing}`;
}

/** The page's styles, adopted by the element's shadow root when this module arrives. */
export const detailStyles = css`
  .tools {
    margin-block: var(--_space-s) var(--_space-m);
  }
  .section {
    border-block-start: 1px solid var(--_c-border);
    padding-block: var(--_space-m) var(--_space-s);
  }
  .section > h2,
  .section > h3,
  .section > h4,
  .section > h5,
  .section > h6 {
    font-size: 1.15em;
  }
  .programme-part > :first-child,
  .price-block > :first-child,
  .contact > :first-child {
    font-size: 1em;
    margin-block: var(--_space-s) 0.25rem;
  }
  .sessions {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
  }
  .session {
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space-m);
  }
  .session > p {
    margin: 0 0 0.25rem;
  }
  .session[data-status='annulee'] .when strong {
    text-decoration: line-through;
  }
  .status {
    font-weight: 600;
  }
  .status[data-status='complete'],
  .status[data-status='annulee'] {
    color: var(--_danger);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
  }
  .actions a,
  [part~='quote-link'] {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    font-weight: 600;
  }
  .dates-tba {
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 0.25rem solid var(--_c-accent);
    background: var(--_c-surface);
  }
  .past {
    margin-block-start: var(--_space-s);
  }
  .quote {
    margin-block: var(--_space-m);
    padding: var(--_space-m);
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    background: var(--_c-surface);
  }
  .quote-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-s) var(--_space-m);
  }
  .quote-row .field {
    flex: 0 1 15rem;
  }
  .quote-output {
    display: block;
    flex: 1 1 14rem;
    padding-block: 0.5rem;
  }
  .tax,
  .updated {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .facts {
    margin: 0;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }
  .figures {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-s);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
  }
  .figures li {
    border: 1px solid var(--_c-border);
    border-radius: var(--_radius);
    padding: var(--_space-s);
  }
  .figures .value {
    display: block;
    font-size: 1.5em;
  }
  .period {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .contacts {
    display: grid;
    gap: 0 var(--_space-l);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .contact p {
    margin: 0 0 0.2rem;
  }
  @media (forced-colors: active) {
    .session {
      border-color: CanvasText;
    }
  }

  /* ---- Print: one training on A4 ---- */
  @media print {
    .tools,
    .past-toggle,
    .actions,
    .quote {
      display: none !important;
    }
    .section {
      padding-block: 0.4rem;
    }
    .section > :first-child,
    .programme-part > :first-child,
    .price-block > :first-child {
      break-after: avoid;
    }
    .session,
    .figures li,
    .contact,
    .price-block {
      break-inside: avoid;
    }
    .detail a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      word-break: break-all;
    }
  }
`;
