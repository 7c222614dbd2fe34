import { expect } from '@open-wc/testing';
import type { Gouvernance } from '../../src/feed/schema/gouvernance.js';
import { validateFeed } from '../../src/feed/validate.js';
import { gouvernance } from '../../src/feed/schema/gouvernance.js';
import { governanceJsonLd } from '../../src/governance-organigram/jsonld.js';
import { DASHES } from '../../src/governance-organigram/labels.js';
import { layoutTree } from '../../src/governance-organigram/layout.js';
import { findRanges, fold, searchNodes } from '../../src/governance-organigram/search.js';
import { buildSvg, wrap } from '../../src/governance-organigram/svg-export.js';
import {
  ancestors,
  buildTree,
  collapsedFrom,
  kids,
  siblings,
  stacksChildren,
  visibleNodes,
} from '../../src/governance-organigram/tree.js';
import { CHAUMIERE, CYCLE, GCSMS, LARGE, feedOf } from './helpers.js';
import { toProblem } from '../../src/feed/index.js';

const g = (noeuds: Gouvernance['noeuds'], liens: Gouvernance['liens'] = []): Gouvernance => ({ noeuds, liens });
const names = (ns: { data: { nom: string } }[]) => ns.map((n) => n.data.nom);

async function validGouvernance(url: string): Promise<Gouvernance> {
  const { feed, problems } = validateFeed(await feedOf(url), { gouvernance });
  expect(
    problems.filter((p) => p.severity === 'error'),
    JSON.stringify(problems),
  ).to.deep.equal([]);
  return feed!.gouvernance!;
}

