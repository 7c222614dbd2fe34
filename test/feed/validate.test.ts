import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { describeFound, describeProblem, formatPath, makeProblem, summarizeProblems, type Problem } from '../../src/feed/problems.js';
import { email, identifier, isoDate, link, text, webUrl } from '../../src/feed/schema/common.js';
import { ALL_SECTIONS } from '../../src/feed/sections.js';
import { errorsOf, validateFeed } from '../../src/feed/validate.js';
import { EXPECTED, FEED_WORDS } from '../../src/i18n/feed.js';

const NBSP = '\u00a0';
const org = { nom: 'Les Amis de la Chaumière' };

/** A small section schema owned by this test, so the tests do not depend on other sections' schemas. */
const thing = v.object({
  id: identifier,
  titre: text,
  jour: v.optional(isoDate),
  site: v.optional(webUrl),
  lien: v.optional(link),
  courriel: v.optional(email),
  etat: v.optional(v.picklist(['ouvert', 'ferme'], 'statut_session')),
  nombre: v.optional(v.number('nombre')),
  tags: v.optional(v.array(text, 'liste')),
  jours: v.optional(v.pipe(v.array(isoDate, 'liste'), v.minLength(1, 'liste_non_vide'))),
  bloc: v.optional(v.object({ a: text })),
  choix: v.optional(v.picklist(['x', 'y'])),
  defaut: v.optional(text, 'par défaut'),
  rien: v.nullish(text),
});
const sections = { valeurs: v.object({ valeurs: v.array(thing, 'liste') }) };

function run(items: unknown[], extra: Record<string, unknown> = {}) {
  return validateFeed({ version: '1.0', organisation: org, valeurs: { valeurs: items }, ...extra }, sections);
}

function only(problems: Problem[], severity: Problem['severity'] = 'error'): Problem {
  const list = problems.filter((p) => p.severity === severity);
  expect(list, JSON.stringify(problems)).to.have.length(1);
  return list[0];
}

