import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/service-map/service-map.js';
import type { ServiceMap } from '../src/service-map/service-map.component.js';

// The shared fixture feeds, loaded by URL as a page would.
const CHAUMIERE = '/fixtures/feeds/chaumiere.json';
const IMANO = '/fixtures/feeds/imano.json';
const GCSMS = '/fixtures/feeds/gcsms.json';

/** A URL whose answer never comes, to show the loading state. */
const NEVER = '/fixtures/feeds/never-answers.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(NEVER)
    ? new Promise<Response>(() => {})
    : realFetch(input, init);

interface Args {
  src?: string;
  heading?: string;
  'heading-level': number;
  tiles?: string;
  lang?: string;
  kind?: string;
  audience?: string;
  theme?: string;
  search?: string;
  place?: string;
  'visible-only'?: boolean;
}

/** Waits for the element's map, then runs `act` on its shadow root. */
const when =
  (act: (el: ServiceMap, root: ShadowRoot) => void | Promise<void>) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const el = canvasElement.querySelector('service-map')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('[part~="map-svg"]'); i++)
      await new Promise((r) => setTimeout(r, 50));
    await act(el, el.shadowRoot!);
    await el.updateComplete;
  };

const meta: Meta<Args> = {
  title: 'service-map',
  component: 'service-map',
  args: { src: CHAUMIERE, 'heading-level': 2 },
  argTypes: {
    src: { control: 'text' },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 5 } },
    tiles: { control: 'text', description: '`ign-plan`, `osm` or an https URL template with {z}/{x}/{y}' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    kind: { control: 'text', description: 'presets the kind filter (`internat`)' },
    audience: { control: 'text', description: 'presets the audience filter (`familles`)' },
    theme: { control: 'text', description: 'presets the theme filter (`soutien-a-la-parentalite`)' },
    search: { control: 'text', description: 'presets the search (`Toul`)' },
    place: { control: 'text', description: 'opens a place at first (`internat-toul`)' },
    'visible-only': { control: 'boolean', description: 'checks « Seulement les lieux visibles sur la carte » at first' },
  },
  render: (args) =>
    html`<service-map
      src=${args.src ?? nothing}
      heading=${args.heading ?? nothing}
      heading-level=${args['heading-level']}
      tiles=${args.tiles ?? nothing}
      lang=${args.lang ?? nothing}
      kind=${args.kind ?? nothing}
      audience=${args.audience ?? nothing}
      theme=${args.theme ?? nothing}
      search=${args.search ?? nothing}
      place=${args.place ?? nothing}
      ?visible-only=${args['visible-only']}
      no-url-state
      timeout=${args.src === NEVER ? 3600000 : 10000}
    ></service-map>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed is on its way: announced politely. */
export const Loading: Story = { args: { src: NEVER } };

/**
 * La Chaumière's network: boarding homes in Vilcey-sur-Trey and Toul, the lieu de vie in Mont-l'Étroit, and three
 * services known only by their commune, placed at the centre of the département and marked "position approximative".
 * The département served (54) is shaded. No request leaves the site.
 */
export const Network: Story = {};

/** The 14 home-care structures of a regional programme: close markers are grouped with their count. */
export const GroupedMarkers: Story = { args: { src: IMANO, heading: 'Les structures engagées' } };

/** Filtered by theme (management approach) and by commune: the count is announced, the map follows. */
export const Filtered: Story = {
  args: { src: IMANO },
  play: when((_el, root) => {
    const select = root.querySelector<HTMLSelectElement>('select#theme')!;
    select.value = 'Approche Buurtzorg';
    select.dispatchEvent(new Event('change'));
  }),
};

/** Search by commune or postcode, ignoring accents and case, with no result. */
export const NoResult: Story = {
  play: when((_el, root) => {
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'Marseille';
    input.dispatchEvent(new Event('input'));
  }),
};

/** A place's details, opened from the list or from its marker: hours with "Ouvert maintenant" / "Fermé" (Europe/Paris), phone, e-mail, audiences, services. */
export const DetailsOpen: Story = {
  play: when((_el, root) => {
    root.querySelectorAll<HTMLButtonElement>('[part~="item-button"]')[1]!.click();
  }),
};

/** Places at the same spot (known only by their département) spread out when their group is activated at the closest zoom. */
export const SpreadGroup: Story = {
  play: when(async (el, root) => {
    for (let i = 0; i < 6 && !root.querySelector('[data-id="sepad"]'); i++) {
      const group = [...root.querySelectorAll('[part~="cluster"]')].find((c) =>
        c.getAttribute('aria-label')!.includes('SEPAD'),
      );
      group?.dispatchEvent(new MouseEvent('click'));
      await el.updateComplete;
    }
  }),
};

/**
 * « Seulement les lieux visibles sur la carte » (`visible-only`), zoomed in: the list and the count
 * (« N lieux dans la zone affichée ») keep to the places in the map's view, once it settles after each zoom or pan.
 */
export const VisibleOnly: Story = {
  args: { src: CHAUMIERE, 'visible-only': true },
  play: when(async (el, root) => {
    const zoomIn = root.querySelector<HTMLButtonElement>('[part~="zoom-button"]')!;
    for (let i = 0; i < 3; i++) zoomIn.click();
    await el.updateComplete;
  }),
};

/** The option on, and no place in the map's view: it says so, and « Afficher toute la liste » unchecks it. */
export const VisibleOnlyEmpty: Story = {
  args: { src: CHAUMIERE, 'visible-only': true },
  play: when(async (el, root) => {
    const map = root.querySelector<HTMLElement>('[part~="map"]')!;
    for (let i = 0; i < 12; i++)
      map.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true, bubbles: true }));
    await el.updateComplete;
  }),
};

/**
 * `tiles="ign-plan"`: a placeholder names the host (data.geopf.fr) and what it receives; nothing is requested, and
 * Leaflet is not loaded, until the visitor presses the button. The SVG map stays the default.
 */
/** Preset by attributes, as a link's parameters would (`?type=internat&lieu=internat-toul`; the stories keep the address alone: `no-url-state`). */
export const Preset: Story = { args: { kind: 'internat', place: 'internat-toul' } };

export const ConsentPlaceholder: Story = { args: { tiles: 'ign-plan' } };

/** `tiles="osm"`: the same placeholder for OpenStreetMap's tiles. */
export const ConsentOpenStreetMap: Story = { args: { tiles: 'osm' } };

/** A cooperation group covering a département: the area served is shaded; services without a place are listed. */
export const TerritorialCoverage: Story = { args: { src: GCSMS } };

/** Places without coordinates: placed by INSEE code or postcode when possible, listed only otherwise (and said so); overseas départements as insets. */
export const NoCoordinatesAndOverseas: Story = { args: { src: '/fixtures/feeds/map-no-coordinates.json' } };

/** Hostile text in every field: shown as text, nothing runs, unsafe links are not followed. */
export const HostileText: Story = {
  args: { src: '/fixtures/feeds/map-hostile.json' },
  play: when((_el, root) => {
    root.querySelector<HTMLButtonElement>('[part~="item-button"]')!.click();
  }),
};

/** `lang="en"`: the interface in English; the feed's text stays as written. */
export const English: Story = { args: { lang: 'en' } };

/** A feed without places or services. */
export const Empty: Story = { args: { src: '/fixtures/feeds/map-empty.json' } };

/** The feed cannot be loaded: a sentence a visitor understands and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: '/fixtures/feeds/does-not-exist.json' } };
