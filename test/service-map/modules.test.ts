import { expect } from '@open-wc/testing';
import { clusterPoints } from '../../src/service-map/cluster.js';
import { fromDataInclusion, toIdentifier } from '../../src/service-map/data-inclusion.js';
import { distanceKm, normalizeText } from '../../src/service-map/distance.js';
import { schemaOpeningHours, serviceMapJsonLd } from '../../src/service-map/jsonld.js';
import {
  departementOfInsee,
  departementOfPostcode,
  lambert93,
  projectionFor,
  zoneOfDepartement,
  zoneOfPoint,
} from '../../src/service-map/projection.js';
import { tileSource, TILE_PRESETS } from '../../src/service-map/tiles.js';
import { validateFeed } from '../../src/feed/validate.js';
import { ALL_SECTIONS } from '../../src/feed/sections.js';
import type { Feed } from '../../src/feed/schema/index.js';

const load = async (name: string) => (await (await fetch(`/fixtures/feeds/${name}`)).json()) as Record<string, unknown>;

describe('projection', () => {
  it('Lambert-93 style: origin at 46.5° N 3° E, x east, y south, in km', () => {
    const [x0, y0] = lambert93(3, 46.5);
    expect(Math.abs(x0)).to.be.below(1e-9);
    expect(Math.abs(y0)).to.be.below(1e-9);
    const [xb, yb] = lambert93(-0.5792, 44.8378); // Bordeaux
    expect(xb).to.be.within(-290, -270);
    expect(yb).to.be.within(170, 185); // official Lambert-93: about (417 km, 6 423 km)
    const [, yl] = lambert93(3.06, 50.63); // Lille, to the north: negative y
    expect(yl).to.be.within(-470, -450);
  });

  it('keeps distances close to the truth across France (conformal, secant at 44° and 49°)', () => {
    const a = lambert93(5.8917, 48.675); // Toul
    const b = lambert93(-0.5792, 44.8378); // Bordeaux
    const km = Math.hypot(a[0] - b[0], a[1] - b[1]);
    const real = distanceKm({ lat: 48.675, lon: 5.8917 }, { lat: 44.8378, lon: -0.5792 });
    expect(Math.abs(km - real) / real).to.be.below(0.01);
  });

  it('overseas insets: equirectangular around each département', () => {
    const p = projectionFor('974');
    const [x, y] = p(55.53, -21.13);
    expect(Math.abs(x) + Math.abs(y)).to.be.below(1e-9);
    const [x2] = p(55.53 + 0.1, -21.13);
    expect(x2).to.be.within(10, 11); // 0.1° of longitude at 21° S ≈ 10.4 km
  });

  it('départements and zones from INSEE codes, postcodes and coordinates', () => {
    expect(departementOfInsee('54528')).to.equal('54');
    expect(departementOfInsee('97411')).to.equal('974');
    expect(departementOfInsee('2A004')).to.equal('2A');
    expect(departementOfPostcode('20000')).to.equal('2A');
    expect(departementOfPostcode('20200')).to.equal('2B');
    expect(departementOfPostcode('97300')).to.equal('973');
    expect(departementOfPostcode('54200')).to.equal('54');
    expect(zoneOfDepartement('54')).to.equal('metro');
    expect(zoneOfDepartement('2B')).to.equal('metro');
    expect(zoneOfDepartement('976')).to.equal('976');
    expect(zoneOfDepartement('975')).to.equal(undefined);
    expect(zoneOfDepartement('20')).to.equal(undefined);
    expect(zoneOfPoint(5.89, 48.67)).to.equal('metro');
    expect(zoneOfPoint(55.45, -20.88)).to.equal('974');
    expect(zoneOfPoint(-52.3, 4.9)).to.equal('973');
    expect(zoneOfPoint(-56.17, 46.78)).to.equal(undefined); // Saint-Pierre-et-Miquelon
  });
});

describe('clusters', () => {
  it('groups points closer than the radius and keeps the others alone', () => {
    const c = clusterPoints(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 100, y: 100 },
        { x: 0, y: 20 },
      ],
      30,
    );
    expect(c).to.have.length(2);
    expect(c[0]!.members).to.deep.equal([0, 1, 3]);
    expect(c[0]!.x).to.be.closeTo(10 / 3, 1e-9);
    expect(c[1]!.members).to.deep.equal([2]);
  });

  // (How fast is for `npm run bench`: a time limit here would fail on a busy machine.)
  it('puts each of 1000 points in exactly one group', () => {
    const pts = Array.from({ length: 1000 }, (_, i) => ({ x: (i * 37) % 800, y: (i * 91) % 600 }));
    const c = clusterPoints(pts, 34);
    const seen = c.flatMap((x) => x.members).sort((a, b) => a - b);
    expect(seen).to.deep.equal(pts.map((_, i) => i));
    expect(c.length).to.be.above(1).and.below(1000);
    expect(clusterPoints([], 30)).to.deep.equal([]);
  });
});

