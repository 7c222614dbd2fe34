import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/asso-feed/asso-feed.js';
import '../src/values-charter/values-charter.js';

// The shared fixture feeds, loaded by URL as a page would (Storybook serves
// fixtures/ at /fixtures; a JSON `import` from there would get the raw file).
const PARTIAL = '/fixtures/feeds/invalid-partial.json';

/** A small feed given as an object (`data`). */
const DATA = {
  version: '1.0',
  organisation: { nom: 'Association Les Tilleuls' },
  valeurs: {
    titre: 'Our values',
    valeurs: [
      { titre: 'Welcome', texte: 'Everyone is welcome as they are.', icone: 'accueil' },
      { titre: 'Solidarity', texte: 'We act with families and local partners.', icone: 'solidarite' },
    ],
  },
};

interface Args {
  src?: string;
  data?: unknown;
  timeout: number;
  lang?: string;
}

/** A URL whose answer never comes, to show the loading state. */
const NEVER = '/fixtures/feeds/asso-feed-never-answers.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(NEVER) ? new Promise<Response>(() => {}) : realFetch(input, init);

const meta: Meta<Args> = {
  title: 'asso-feed',
  component: 'asso-feed',
  args: { src: '/fixtures/feeds/chaumiere.json', timeout: 10000 },
  argTypes: {
    src: { control: 'text' },
    data: { control: 'object' },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Loads one feed once (one request, however many widgets) and hands it to every asso-widgets element inside it. ' +
          'It shows nothing itself (`display: contents`); the widgets inside show the loading, error and loaded states. ' +
          'It fires `asso-load` and `asso-error` (bubbling, composed) with the URL, the HTTP status and the problems list.',
      },
    },
  },
  render: (args) =>
    html`<asso-feed src=${args.src ?? nothing} timeout=${args.timeout} lang=${args.lang ?? nothing} .data=${args.data}>
      <div style="display: grid; gap: 2rem;">
        <values-charter heading-level="2"></values-charter>
        <values-charter heading-level="2" layout="accordion"></values-charter>
      </div>
    </asso-feed>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One `<asso-feed src>` feeding two widgets: the feed is requested once and validated once (see the network panel). */
export const SeveralWidgets: Story = {};

/** While the feed is on its way, each widget reserves its space and says it is loading. */
export const Loading: Story = { args: { src: NEVER, timeout: 3600000 } };

/** The address answers 404: each widget shows a short sentence and a retry button that loads again, once for all. */
export const ErrorState: Story = { name: 'Error', args: { src: '/fixtures/feeds/does-not-exist.json' } };

/** Nothing arrives within `timeout` (here 1 s): the error state, with retry. */
export const Timeout: Story = { args: { src: NEVER, timeout: 1000 } };

/**
 * Some items are wrong (a value without a title, an unknown icon, a `javascript:` link, a date "3 avril"):
 * they are left out and reported in the console and the `asso-error` event (`partial: true`), the rest is shown.
 */
export const Partial: Story = { args: { src: PARTIAL } };

/** The same feed on an English page (`lang="en"` on `<asso-feed>` or any ancestor): the interface speaks English. */
export const English: Story = { args: { src: PARTIAL, lang: 'en' } };

/** The feed given as an object (`data` property) instead of an address. */
export const Data: Story = { args: { src: undefined, data: DATA, lang: 'en' } };

/** No `src` nor `data`: after the page has loaded, the widgets say there is nothing to show and the console says what to add. */
export const NoSource: Story = { args: { src: undefined, timeout: 500 } };