describe('validateFeed', () => {
  it('accepts a valid feed without a problem and keeps every field', () => {
    const r = run([{ id: 'a', titre: 'Accueil', jour: '2024-04-03', site: 'https://example.org/', tags: ['x'] }]);
    expect(r.problems).to.deep.equal([]);
    expect(r.feed?.organisation.nom).to.equal('Les Amis de la Chaumière');
    const valeurs = r.feed?.valeurs as unknown as { valeurs: Record<string, unknown>[] };
    expect(valeurs.valeurs[0]).to.include({ id: 'a', titre: 'Accueil', jour: '2024-04-03', defaut: 'par défaut' });
  });

  it('reports a wrong type with its path, what was expected and what was found', () => {
    const r = run([{ id: 'a', titre: 42 }]);
    const p = only(r.problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].titre', expected: 'texte', found: '42', severity: 'error' });
    expect(p.message.fr).to.equal(`valeurs.valeurs[0].titre${NBSP}: texte non vide attendu, reçu 42`);
    expect(p.message.en).to.equal('valeurs.valeurs[0].titre: non-empty text expected, found 42');
  });

  it('reports a missing required field as "champ absent"', () => {
    const p = only(run([{ id: 'a' }]).problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].titre', expected: 'texte', found: '' });
    expect(p.message.fr).to.equal(`valeurs.valeurs[0].titre${NBSP}: texte non vide attendu, champ absent`);
    expect(p.message.en).to.equal('valeurs.valeurs[0].titre: non-empty text expected, field missing');
  });

  it('reports an empty text after trimming', () => {
    const p = only(run([{ id: 'a', titre: '   ' }]).problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].titre', expected: 'texte', found: '"   "' });
  });

  it('reports a bad date at its exact path in a training session, in French and English', () => {
    const feed = {
      version: '1.0',
      organisation: org,
      formations: [
        { reference: '9209', intitule: 'Manager une équipe', sessions: [{ dates: ['2024-04-03'] }] },
        { reference: '9210', intitule: 'Conduire un entretien', sessions: [{ dates: ['2024-05-02'] }] },
        { reference: '9211', intitule: 'Prévenir les risques', sessions: [{ dates: ['3 avril', '2024-04-04'] }] },
      ],
    };
    const r = validateFeed(feed, { formations: ALL_SECTIONS.formations });
    const p = only(r.problems);
    expect(p.path).to.equal('formations[2].sessions[0].dates[0]');
    expect(p.expected).to.equal('date');
    expect(p.found).to.equal('"3 avril"');
    expect(p.message.fr).to.equal(`formations[2].sessions[0].dates[0]${NBSP}: date AAAA-MM-JJ attendue, reçu "3 avril"`);
    expect(p.message.en).to.equal('formations[2].sessions[0].dates[0]: YYYY-MM-DD date expected, found "3 avril"');
    // The bad day is left out; the session keeps its other day; the other trainings are untouched.
    expect(p.skipped).to.equal('formations[2].sessions[0].dates[0]');
    expect(r.feed?.formations?.map((f) => f.sessions?.[0].dates)).to.deep.equal([['2024-04-03'], ['2024-05-02'], ['2024-04-04']]);
  });

  it('reports a bad date at formations[0].sessions[0].dates[0] and drops the session it empties', () => {
    const feed = {
      version: '1.0',
      organisation: org,
      formations: [{ reference: '1', intitule: 'T', sessions: [{ dates: ['3 avril'] }, { dates: ['2024-09-12'] }] }],
    };
    const r = validateFeed(feed, ALL_SECTIONS);
    const errors = errorsOf(r.problems);
    expect(errors.map((p) => p.path)).to.deep.equal(['formations[0].sessions[0].dates[0]', 'formations[0].sessions[0].dates']);
    // What was really left out is the whole session, and it says so.
    expect(errors.map((p) => p.skipped)).to.deep.equal(['formations[0].sessions[0]', 'formations[0].sessions[0]']);
    expect(errors[1]).to.include({ expected: 'liste_non_vide', found: '["3 avril"]' });
    expect(r.feed?.formations?.[0].sessions).to.deep.equal([{ dates: ['2024-09-12'] }]);
  });

  it('rejects a day that does not exist', () => {
    const p = only(run([{ id: 'a', titre: 'T', jour: '2023-02-29' }]).problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].jour', expected: 'date', found: '"2023-02-29"' });
    expect(run([{ id: 'a', titre: 'T', jour: '2024-02-29' }]).problems).to.deep.equal([]);
    // Leap years by the Gregorian rules; months of 30 days.
    for (const day of ['2000-02-29', '2024-04-30', '2024-12-31', '2024-01-01'])
      expect(run([{ id: 'a', titre: 'T', jour: day }]).problems, day).to.deep.equal([]);
    for (const day of ['2100-02-29', '2024-02-30', '2024-04-31', '2024-06-31', '2024-09-31', '2024-11-31', '2024-01-00', '2024-01-32', '2024-13-01'])
      expect(only(run([{ id: 'a', titre: 'T', jour: day }]).problems), day).to.include({ expected: 'date' });
  });

  it('reports a web address with another scheme than http(s)', () => {
    const r = run([{ id: 'a', titre: 'T', site: 'javascript:alert(1)' }]);
    const p = only(r.problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].site', expected: 'url', found: '"javascript:alert(1)"' });
    expect(p.message.fr).to.equal(`valeurs.valeurs[0].site${NBSP}: adresse web http(s)://… attendue, reçu "javascript:alert(1)"`);
    for (const bad of ['ftp://example.org/', 'mailto:a@b.fr', '/relative', 'example.org']) {
      expect(only(run([{ id: 'a', titre: 'T', site: bad }]).problems).expected, bad).to.equal('url');
    }
  });

  it('accepts http, https, mailto and tel links and reports javascript: and data: links', () => {
    for (const ok of ['http://a.fr/', 'https://a.fr/x?y=1', 'mailto:contact@a.fr', 'tel:+33491033991', ' https://a.fr/ ']) {
      expect(run([{ id: 'a', titre: 'T', lien: ok }]).problems, ok).to.deep.equal([]);
    }
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const p = only(run([{ id: 'a', titre: 'T', lien: bad }]).problems);
      expect(p.path, bad).to.equal('valeurs.valeurs[0].lien');
      expect(p.expected).to.equal('lien');
    }
  });

  it('reports a bad e-mail address', () => {
    const p = only(run([{ id: 'a', titre: 'T', courriel: 'contact(at)example.org' }]).problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].courriel', expected: 'courriel' });
    expect(p.message.fr).to.equal(`valeurs.valeurs[0].courriel${NBSP}: adresse e-mail attendue, reçu "contact(at)example.org"`);
    expect(p.message.en).to.equal('valeurs.valeurs[0].courriel: e-mail address expected, found "contact(at)example.org"');
  });

  it('reports a value outside an enumeration', () => {
    const p = only(run([{ id: 'a', titre: 'T', etat: 'fermee' }]).problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].etat', expected: 'statut_session', found: '"fermee"' });
    expect(p.message.fr).to.contain('attendu, reçu "fermee"');
  });

  it('names valibot type checks that carry no message key', () => {
    const enumProblem = only(run([{ id: 'a', titre: 'T', choix: 'z' }]).problems);
    expect(enumProblem.expected).to.equal('valeur_permise');
    expect(enumProblem.message.en).to.equal('valeurs.valeurs[0].choix: one of the allowed values expected, found "z"');
    expect(only(run([{ id: 'a', titre: 'T', bloc: ['a'] }]).problems)).to.include({ path: 'valeurs.valeurs[0].bloc', expected: 'objet', found: '["a"]' });
    const objectProblem = only(run([{ id: 'a', titre: 'T', bloc: 'texte' }]).problems);
    expect(objectProblem).to.include({ path: 'valeurs.valeurs[0].bloc', expected: 'objet' });
    expect(objectProblem.message.fr).to.equal(`valeurs.valeurs[0].bloc${NBSP}: objet { … } attendu, reçu "texte"`);
  });

  it('notes an unknown field (notice), keeps the item and leaves the field out', () => {
    const r = run([{ id: 'a', titre: 'T', couleur: 'bleu' }], { nouveaute: true });
    const notices = r.problems.filter((p) => p.severity === 'notice');
    expect(notices.map((p) => p.path)).to.have.members(['valeurs.valeurs[0].couleur', 'nouveaute']);
    expect(errorsOf(r.problems)).to.deep.equal([]);
    const n = notices.find((p) => p.path === 'nouveaute')!;
    expect(n.expected).to.equal('champ_inconnu');
    expect(n.message.fr).to.equal(`nouveaute${NBSP}: champ inconnu, ignoré`);
    expect(n.message.en).to.equal('nouveaute: unknown field, ignored');
    const item = (r.feed?.valeurs as unknown as { valeurs: Record<string, unknown>[] }).valeurs[0];
    expect(item).to.not.have.property('couleur');
  });

  it('notes unknown fields named like Object.prototype members, and quotes odd keys', () => {
    const r = run([{ id: 'a', titre: 'T', toString: 'x', constructor: 1, 'clé bizarre': 2 }]);
    expect(r.problems.map((p) => p.path)).to.have.members([
      'valeurs.valeurs[0].toString',
      'valeurs.valeurs[0].constructor',
      'valeurs.valeurs[0]["clé bizarre"]',
    ]);
    expect(r.problems.every((p) => p.severity === 'notice')).to.equal(true);
  });

  it('skips an invalid list item and keeps its valid siblings', () => {
    const r = run([
      { id: 'a', titre: 'Accueil' },
      { id: 'b', titre: '' },
      { id: 'c', titre: 'Solidarité' },
    ]);
    const p = only(r.problems);
    expect(p.path).to.equal('valeurs.valeurs[1].titre');
    expect(p.skipped).to.equal('valeurs.valeurs[1]');
    expect(describeProblem(p, 'fr')).to.equal(`valeurs.valeurs[1].titre${NBSP}: texte non vide attendu, reçu "" (ignoré${NBSP}: valeurs.valeurs[1])`);
    expect(describeProblem(p, 'en')).to.equal('valeurs.valeurs[1].titre: non-empty text expected, found "" (left out: valeurs.valeurs[1])');
    const titles = (r.feed?.valeurs as unknown as { valeurs: { titre: string }[] }).valeurs.map((x) => x.titre);
    expect(titles).to.deep.equal(['Accueil', 'Solidarité']);
  });

  it('skips an invalid item of a list of texts', () => {
    const r = run([{ id: 'a', titre: 'T', tags: ['un', 3, 'deux'] }]);
    const p = only(r.problems);
    expect(p).to.include({ path: 'valeurs.valeurs[0].tags[1]', skipped: 'valeurs.valeurs[0].tags[1]' });
    expect((r.feed?.valeurs as unknown as { valeurs: { tags: string[] }[] }).valeurs[0].tags).to.deep.equal(['un', 'deux']);
  });

  it('drops an invalid optional field and keeps the item', () => {
    const r = run([{ id: 'a', titre: 'T', jour: 'demain', nombre: 'douze' }]);
    const errors = errorsOf(r.problems);
    expect(errors.map((p) => [p.path, p.skipped])).to.deep.equal([
      ['valeurs.valeurs[0].jour', 'valeurs.valeurs[0].jour'],
      ['valeurs.valeurs[0].nombre', 'valeurs.valeurs[0].nombre'],
    ]);
    const item = (r.feed?.valeurs as unknown as { valeurs: Record<string, unknown>[] }).valeurs[0];
    expect(item).to.include({ id: 'a', titre: 'T' });
    expect(item).to.not.have.property('jour');
    expect(item).to.not.have.property('nombre');
  });

  it('accepts null for a nullish field and treats it as absent', () => {
    const r = run([{ id: 'a', titre: 'T', rien: null }]);
    expect(r.problems).to.deep.equal([]);
  });

  it('drops an invalid section without stopping the other sections', () => {
    const feed = {
      version: '1.0',
      organisation: org,
      valeurs: { valeurs: 'pas une liste' },
      formations: [{ reference: '1', intitule: 'Manager' }],
    };
    const r = validateFeed(feed, { ...sections, formations: ALL_SECTIONS.formations });
    const p = only(r.problems);
    expect(p).to.include({ path: 'valeurs.valeurs', expected: 'liste', skipped: 'valeurs' });
    expect(p.message.fr).to.equal(`valeurs.valeurs${NBSP}: liste [ … ] attendue, reçu "pas une liste"`);
    expect(r.feed?.valeurs).to.equal(undefined);
    expect(r.feed?.formations?.[0].intitule).to.equal('Manager');
  });

  it('passes over known sections the caller does not read, without a word', () => {
    const r = validateFeed({ version: '1.0', organisation: org, formations: 'n’importe quoi', lieux: 5 }, sections);
    expect(r.problems).to.deep.equal([]);
    expect(r.feed).to.not.have.property('formations');
  });

  it('rejects a feed whose version is missing or not 1.x, saying why', () => {
    const missing = validateFeed({ organisation: org }, sections);
    expect(missing.feed).to.equal(undefined);
    expect(only(missing.problems)).to.include({ path: 'version', expected: 'version', found: '' });
    expect(only(missing.problems).message.fr).to.equal(`version${NBSP}: version "1.x" attendue, champ absent`);
    const two = validateFeed({ version: '2.0', organisation: org }, sections);
    expect(two.feed).to.equal(undefined);
    expect(only(two.problems)).to.include({ path: 'version', found: '"2.0"' });
    expect(validateFeed({ version: 1, organisation: org }, sections).feed).to.equal(undefined);
    for (const ok of ['1', '1.0', '1.3', '1.2.1']) expect(validateFeed({ version: ok, organisation: org }, sections).feed, ok).to.not.equal(undefined);
  });

  it('rejects a feed without an organisation, and one whose organisation has no name', () => {
    const none = validateFeed({ version: '1.0' }, sections);
    expect(none.feed).to.equal(undefined);
    expect(only(none.problems)).to.include({ path: 'organisation', expected: 'objet', found: '' });
    expect(only(none.problems).message.en).to.equal('organisation: object { … } expected, field missing');
    const noName = validateFeed({ version: '1.0', organisation: { sigle: 'GCSMS' } }, sections);
    expect(noName.feed).to.equal(undefined);
    expect(only(noName.problems).path).to.equal('organisation.nom');
  });

  it('still reports the problems of the sections of a rejected feed', () => {
    const r = validateFeed({ version: '9', organisation: org, valeurs: { valeurs: [{ id: 'a' }] } }, sections);
    expect(r.feed).to.equal(undefined);
    expect(errorsOf(r.problems).map((p) => p.path)).to.deep.equal(['version', 'valeurs.valeurs[0].titre']);
  });

  it('reports bad optional organisation fields and keeps the organisation', () => {
    const r = validateFeed(
      {
        version: '1.0',
        organisation: { nom: 'GCSMS', site_web: 'www.example.org', courriel: 'x', telephone: 'abc', adresse: { code_postal: '5420' }, siret: '123' },
      },
      {},
    );
    expect(r.feed?.organisation).to.deep.equal({ nom: 'GCSMS', adresse: {} });
    expect(errorsOf(r.problems).map((p) => [p.path, p.expected])).to.deep.equal([
      ['organisation.site_web', 'url'],
      ['organisation.courriel', 'courriel'],
      ['organisation.telephone', 'telephone'],
      ['organisation.adresse.code_postal', 'code_postal'],
      ['organisation.siret', 'siret'],
    ]);
  });

  it('rejects a feed that is not an object', () => {
    for (const input of [null, 42, 'feed', [], [{ version: '1.0' }], undefined]) {
      const r = validateFeed(input, sections);
      expect(r.feed, JSON.stringify(input)).to.equal(undefined);
      const p = only(r.problems);
      expect(p).to.include({ path: '', expected: 'objet' });
    }
    const p = only(validateFeed(42, sections).problems);
    expect(p.message.fr).to.equal(`(racine du flux)${NBSP}: objet { … } attendu, reçu 42`);
    expect(p.message.en).to.equal('(feed root): object { … } expected, found 42');
  });

  it('ignores $schema and commentaire at the top level', () => {
    const r = validateFeed({ $schema: '../schema/feed.schema.json', commentaire: 'note', version: '1.0', organisation: org }, sections);
    expect(r.problems).to.deep.equal([]);
  });

  it('is not fooled by a "__proto__" key', () => {
    const input = JSON.parse('{"version":"1.0","organisation":{"nom":"X","__proto__":{"nom":"Y"}},"__proto__":{"polluted":true}}');
    const r = validateFeed(input, sections);
    expect(r.feed?.organisation.nom).to.equal('X');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(r.problems.map((p) => [p.path, p.severity])).to.have.deep.members([
      ['organisation.__proto__', 'notice'],
      ['__proto__', 'notice'],
    ]);
  });

  it('validates the whole sample feeds of the repository without an error', async () => {
    for (const name of ['chaumiere', 'gcsms']) {
      const json = await (await fetch(`/fixtures/feeds/${name}.json`)).json();
      const r = validateFeed(json, ALL_SECTIONS);
      expect(errorsOf(r.problems), `${name}: ${errorsOf(r.problems).map((p) => p.message.en).join('\n')}`).to.deep.equal([]);
      expect(r.feed?.organisation.nom).to.be.a('string');
    }
  });
});

