/**
 * What a training's sessions say once "today" is known: which are upcoming,
 * which are past, which is next, whether seats remain. Pure functions; the
 * element, the filters, the JSON-LD and the audit share them.
 */
import type { Session, TeachingMode, Training } from '../feed/schema/formations.js';

/** Seats left at or below which a session shows "few seats left". */
export const FEW_SEATS = 3;

/** The session's days, sorted (the feed may list them in any order). */
export function sessionDays(s: Session): string[] {
  return [...s.dates].sort();
}

/** The session's first day (ISO dates compare as strings; no copy, no sort: the list and the sort call this a lot). */
export function firstDay(s: Session): string {
  let d = s.dates[0]!;
  for (const x of s.dates) if (x < d) d = x;
  return d;
}

export function lastDay(s: Session): string {
  let d = s.dates[0]!;
  for (const x of s.dates) if (x > d) d = x;
  return d;
}

/** A session is upcoming when its first day is today or later (ISO dates compare as strings). */
export const isUpcoming = (s: Session, today: string): boolean => firstDay(s) >= today;

/** Sessions sorted by their first day. */
export function sortSessions(sessions: readonly Session[]): Session[] {
  if (sessions.length < 2) return [...sessions];
  return sessions
    .map((s) => [firstDay(s), s] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, s]) => s);
}

export function upcomingSessions(t: Training, today: string): Session[] {
  return sortSessions((t.sessions ?? []).filter((s) => isUpcoming(s, today)));
}

export function pastSessions(t: Training, today: string): Session[] {
  return sortSessions((t.sessions ?? []).filter((s) => !isUpcoming(s, today)));
}

/** Full: said so by its status, or no seat left. */
export const isFull = (s: Session): boolean => s.statut === 'complete' || s.places_restantes === 0;

/** A visitor can still register: not full, cancelled or postponed. */
export const isOpen = (s: Session): boolean => !isFull(s) && s.statut !== 'annulee' && s.statut !== 'reportee';

export const hasFewSeats = (s: Session): boolean =>
  isOpen(s) && s.places_restantes !== undefined && s.places_restantes <= FEW_SEATS;

/** The session's teaching mode, else the training's, else on site. */
export const sessionMode = (t: Training, s: Session): TeachingMode =>
  s.modalites_enseignement ?? t.modalites_enseignement ?? 0;

/** Per-trainee price of a session: its own, else the training's inter-company price. */
export const sessionPrice = (t: Training, s: Session): number | undefined => s.prix ?? t.tarifs?.inter?.montant;

/** Lowest per-trainee price of the training (its inter price and its upcoming sessions' own prices). */
export function fromPrice(t: Training, upcoming: readonly Session[]): { amount: number; from: boolean } | undefined {
  const prices = [t.tarifs?.inter?.montant, ...upcoming.map((s) => s.prix)].filter((p): p is number => p !== undefined);
  if (!prices.length) return undefined;
  const amount = Math.min(...prices);
  return { amount, from: !!t.tarifs?.inter?.a_partir_de || prices.some((p) => p !== amount) };
}
