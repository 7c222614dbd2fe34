/**
 * 1000 places for the service-map benchmark, the same for both renderers:
 * deterministic (a small linear congruential generator), spread around 40
 * French towns the way a national network is (dense around cities, a few
 * isolated), all with coordinates.
 */
const TOWNS = [
  [2.35, 48.86],
  [5.37, 43.3],
  [4.84, 45.76],
  [1.44, 43.6],
  [7.26, 43.7],
  [-1.55, 47.22],
  [7.75, 48.58],
  [3.88, 43.61],
  [-0.58, 44.84],
  [3.06, 50.63],
  [-1.68, 48.11],
  [4.03, 49.26],
  [0.11, 49.49],
  [4.39, 45.44],
  [5.93, 43.12],
  [5.72, 45.19],
  [5.04, 47.32],
  [-0.55, 47.47],
  [4.36, 43.84],
  [0.2, 48.0],
  [1.1, 49.44],
  [6.18, 48.69],
  [5.89, 48.68],
  [-4.49, 48.39],
  [2.3, 49.89],
  [1.26, 45.83],
  [0.34, 46.58],
  [-1.15, 46.16],
  [-0.37, 43.3],
  [2.88, 42.69],
  [6.02, 47.24],
  [1.9, 47.9],
  [3.08, 45.78],
  [0.69, 47.39],
  [6.13, 45.9],
  [2.4, 47.08],
  [-3.36, 47.75],
  [4.83, 44.93],
  [9.15, 42.16],
  [3.57, 47.8],
];

export function largePlaces(n = 1000) {
  let seed = 42;
  const rnd = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const lieux = [];
  for (let i = 0; i < n; i++) {
    const [lon, lat] = TOWNS[i % TOWNS.length];
    const spread = i % 7 === 0 ? 0.9 : 0.25;
    lieux.push({
      id: `lieu-${i}`,
      nom: `Lieu d’accueil n° ${i + 1}`,
      type: ['Internat', 'Service d’aide à domicile', 'Lieu de vie et d’accueil', 'Centre social'][i % 4],
      commune: `Commune ${i % 97}`,
      code_postal: String(10000 + ((i * 37) % 85000)).padStart(5, '0'),
      latitude: Math.round((lat + (rnd() - 0.5) * spread) * 1e5) / 1e5,
      longitude: Math.round((lon + (rnd() - 0.5) * spread * 1.4) * 1e5) / 1e5,
    });
  }
  return { version: '1.0', organisation: { nom: 'Réseau national (banc d’essai)' }, lieux };
}