describe('problems', () => {
  it('formats paths', () => {
    expect(formatPath([])).to.equal('');
    expect(formatPath(['formations', 2, 'sessions', 0, 'dates', 0])).to.equal('formations[2].sessions[0].dates[0]');
    expect(formatPath(['a b', 'c'])).to.equal('["a b"].c');
    expect(formatPath([0])).to.equal('[0]');
  });

  it('describes what was found, short', () => {
    expect(describeFound(undefined)).to.equal('');
    expect(describeFound('3 avril')).to.equal('"3 avril"');
    expect(describeFound(null)).to.equal('null');
    expect(describeFound({ a: 1 })).to.equal('{"a":1}');
    const long = describeFound('x'.repeat(200));
    expect(long).to.have.length(60);
    expect(long.endsWith('…')).to.equal(true);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeFound(cyclic)).to.equal('[object Object]');
    expect(describeFound(10n)).to.equal('10');
  });

  it('agrees "attendu" with the expected phrase in French', () => {
    expect(makeProblem('x', 'heure', '9h').message.fr).to.equal(`x${NBSP}: heure HH:MM attendue, reçu "9h"`);
    expect(makeProblem('x', 'nombre', 'dix').message.fr).to.equal(`x${NBSP}: nombre attendu, reçu "dix"`);
    expect(makeProblem('x', 'modalites_enseignement', 5).message.fr).to.contain('attendue, reçu 5');
    expect(makeProblem('x', 'pas_une_cle', 5).message.en).to.equal('x: pas_une_cle expected, found 5');
  });

  it('says "ignoré" alone when what was left out is the field itself', () => {
    const p = makeProblem('organisation.site_web', 'url', 'www.example.org');
    p.skipped = 'organisation.site_web';
    expect(describeProblem(p, 'fr')).to.equal(`organisation.site_web${NBSP}: adresse web http(s)://… attendue, reçu "www.example.org" (ignoré)`);
    expect(describeProblem(p, 'en')).to.equal('organisation.site_web: http(s):// web address expected, found "www.example.org" (left out)');
  });

  it('describes a notice without "left out"', () => {
    const p = makeProblem('x', 'champ_inconnu', undefined, 'notice');
    p.skipped = 'x';
    expect(describeProblem(p, 'fr')).to.equal(`x${NBSP}: champ inconnu, ignoré`);
  });

  it('sums a validation up in one sentence', () => {
    const error = makeProblem('x', 'texte', 1);
    const notice = makeProblem('y', 'champ_inconnu', undefined, 'notice');
    expect(summarizeProblems(true, [], 'fr')).to.equal(`Flux valide${NBSP}: aucun problème.`);
    expect(summarizeProblems(true, [notice], 'fr')).to.equal(`Flux valide, avec 1${NBSP}remarque (champs inconnus, ignorés).`);
    expect(summarizeProblems(true, [error, error, notice, notice], 'fr')).to.equal(
      `Flux lu, avec 2${NBSP}erreurs et 2${NBSP}remarques${NBSP}: ce qui est en erreur est laissé de côté, le reste s’affiche.`,
    );
    expect(summarizeProblems(false, [error], 'fr')).to.equal(`Flux rejeté, avec 1${NBSP}erreur${NBSP}: les widgets afficheront un message d’erreur.`);
    expect(summarizeProblems(true, [], 'en')).to.equal('Valid feed: no problem.');
    expect(summarizeProblems(true, [notice, notice], 'en')).to.equal('Valid feed, with 2 notices (unknown fields, ignored).');
    expect(summarizeProblems(true, [error], 'en')).to.equal('Feed read, with 1 error: what is wrong is left out, the rest is shown.');
    expect(summarizeProblems(false, [error, error, notice], 'en')).to.equal('Feed rejected, with 2 errors and 1 notice: the widgets will show an error message.');
  });

  it('has every expected phrase and word in both languages', () => {
    expect(Object.keys(EXPECTED.en).sort()).to.deep.equal(Object.keys(EXPECTED.fr).sort());
    expect(Object.keys(FEED_WORDS.en).sort()).to.deep.equal(Object.keys(FEED_WORDS.fr).sort());
  });
});
