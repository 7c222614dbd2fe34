import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/governance-organigram/governance-organigram.js';
import type { GovernanceOrganigram } from '../src/governance-organigram/governance-organigram.js';

// The shared fixture feeds, loaded by URL as a page would.
const CHAUMIERE = '/fixtures/feeds/chaumiere.json';
const GCSMS = '/fixtures/feeds/gcsms.json';

/** A URL whose answer never comes, to show the loading state. */
const NEVER = '/fixtures/feeds/organigram-never-answers.json';
const previousFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(NEVER)
    ? new Promise<Response>(() => {})
    : previousFetch(input, init);

interface Args {
  src: string;
  layout: 'auto' | 'chart' | 'tree';
  'heading-level': number;
  'open-levels'?: number;
  'no-search': boolean;
  'no-download': boolean;
  lang?: string;
  /** Story only: the width of the container. */
  width?: string;
  /** Story only: a search run once the chart is shown. */
  search?: string;
  /** Story only: put the element in the state it takes for printing. */
  print?: boolean;
}

/** Runs the story's search, or its print state, once the chart is drawn. */
function afterLoad(args: Args) {
  return (e: Event) => {
    const el = e.currentTarget as GovernanceOrganigram;
    requestAnimationFrame(() => {
      if (args.search) el.search(args.search);
      if (args.print) window.dispatchEvent(new Event('beforeprint'));
    });
  };
}

const meta: Meta<Args> = {
  title: 'governance-organigram',
  component: 'governance-organigram',
  args: {
    src: CHAUMIERE,
    layout: 'auto',
    'heading-level': 2,
    'no-search': false,
    'no-download': false,
  },
  argTypes: {
    src: { control: 'text' },
    layout: { control: 'inline-radio', options: ['auto', 'chart', 'tree'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'open-levels': { control: { type: 'number', min: 1, max: 8 } },
    'no-search': { control: 'boolean' },
    'no-download': { control: 'boolean' },
    width: { control: 'text' },
    search: { control: 'text' },
    print: { table: { disable: true } },
  },
  render: (args) =>
    html`<div style="max-width:${args.width ?? 'none'}">
      <governance-organigram
        src=${args.src}
        layout=${args.layout}
        heading-level=${args['heading-level']}
        open-levels=${args['open-levels'] ?? nothing}
        ?no-search=${args['no-search']}
        ?no-download=${args['no-download']}
        lang=${args.lang ?? nothing}
        timeout=${args.src === NEVER ? 3600000 : 10000}
        @asso-load=${afterLoad(args)}
      ></governance-organigram>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed is on its way: the space is reserved and the state is announced politely. */
export const Loading: Story = { args: { src: NEVER } };

/**
 * La Chaumière: the association (general assembly of 150 members, a board of 16 volunteers meeting every two
 * months, ad hoc commissions) and its children's home (the director with the psychologist beside him, the
 * managers and their services, committees, the Conseil de la vie sociale). Two roots; the board's delegation and
 * support to the director are drawn dashed and dotted and stated in words. Click a card, or press Enter on it,
 * for its details.
 */
export const Chaumiere: Story = { name: 'La Chaumière' };

/** The GCSMS: general assembly and members, commissions, the COPIL steered by the Direction de la Cohésion Sociale (an outside body, named in words), the SIAO and the Document unique de délégation. */
export const Gcsms: Story = { name: 'GCSMS', args: { src: GCSMS } };

/**
 * Secondary ties drawn as lines in the chart: the GCSMS all open, with the delegation to the SIAO's
 * coordination drawn around the cards, and steering between the COPIL and the SIAO. The steering by the
 * Direction de la Cohésion Sociale, outside the chart, stays in words.
 */
export const TieLines: Story = { name: 'Ties as lines', args: { src: GCSMS, layout: 'chart' } };

/** `open-levels="1"`: only the roots at first; arrow keys, the toggles or "Tout déplier" open the branches. */
export const Collapsed: Story = { args: { 'open-levels': 1 } };

/** A search by name or role: matches highlighted, their branches opened, their number announced ("1 résultat"). */
export const Searched: Story = {
  args: { 'open-levels': 1, search: 'trésorier' },
};

/** A narrow container (a phone, a sidebar): the indented tree. The layout follows the container's width, not the window's. */
export const Narrow: Story = { args: { width: '320px' } };

/** `layout="tree"`: the indented tree at any width. */
export const TreeLayout: Story = { args: { layout: 'tree', src: GCSMS } };

/**
 * The state the element takes for printing: every branch open, the chart zoomed to the page's width (or the
 * indented tree when the chart would be too small to read). On paper the toolbar disappears too: use the
 * browser's print preview to see it.
 */
export const PrintView: Story = { args: { 'open-levels': 1, print: true } };

/** `lang="en"` (or any ancestor's): the interface in English; the feed's text stays as written. */
export const English: Story = { args: { src: GCSMS, lang: 'en' } };

/** A feed whose governance has no node yet. */
export const Empty: Story = {
  args: { src: '/fixtures/feeds/organigram-empty.json' },
};

/** The feed cannot be loaded: a sentence a visitor understands and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: '/fixtures/feeds/does-not-exist.json' },
};

/** A loop of parents, a node that is its own parent, an unknown parent, ties that name no node: nothing hangs, those nodes become roots, and the console and the `asso-error` event say which fields are wrong. */
export const BrokenStructure: Story = {
  args: { src: '/fixtures/feeds/organigram-cycle.json' },
};

/** Markup and `javascript:` links in every field: shown as text, never run, never followed. */
export const Hostile: Story = {
  args: { src: '/fixtures/feeds/organigram-hostile.json' },
};

/** 500 nodes (the benchmark's tree), two levels open. */
export const Large: Story = {
  args: { src: '/fixtures/feeds/organigram-large.json', 'open-levels': 2 },
};
