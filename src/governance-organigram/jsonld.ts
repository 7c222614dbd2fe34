/**
 * schema.org for the governance: the organisation and its bodies as
 * Organization (each body with `parentOrganization`), people as
 * `member` → OrganizationRole (roleName, startDate, endDate) → Person.
 * Member organisations (GCSMS members) are `member` → Organization.
 * Posts are not organisations: the people holding them are members, with
 * the post as role, of the nearest body above (or of the organisation).
 * Nobody is named who is not named in the feed.
 */
import type { Organisation } from '../feed/schema/index.js';
import { organizationJsonLd } from '../jsonld/organisation.js';
import type { JsonLd } from '../jsonld/jsonld-controller.js';
import type { OrgNode, OrgTree } from './tree.js';

const isPost = (n: OrgNode) => n.data.type === 'poste' || n.isStaff;
const isOutside = (n: OrgNode) => n.data.type === 'partenaire' || n.data.type === 'membre';

function roles(n: OrgNode): JsonLd[] {
  return (n.data.personnes ?? [])
    .filter((p) => p.nom)
    .map((p) => ({
      '@type': 'OrganizationRole',
      roleName: p.role ?? (isPost(n) ? n.data.nom : undefined),
      startDate: p.depuis,
      endDate: p.jusqu_a,
      member: { '@type': 'Person', name: p.nom },
    }));
}

/** `base` is the address the ids hang from (the page, without its fragment). */
export function governanceJsonLd(org: Organisation, tree: OrgTree, base: string): JsonLd {
  const orgId = `${base}#organisation`;
  const root: JsonLd & { member: JsonLd[] } = {
    ...organizationJsonLd(org),
    '@id': orgId,
    member: [],
  };
  const graph: Array<JsonLd & { member: JsonLd[] }> = [root];
  const entry = new Map<OrgNode, JsonLd & { member: JsonLd[] }>();
  const same = (n: OrgNode) =>
    !n.parent &&
    n.data.type === 'organisation' &&
    (n.data.nom === org.nom || (!!org.sigle && n.data.nom === org.sigle));

  // The nearest body above a node, or the organisation (parents come first in `nodes`).
  const holder = (n: OrgNode) => {
    for (let p = n.parent; p; p = p.parent) {
      const e = entry.get(p);
      if (e) return e;
    }
    return root;
  };

  for (const n of tree.nodes) {
    const d = n.data;
    if (same(n)) {
      entry.set(n, root);
      root.member.push(...roles(n));
    } else if (isOutside(n)) {
      if (d.type === 'membre')
        holder(n).member.push({
          '@type': 'Organization',
          name: d.nom,
          alternateName: d.sigle,
        });
    } else if (isPost(n)) {
      holder(n).member.push(...roles(n));
    } else {
      const parent = holder(n);
      const body = {
        '@type': 'Organization',
        '@id': `${base}#gouvernance-${encodeURIComponent(d.id)}`,
        name: d.nom,
        alternateName: d.sigle,
        description: d.mission || undefined,
        parentOrganization: { '@id': parent['@id'] },
        member: roles(n),
      };
      entry.set(n, body);
      graph.push(body);
    }
  }
  for (const e of graph) if (!e.member.length) delete (e as JsonLd).member;
  return { '@graph': graph };
}