describe('organigram tree building', () => {
  it('builds La Chaumière: two roots, levels, staff beside the director, ties on both ends', async () => {
    const tree = buildTree(await validGouvernance(CHAUMIERE));
    expect(tree.problems).to.deep.equal([]);
    expect(names(tree.roots)).to.deep.equal(['Les Amis de la Chaumière', 'Maison d’enfants La Chaumière']);
    const director = tree.nodes.find((n) => n.data.id === 'directeur')!;
    expect(director.level).to.equal(2);
    expect(names(director.staff)).to.deep.equal(['Psychologue']);
    expect(names(kids(director))).to.deep.equal(['Psychologue', 'Cadres', 'Comités et commissions']);
    expect(director.ties.map((t) => `${t.dir} ${t.kind} ${t.otherName}`)).to.deep.equal([
      'in delegation Conseil d’administration',
      'in appui Conseil d’administration',
    ]);
    const ca = tree.nodes.find((n) => n.data.id === 'ca')!;
    expect(ca.ties.map((t) => t.dir)).to.deep.equal(['out', 'out']);
    // Reading order: depth first, staff first.
    expect(tree.nodes.map((n) => n.data.id).slice(4, 8)).to.deep.equal([
      'maison',
      'directeur',
      'psychologue',
      'cadres',
    ]);
    expect(siblings(tree, tree.roots[1])).to.equal(tree.roots);
    expect(names(ancestors(tree.nodes.find((n) => n.data.id === 'sepad')!))).to.deep.equal([
      'Cadres',
      'Directeur de la Maison d’enfants',
      'Maison d’enfants La Chaumière',
    ]);
  });

  it('keeps a tie to an outside body named in words (pilotage by the Direction de la Cohésion Sociale)', async () => {
    const tree = buildTree(await validGouvernance(GCSMS));
    expect(tree.problems).to.deep.equal([]);
    const copil = tree.nodes.find((n) => n.data.id === 'copil')!;
    expect(copil.ties[0]).to.include({
      kind: 'pilotage',
      dir: 'in',
      otherName: 'Direction de la Cohésion Sociale',
      other: undefined,
    });
  });

  it('reports a loop, a self-parent, an unknown parent and a duplicated id, and shows those nodes as roots', async () => {
    const tree = buildTree(await validGouvernance(CYCLE));
    const byPath = Object.fromEntries(tree.problems.map((p) => [p.path, p]));
    expect(Object.keys(byPath)).to.have.members([
      'gouvernance.noeuds[7].id',
      'gouvernance.noeuds[6].parent',
      'gouvernance.noeuds[2].parent',
      'gouvernance.noeuds[5].parent',
      'gouvernance.liens[0].vers',
      'gouvernance.liens[1].de',
      'gouvernance.liens[1].vers',
      'gouvernance.liens[2].vers',
      'gouvernance.liens[3]',
    ]);
    expect(byPath['gouvernance.noeuds[7].id']).to.include({
      expected: 'identifiant_unique',
      skipped: 'gouvernance.noeuds[7]',
    });
    expect(byPath['gouvernance.noeuds[6].parent']).to.include({
      expected: 'reference_inconnue',
      found: '"inconnu"',
    });
    expect(byPath['gouvernance.noeuds[2].parent']).to.include({
      expected: 'cycle',
      found: '"c"',
    });
    expect(toProblem(byPath['gouvernance.noeuds[2].parent']).message.fr).to.equal(
      'gouvernance.noeuds[2].parent\u00a0: parent qui ne crée pas de boucle attendu, reçu "c"',
    );
    expect(byPath['gouvernance.noeuds[5].parent']).to.include({
      expected: 'cycle',
    });
    expect(byPath['gouvernance.liens[0].vers']).to.include({
      expected: 'reference_inconnue',
      skipped: 'gouvernance.liens[0]',
    });
    expect(byPath['gouvernance.liens[2].vers']).to.include({
      expected: 'extremite_lien',
      skipped: 'gouvernance.liens[2]',
    });
    expect(byPath['gouvernance.liens[3]']).to.include({
      expected: 'extremite_lien',
    });
    expect(names(tree.roots)).to.deep.equal([
      'Conseil d’administration',
      'Commission A',
      'Comité de soi-même',
      'Service orphelin',
    ]);
    expect(names(tree.nodes)).to.have.length(7);
    expect(tree.ties).to.have.length(1);
    const a = tree.roots[1];
    expect(names(a.children)).to.deep.equal(['Commission B']);
    expect(names(a.children[0].children)).to.deep.equal(['Commission C']);
  });

  it('falls back to the name given beside an unknown tie end', () => {
    const tree = buildTree(g([{ id: 'a', nom: 'A' }], [{ type: 'appui', de: 'x', de_nom: 'X', vers: 'a' }]));
    expect(tree.ties).to.have.length(1);
    expect(tree.ties[0].fromName).to.equal('X');
    expect(tree.problems.map((p) => p.path)).to.deep.equal(['gouvernance.liens[0].de']);
    expect(tree.problems[0].skipped).to.equal(undefined);
  });

  it('handles a long chain and a large loop without recursion', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => ({
      id: `n${i}`,
      nom: `N${i}`,
      parent: `n${(i + 1) % 5000}`,
    }));
    const tree = buildTree(g(chain));
    expect(tree.roots).to.have.length(1);
    expect(tree.nodes).to.have.length(5000);
    expect(tree.problems).to.have.length(1);
    expect(Math.max(...tree.nodes.map((n) => n.level))).to.equal(5000);
  });

  it('an empty or missing section gives an empty tree', () => {
    expect(buildTree(undefined).nodes).to.deep.equal([]);
    expect(buildTree(g([])).roots).to.deep.equal([]);
  });

  it('visible nodes follow the collapsed branches; collapsedFrom closes levels', async () => {
    const tree = buildTree(await validGouvernance(CHAUMIERE));
    expect(visibleNodes(tree, new Set())).to.have.length(tree.nodes.length);
    const closed = collapsedFrom(tree, 1);
    expect(names(visibleNodes(tree, closed))).to.deep.equal(names(tree.roots));
    const two = collapsedFrom(tree, 2);
    expect(names(visibleNodes(tree, two))).to.deep.equal([
      'Les Amis de la Chaumière',
      'Assemblée générale',
      'Maison d’enfants La Chaumière',
      'Directeur de la Maison d’enfants',
      'Conseil de la vie sociale',
    ]);
  });
});

