// A large, realistic governance: an association with its bodies and a
// network of establishments, each with a director, a staff post, services
// and teams. Deterministic, so that every run and the fixture are the same.
// `node bench/governance-organigram/large-feed.mjs 500 > fixtures/feeds/organigram-large.json`
const FIRST = ['Claire', 'Julien', 'Nadia', 'Thomas', 'Sophie', 'Karim', 'Élodie', 'Marc', 'Inès', 'Paul'];
const LAST = ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Michel', 'Garcia'];
const person = (i, role) => ({
  nom: `${FIRST[i % 10]} ${LAST[(i * 7) % 10]}`,
  role,
});

export function largeGouvernance(total = 500) {
  const noeuds = [];
  const liens = [];
  const add = (node) => {
    if (noeuds.length < total) noeuds.push(node);
    return noeuds.length <= total;
  };
  add({
    id: 'asso',
    nom: 'Association du réseau',
    type: 'organisation',
    mission: 'Gérer les établissements du réseau.',
  });
  add({
    id: 'ag',
    nom: 'Assemblée générale',
    type: 'assemblee_generale',
    parent: 'asso',
    nombre_membres: 150,
  });
  add({
    id: 'ca',
    nom: 'Conseil d’administration',
    type: 'conseil_administration',
    parent: 'ag',
    nombre_membres: 16,
    frequence_reunions: 'Se réunit tous les deux mois',
    personnes: [person(1, 'Présidente'), person(2, 'Trésorier'), person(3, 'Secrétaire')],
  });
  add({ id: 'bureau', nom: 'Bureau', type: 'bureau', parent: 'ca' });
  for (let c = 1; c <= 4; c++)
    add({
      id: `commission-${c}`,
      nom: `Commission ${c}`,
      type: 'commission',
      parent: 'ca',
    });
  add({
    id: 'dg',
    nom: 'Direction générale',
    type: 'direction',
    parent: 'asso',
    personnes: [person(4, 'Directrice générale')],
  });
  add({
    id: 'dg-assistant',
    nom: 'Assistante de direction',
    type: 'poste',
    parent: 'dg',
    assistant: true,
  });
  liens.push({
    type: 'delegation',
    de: 'ca',
    vers: 'dg',
    document: {
      texte: 'Document unique de délégation',
      url: 'https://example.org/dud.pdf',
    },
  });
  liens.push({ type: 'appui', de: 'ca', vers: 'dg' });
  let e = 0;
  while (noeuds.length < total) {
    e++;
    const et = `etab-${e}`;
    if (
      !add({
        id: et,
        nom: `Établissement ${e}`,
        type: 'etablissement',
        parent: 'dg',
        mission: `Accueillir et accompagner les personnes du secteur ${e}.`,
      })
    )
      break;
    add({
      id: `${et}-dir`,
      nom: `Direction de l’établissement ${e}`,
      type: 'poste',
      parent: et,
      personnes: [person(e, 'Directeur')],
    });
    add({
      id: `${et}-psy`,
      nom: `Psychologue ${e}`,
      type: 'poste',
      parent: `${et}-dir`,
      assistant: true,
    });
    add({
      id: `${et}-cvs`,
      nom: `Conseil de la vie sociale ${e}`,
      sigle: 'CVS',
      type: 'conseil_vie_sociale',
      parent: et,
    });
    liens.push({ type: 'delegation', de: 'dg', vers: `${et}-dir` });
    for (let s = 1; s <= 4 && noeuds.length < total; s++) {
      const sv = `${et}-service-${s}`;
      add({
        id: sv,
        nom: `Service ${e}.${s}`,
        type: 'service',
        parent: `${et}-dir`,
        personnes: [person(e * 4 + s, 'Cheffe de service')],
      });
      for (let t = 1; t <= 5 && noeuds.length < total; t++) {
        add({
          id: `${sv}-equipe-${t}`,
          nom: `Équipe ${e}.${s}.${t}`,
          type: 'service',
          parent: sv,
        });
      }
    }
  }
  return {
    titre: 'Organigramme du réseau',
    noeuds,
    liens: liens.filter((l) => noeuds.some((n) => n.id === l.vers)),
  };
}

export function largeFeed(total = 500) {
  return {
    $schema: '../../schema/feed.schema.json',
    version: '1.0',
    commentaire: `A generated governance of ${total} nodes (bench/governance-organigram/large-feed.mjs); names are invented.`,
    organisation: { nom: 'Association du réseau' },
    gouvernance: largeGouvernance(total),
  };
}

if (typeof process !== 'undefined' && import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(largeFeed(Number(process.argv[2] ?? 500)), null, 1)}\n`);
}