describe('search and distance', () => {
  it('ignores accents, case, hyphens and apostrophes', () => {
    expect(normalizeText('Mont-l’Étroit')).to.equal('mont l etroit');
    expect(normalizeText('  VILCEY-SUR-TREY ')).to.equal('vilcey sur trey');
    expect(normalizeText('St-Dié-des-Vosges')).to.equal('saint die des vosges');
    expect(normalizeText('Œuvre')).to.equal('oeuvre');
  });

  it('measures great-circle distances', () => {
    expect(distanceKm({ lat: 48.675, lon: 5.8917 }, { lat: 48.675, lon: 5.8917 })).to.equal(0);
    // Toul – Vilcey-sur-Trey: about 29 km as the crow flies.
    expect(distanceKm({ lat: 48.675, lon: 5.8917 }, { lat: 48.9347, lon: 5.9747 })).to.be.within(28, 30);
  });
});

describe('tile sources', () => {
  it('presets name their host', () => {
    expect(tileSource('ign-plan')!.host).to.equal('data.geopf.fr');
    expect(tileSource('osm')).to.equal(TILE_PRESETS.osm);
    expect(tileSource(' osm ')!.attributionUrl).to.equal('https://www.openstreetmap.org/copyright');
  });

  it('URL templates: http(s) with {z}/{x}/{y} only', () => {
    const s = tileSource('https://tiles.example.org/{z}/{x}/{y}.png', 'Tuiles Exemple', 'fournisseur')!;
    expect(s).to.deep.include({ host: 'tiles.example.org', attribution: 'Tuiles Exemple', provider: 'fournisseur' });
    expect(tileSource('https://tiles.example.org/{z}/{x}/{y}.png')!.attribution).to.equal('tiles.example.org');
    expect(tileSource('javascript:alert(1)//{z}/{x}/{y}')).to.equal(undefined);
    expect(tileSource('https://tiles.example.org/tile.png')).to.equal(undefined);
    expect(tileSource('')).to.equal(undefined);
    expect(tileSource(undefined)).to.equal(undefined);
    expect(tileSource('http://[bad/{z}/{x}/{y}')).to.equal(undefined);
  });
});

