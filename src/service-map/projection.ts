/**
 * Map projections for France, in kilometres, y pointing down (SVG).
 *
 * Mainland France and Corsica: Lambert conformal conic with the parameters of
 * Lambert-93 (EPSG:2154, the official projection of mainland France:
 * standard parallels 44° N and 49° N, origin 46.5° N 3° E), computed on a
 * sphere. Conformal: shapes are kept, so France looks as French people know
 * it from IGN maps; the spherical form differs from the GRS80 ellipsoid by
 * well under 1 %, which no one can see at this scale and which keeps the
 * formula to a few lines.
 *
 * Overseas départements (971 Guadeloupe, 972 Martinique, 973 Guyane,
 * 974 La Réunion, 976 Mayotte) are drawn as insets, each with an
 * equirectangular projection centred on it with cos(latitude) scaling: over
 * a few hundred kilometres near the equator its distortion is negligible.
 */

export type Zone = 'metro' | '971' | '972' | '973' | '974' | '976';

export const OVERSEAS_ZONES: readonly Zone[] = ['971', '972', '973', '974', '976'];

const R = 6371; // km
const RAD = Math.PI / 180;

/** Centres of the overseas insets (longitude, latitude). */
const CENTRES: Record<Exclude<Zone, 'metro'>, [number, number]> = {
  '971': [-61.45, 16.2],
  '972': [-61.0, 14.65],
  '973': [-53.2, 4.0],
  '974': [55.53, -21.13],
  '976': [45.15, -12.82],
};

const phi1 = 44 * RAD;
const phi2 = 49 * RAD;
const phi0 = 46.5 * RAD;
const lambda0 = 3 * RAD;
const t = (phi: number) => Math.tan(Math.PI / 4 + phi / 2);
const n = Math.log(Math.cos(phi1) / Math.cos(phi2)) / Math.log(t(phi2) / t(phi1));
const F = (Math.cos(phi1) * Math.pow(t(phi1), n)) / n;
const rho0 = (R * F) / Math.pow(t(phi0), n);

/** Lambert-93-style conformal conic (sphere): km east and south of 46.5° N 3° E. */
export function lambert93(lon: number, lat: number): [number, number] {
  const rho = (R * F) / Math.pow(t(lat * RAD), n);
  const theta = n * (lon * RAD - lambda0);
  return [rho * Math.sin(theta), rho * Math.cos(theta) - rho0];
}

/** The projection of a zone. */
export function projectionFor(zone: Zone): (lon: number, lat: number) => [number, number] {
  if (zone === 'metro') return lambert93;
  const [lon0, lat0] = CENTRES[zone];
  const k = Math.cos(lat0 * RAD) * R * RAD;
  return (lon, lat) => [(lon - lon0) * k, -(lat - lat0) * R * RAD];
}

/** The département of an INSEE commune code ("54528" → "54", "97411" → "974", "2A004" → "2A"). */
export function departementOfInsee(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/** The département a postcode most likely belongs to (Corsica: 200xx–201xx → 2A, else 2B). */
export function departementOfPostcode(cp: string): string {
  if (cp.startsWith('97')) return cp.slice(0, 3);
  if (cp.startsWith('20')) return +cp.slice(2, 3) <= 1 ? '2A' : '2B';
  return cp.slice(0, 2);
}

/** The zone a département belongs to; undefined for codes the map does not draw (975, 977, 98x…). */
export function zoneOfDepartement(dep: string): Zone | undefined {
  if (dep.startsWith('97')) return (OVERSEAS_ZONES as readonly string[]).includes(dep) ? (dep as Zone) : undefined;
  return /^(\d{2}|2A|2B)$/.test(dep) && dep !== '96' && dep !== '20' && dep !== '00' ? 'metro' : undefined;
}

/** The zone of a point, from its coordinates; undefined when it is outside every drawn zone. */
export function zoneOfPoint(lon: number, lat: number): Zone | undefined {
  if (lon > -5.8 && lon < 10 && lat > 41 && lat < 51.5) return 'metro';
  for (const [zone, [x, y]] of Object.entries(CENTRES)) {
    const reach = zone === '973' ? 3 : 1.2;
    if (Math.abs(lon - x) < reach && Math.abs(lat - y) < reach) return zone as Zone;
  }
  return undefined;
}