describe('organigram search', () => {
  it('folds case and accents', () => {
    expect(fold('Présidente ÉLODIE')).to.equal('presidente elodie');
  });

  it('finds ranges in the original text whatever the accents', () => {
    expect(findRanges('Comité de pilotage', 'comite')).to.deep.equal([[0, 6]]);
    expect(findRanges('Élodie et élodie', 'elodie')).to.deep.equal([
      [0, 6],
      [10, 16],
    ]);
    expect(findRanges('abc', '  ')).to.deep.equal([]);
    expect(findRanges('abc', 'x')).to.deep.equal([]);
  });

  it('matches names, acronyms, people and roles', async () => {
    const tree = buildTree(await validGouvernance(CHAUMIERE));
    expect(names([...searchNodes(tree.nodes, 'presidente')])).to.deep.equal(['Conseil d’administration']);
    expect(names([...searchNodes(tree.nodes, 'cvs')])).to.deep.equal(['Conseil de la vie sociale']);
    expect(names([...searchNodes(tree.nodes, 'MARCHAL')])).to.deep.equal(['Conseil d’administration']);
    expect(searchNodes(tree.nodes, 'internat').size).to.equal(2);
    expect(searchNodes(tree.nodes, ' ').size).to.equal(0);
  });
});

describe('organigram layout (SVG export)', () => {
  it('places every node without overlap, parents above children, staff beside', async () => {
    const tree = buildTree(await validGouvernance(CHAUMIERE));
    const { boxes, width, height } = layoutTree(tree, 200, () => 60, stacksChildren);
    expect(boxes.size).to.equal(tree.nodes.length);
    const list = [...boxes.values()];
    for (const a of list)
      for (const b of list) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap, `${a.node.data.nom} / ${b.node.data.nom}`).to.be.false;
      }
    for (const b of list) {
      expect(b.x).to.be.at.least(0);
      expect(b.x + b.w).to.be.at.most(width + 0.01);
      expect(b.y + b.h).to.be.at.most(height + 0.01);
      if (b.node.parent) expect(b.y).to.be.greaterThan(boxes.get(b.node.parent)!.y);
    }
    const director = tree.nodes.find((n) => n.data.id === 'directeur')!;
    const psy = boxes.get(director.staff[0])!;
    expect(psy.x).to.be.greaterThan(boxes.get(director)!.x + 100);
    const cadres = tree.nodes.find((n) => n.data.id === 'cadres')!;
    expect(stacksChildren(cadres)).to.be.true;
    expect(stacksChildren(director)).to.be.false;
    // Stacked leaves share one column.
    expect(new Set(cadres.children.map((c) => boxes.get(c)!.x)).size).to.equal(1);
  });

  it('wraps text at spaces and cuts words that are too long', () => {
    expect(wrap('Conseil de la vie sociale', 12)).to.deep.equal(['Conseil de', 'la vie', 'sociale']);
    expect(wrap('abcdefghijklmnop', 5)).to.deep.equal(['abcde', 'fghij', 'klmno', 'p']);
    expect(wrap('ab abcdefghijk', 5)).to.deep.equal(['ab', 'abcde', 'fghij', 'k']);
    expect(wrap('')).to.deep.equal([]);
  });

  it('exports a well-formed SVG with every node, its dashed ties and a legend', async () => {
    const tree = buildTree(await validGouvernance(GCSMS));
    const svg = buildSvg(tree, {
      title: 'Gouvernance <du> "GCSMS" & co',
      kind: (n) => n.data.type,
      name: (n) => n.data.nom,
      people: () => ['Présidente : X'],
      ties: (n) => n.ties.map((t) => t.otherName),
      hierarchy: 'Rattachement',
      tieNames: {
        delegation: 'Délégation',
        appui: 'Appui',
        pilotage: 'Pilotage',
        representation: 'Représentation',
      },
      dashes: DASHES,
      stacks: stacksChildren,
    });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).to.be.true;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(doc.querySelector('title')!.textContent).to.equal('Gouvernance <du> "GCSMS" & co');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    for (const n of tree.nodes) for (const word of n.data.nom.split(' ')) expect(text).to.contain(word);
    expect(doc.querySelectorAll('path[stroke-dasharray]').length).to.be.at.least(3);
    expect(text).to.contain('Pilotage');
    expect(text).to.contain('Rattachement');
  });

  it('lays out 500 nodes', async () => {
    const tree = buildTree(await validGouvernance(LARGE));
    expect(tree.nodes).to.have.length(500);
    expect(layoutTree(tree, 200, () => 50, stacksChildren).boxes.size).to.equal(500);
  });
});

