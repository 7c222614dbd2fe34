/** Bench page: d3-org-chart draws the same 500 nodes (every branch open, no transition: its fastest first render). */
// @ts-expect-error: d3-org-chart ships no types.
import { OrgChart } from 'd3-org-chart';
import { feed, time } from './common.js';

const KINDS: Record<string, string> = {
  organisation: 'Organisation',
  assemblee_generale: 'Assemblée générale',
  conseil_administration: 'Conseil d’administration',
  bureau: 'Bureau',
  commission: 'Commission',
  direction: 'Direction',
  service: 'Service',
  etablissement: 'Établissement',
  conseil_vie_sociale: 'Conseil de la vie sociale',
};

interface Row {
  id: string;
  parentId?: string;
  nom: string;
  kind: string;
  people: string[];
  _expanded: boolean;
}

const rows = (): Row[] =>
  feed.gouvernance.noeuds.map((n) => ({
    id: n.id,
    parentId: n.parent,
    nom: n.nom,
    kind: (n.type && KINDS[n.type]) ?? '',
    people: (n.personnes ?? []).map((p) => [p.role, p.nom].filter(Boolean).join(' : ')),
    _expanded: true,
  }));

(window as unknown as { runBench: () => Promise<unknown> }).runBench = () =>
  time(
    (stage) => {
      new OrgChart()
        .container(stage)
        .data(rows())
        .duration(0)
        .nodeWidth(() => 208)
        .nodeHeight(() => 90)
        .nodeContent(
          (d: { data: Row }) =>
            `<div class="card"><small>${d.data.kind}</small><br><strong>${d.data.nom}</strong>${d.data.people.map((p) => `<br>${p}`).join('')}</div>`,
        )
        .render();
    },
    () => document.querySelectorAll('#stage .node').length,
  );