describe('JSON-LD', () => {
  it('turns opening_hours into schema.org openingHours', () => {
    expect(schemaOpeningHours('Mo-Fr 08:30-12:30,13:30-17:00; Sa 09:00-12:00; PH off')).to.deep.equal([
      'Mo-Fr 08:30-12:30',
      'Mo-Fr 13:30-17:00',
      'Sa 09:00-12:00',
    ]);
    expect(schemaOpeningHours('08:00-18:00')).to.deep.equal(['Mo-Su 08:00-18:00']);
    expect(schemaOpeningHours('Jan Mo 10:00-12:00')).to.equal(undefined);
    expect(schemaOpeningHours('PH off')).to.equal(undefined);
    expect(schemaOpeningHours(undefined)).to.equal(undefined);
  });

  it('Organization with a subOrganization per place and a Service per service', async () => {
    const { feed } = validateFeed(await load('chaumiere.json'), ALL_SECTIONS);
    const ld = serviceMapJsonLd(feed as Feed) as { '@graph': Array<Record<string, any>> };
    const [org, ...services] = ld['@graph'];
    expect(org!['@type']).to.equal('Organization');
    expect(org!.subOrganization).to.have.length(6);
    const toul = org!.subOrganization.find((s: any) => s.name === 'Internat urbain de Toul');
    expect(toul.address).to.deep.include({ '@type': 'PostalAddress', addressLocality: 'Toul', postalCode: '54200' });
    expect(toul.geo).to.deep.equal({ '@type': 'GeoCoordinates', latitude: 48.675, longitude: 5.8917 });
    expect(toul.openingHours).to.include('Sa 09:00-12:00');
    expect(toul.telephone).to.equal('03 53 73 00 02');
    expect(services).to.have.length(5);
    expect(services[0]).to.deep.include({
      '@type': 'Service',
      name: 'Accueil en internat',
      serviceType: 'accompagnement',
    });
    expect(services[0]!.provider).to.have.length(2);
    expect(services[0]!.areaServed).to.deep.equal([{ '@type': 'AdministrativeArea', identifier: '54' }]);
    expect(services[2]!.provider['@id']).to.match(/#lieu-sepad$/);
  });

  it('identifiers, orphan services and the organisation alone', () => {
    const feed = {
      version: '1.0',
      organisation: { nom: 'Org' },
      lieux: [{ id: 'a', nom: 'A', finess: '540000000', siret: '00000000000000', publics: ['familles'] }],
      services: [{ id: 's', nom: 'S', zone_eligibilite: ['france'] }],
    } as unknown as Feed;
    const ld = serviceMapJsonLd(feed) as { '@graph': Array<Record<string, any>> };
    expect(ld['@graph'][0]!.subOrganization[0].identifier).to.deep.equal([
      { '@type': 'PropertyValue', propertyID: 'FINESS', value: '540000000' },
      { '@type': 'PropertyValue', propertyID: 'SIRET', value: '00000000000000' },
    ]);
    expect(ld['@graph'][1]!.provider['@id']).to.match(/#organisation$/);
    expect(ld['@graph'][1]!.areaServed).to.deep.equal([{ '@type': 'Country', name: 'France' }]);
    const alone = serviceMapJsonLd({ version: '1.0', organisation: { nom: 'Org' }, lieux: [] } as unknown as Feed);
    expect(alone['@type']).to.equal('Organization');
    expect(alone.subOrganization).to.equal(undefined);
  });
});

describe('data·inclusion import', () => {
  it('maps v1 structures to places, field by field', async () => {
    const di = await load('map-data-inclusion.json');
    const { lieux } = fromDataInclusion(di.structures, di.services);
    expect(lieux[0]).to.deep.equal({
      id: 'dora:s-1',
      nom: 'Centre social La Passerelle',
      description:
        'Accueil de tous les habitants : permanences d’accès aux droits, aide aux devoirs, ateliers numériques.',
      adresse: 'Adresse non publiée',
      code_postal: '54200',
      commune: 'Toul',
      code_insee: '54528',
      latitude: 48.675,
      longitude: 5.8917,
      telephone: '+33353730050',
      courriel: 'accueil@example.org',
      site_web: 'https://passerelle.example.org/',
      horaires_accueil: 'Mo-Fr 08:30-12:30; PH off',
      accessibilite_lieu: 'https://acceslibre.beta.gouv.fr/app/erp/exemple/',
      siret: '00000000000018',
      date_maj: '2025-02-14',
    });
  });

  it('reads the older 0.x names still published (typologie, presentation_*, horaires_ouverture, accessibilite)', async () => {
    const di = await load('map-data-inclusion.json');
    const { lieux } = fromDataInclusion(di.structures, di.services);
    expect(lieux[1]).to.deep.include({
      id: 'soliguide:lieu-42',
      type: 'ASSO',
      description: 'Épicerie à petits prix.',
      horaires_accueil: 'We,Sa 14:00-18:00',
      accessibilite_lieu: 'https://acceslibre.beta.gouv.fr/app/erp/autre/',
      thematiques: ['se-nourrir--aide-alimentaire'],
      date_maj: '2024-11-02',
    });
  });

  it('maps services: type, frais as a list, zone, structure → lieux, and 0.x names', async () => {
    const di = await load('map-data-inclusion.json');
    const { services, lieux } = fromDataInclusion(di.structures, di.services);
    expect(services[0]).to.deep.include({
      id: 'dora:svc-1',
      type: 'accompagnement',
      publics: ['familles', 'seniors'],
      publics_precisions: 'Habitants du Toulois',
      frais: ['gratuit'],
      conditions_acces: 'Apporter ses identifiants.',
      modes_accueil: ['en-presentiel'],
      zone_eligibilite: ['54'],
      modes_mobilisation: ['telephoner', 'se-presenter'],
      lien_mobilisation: 'https://passerelle.example.org/rdv',
      horaires_accueil: 'Tu,Th 09:00-12:00',
      lieux: ['dora:s-1'],
    });
    expect(services[1]).to.deep.include({
      type: 'aide-materielle',
      description: 'Distribution de colis sur orientation d’un travailleur social.',
      frais: ['payant'],
      frais_precisions: '1 € symbolique',
      conditions_acces: 'Orientation par un travailleur social\nJustificatif de domicile',
      zone_eligibilite: ['54395'],
      lieux: ['soliguide:lieu-42'],
    });
    // A service with its own position, whose structure is not given, gets a place.
    expect(services[2]!.lieux).to.deep.equal(['dora:svc-3-lieu']);
    expect(lieux[2]).to.deep.include({
      id: 'dora:svc-3-lieu',
      nom: 'Atelier numérique itinérant',
      commune: 'Vilcey-sur-Trey',
      latitude: 48.9347,
    });
  });

  it('the result is a valid feed section', async () => {
    const di = await load('map-data-inclusion.json');
    const { lieux, services } = fromDataInclusion({ items: di.structures }, di.services);
    const { feed, problems } = validateFeed(
      { version: '1.0', organisation: { nom: 'Import' }, lieux, services },
      ALL_SECTIONS,
    );
    expect(problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed!.lieux).to.have.length(3);
    expect(feed!.services).to.have.length(3);
  });

  it('tolerates junk: not arrays, missing ids, numbers as strings', () => {
    expect(fromDataInclusion(null, 'x')).to.deep.equal({ lieux: [], services: [] });
    const { lieux, services } = fromDataInclusion(
      [{ nom: 'Sans id', latitude: '48.5', longitude: 'abc' }, 7],
      [{ nom: 'S' }],
    );
    expect(lieux).to.deep.equal([{ id: 'id', nom: 'Sans id', latitude: 48.5 }]);
    expect(services).to.deep.equal([{ id: 'id', nom: 'S' }]);
    expect(toIdentifier('a b/c', 'src')).to.equal('src:a-b-c');
    expect(toIdentifier('x'.repeat(100))).to.have.length(80);
  });
});