describe('organigram JSON-LD', () => {
  it('maps bodies to Organization with parentOrganization and people to member → OrganizationRole → Person', async () => {
    const feed = await feedOf(CHAUMIERE);
    const tree = buildTree(await validGouvernance(CHAUMIERE));
    const ld = governanceJsonLd(feed.organisation, tree, 'https://example.org/page') as { '@graph': any[] };
    const graph = ld['@graph'];
    const org = graph[0];
    expect(org).to.include({
      '@type': 'Organization',
      '@id': 'https://example.org/page#organisation',
      name: 'Les Amis de la Chaumière',
    });
    const byName = Object.fromEntries(graph.map((x) => [x.name, x]));
    expect(byName['Les Amis de la Chaumière']).to.equal(org); // the root node is the organisation itself
    expect(byName['Assemblée générale'].parentOrganization).to.deep.equal({
      '@id': org['@id'],
    });
    const ca = byName['Conseil d’administration'];
    expect(ca.parentOrganization).to.deep.equal({
      '@id': byName['Assemblée générale']['@id'],
    });
    expect(ca.member[0]).to.deep.equal({
      '@type': 'OrganizationRole',
      roleName: 'Présidente',
      startDate: '2021-06-12',
      endDate: undefined,
      member: { '@type': 'Person', name: 'Hélène Marchal' },
    });
    expect(byName['Maison d’enfants La Chaumière'].parentOrganization).to.deep.equal({ '@id': org['@id'] });
    // Posts are not organisations.
    expect(byName['Psychologue']).to.equal(undefined);
    expect(byName['Cadres']).to.equal(undefined);
    expect(byName['Assemblée générale'].member).to.equal(undefined);
  });

  it('a post held by a named person is a role of the nearest body; member organisations are members', () => {
    const tree = buildTree(
      g([
        { id: 'ca', nom: 'Conseil', type: 'conseil_administration' },
        {
          id: 'p',
          nom: 'Directrice',
          type: 'poste',
          parent: 'ca',
          personnes: [{ nom: 'Inès Garcia', depuis: '2020-01-01' }, { role: 'Adjointe' }],
        },
        { id: 'm', nom: 'Association membre', type: 'membre', parent: 'ca' },
        { id: 'x', nom: 'Partenaire', type: 'partenaire' },
        {
          id: 'r',
          nom: 'Secrétaire',
          type: 'poste',
          personnes: [{ nom: 'Paul Simon', role: 'Secrétaire général' }],
        },
      ]),
    );
    const ld = governanceJsonLd({ nom: 'Asso', sigle: 'AS' }, tree, 'https://example.org/') as { '@graph': any[] };
    const [org, ca] = ld['@graph'];
    expect(ld['@graph']).to.have.length(2);
    expect(ca.member).to.deep.equal([
      {
        '@type': 'OrganizationRole',
        roleName: 'Directrice',
        startDate: '2020-01-01',
        endDate: undefined,
        member: { '@type': 'Person', name: 'Inès Garcia' },
      },
      {
        '@type': 'Organization',
        name: 'Association membre',
        alternateName: undefined,
      },
    ]);
    expect(org.member[0].roleName).to.equal('Secrétaire général');
  });
});
