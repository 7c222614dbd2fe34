/**
 * 1000 generated trainings (1 to 4 sessions each), the same on every run
 * (a seeded pseudo-random generator): the benchmark's input.
 */
import type { Feed, Session, Training } from '../../src/feed/schema/index.js';

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const THEMES = [
  'Management',
  'Accompagnement social',
  'Bientraitance',
  'Gérontologie',
  'Écrits professionnels',
  'Prévention des risques',
  'Protection de l’enfance',
  'Droit et éthique',
  'Santé mentale',
  'Qualité',
  'Handicap',
  'Insertion',
];
const CITIES = ['Paris', 'Lyon', 'Bordeaux', 'Lille', 'Nancy', 'Toulouse', 'Marseille', 'Rennes'];
const WORDS =
  'accompagner équipe projet personne accueillie établissement pratiques professionnelles repérer comprendre construire outils cadre légal écoute bientraitance famille parcours partenaires évaluer communication posture sens changement réseau droits'.split(
    ' ',
  );

export function generateFeed(n = 1000, seed = 9209): Feed {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const words = (k: number) => Array.from({ length: k }, () => pick(WORDS)).join(' ');
  const day = (from: number) => {
    // Days after 2026-11-23 (negative: past).
    const d = new Date(Date.UTC(2026, 10, 23 + from));
    return d.toISOString().slice(0, 10);
  };
  const formations: Training[] = [];
  for (let i = 0; i < n; i++) {
    const themes = r() < 0.3 ? [pick(THEMES), pick(THEMES)].filter((t, k, all) => all.indexOf(t) === k) : [pick(THEMES)];
    const mode = (r() < 0.7 ? 0 : r() < 0.5 ? 1 : 2) as 0 | 1 | 2;
    const sessions: Session[] = [];
    const count = 1 + Math.floor(r() * 4);
    for (let s = 0; s < count; s++) {
      const start = Math.floor(r() * 420) - 60;
      const len = 1 + Math.floor(r() * 3);
      const dates = Array.from({ length: len }, (_, k) => day(start + k + (k === 2 && r() < 0.5 ? 27 : 0)));
      const total = 8 + Math.floor(r() * 10);
      const left = r() < 0.15 ? 0 : Math.floor(r() * total);
      sessions.push({
        id: `s${s}`,
        dates,
        ...(mode === 2 ? { modalites_enseignement: 2 as const } : { lieu: { commune: pick(CITIES), code_postal: '75011' } }),
        places_total: total,
        places_restantes: left,
        statut: left === 0 ? 'complete' : 'ouverte',
        url_inscription: `https://example.org/inscription/${i}/${s}`,
      });
    }
    formations.push({
      reference: `F${1000 + i}`,
      intitule: `${pick(['Accompagner', 'Comprendre', 'Prévenir', 'Construire', 'Animer', 'Évaluer'])} ${words(4)}`,
      themes,
      resume: `${words(18)}.`,
      objectifs: [words(8), words(9), words(7)],
      duree: { jours: 1 + Math.floor(r() * 3), heures: 7 * (1 + Math.floor(r() * 3)) },
      modalites_enseignement: mode,
      tarifs: { inter: { montant: 300 + Math.floor(r() * 17) * 50 }, regime_tva: { regime: 'exonere' } },
      sessions,
      nouveau: r() < 0.1,
    });
  }
  return { version: '1.0', organisation: { nom: 'Organisme de démonstration' }, formations };
}
