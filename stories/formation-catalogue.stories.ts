import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/formation-catalogue/formation-catalogue.js';

// The shared fixture feeds, loaded by URL as a page would (Storybook serves fixtures/ at /fixtures).
const FEED = '/fixtures/feeds/formations.json';

interface Args {
  src?: string;
  'heading-level': number;
  theme?: string;
  reference?: string;
  'upcoming-only': boolean;
  sort: 'date' | 'titre' | 'prix';
  audit: boolean;
  today?: string;
  'no-url-state': boolean;
  lang?: string;
}

/** A URL whose answer never comes, to show the loading state. */
const NEVER = '/fixtures/feeds/formations-never-answers.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(NEVER) ? new Promise<Response>(() => {}) : realFetch(input, init);

const meta: Meta<Args> = {
  title: 'formation-catalogue',
  component: 'formation-catalogue',
  // A fixed "today" keeps the stories the same whatever the date; the stories keep
  // their view out of Storybook's address bar (the demo page shows the URL state).
  args: { src: FEED, 'heading-level': 2, 'upcoming-only': false, sort: 'date', audit: false, today: '2026-11-23', 'no-url-state': true },
  argTypes: {
    src: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'text' },
    reference: { control: 'text' },
    'upcoming-only': { control: 'boolean' },
    sort: { control: 'inline-radio', options: ['date', 'titre', 'prix'] },
    audit: { control: 'boolean' },
    today: { control: 'text' },
    'no-url-state': { control: 'boolean' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
  },
  render: (args) =>
    html`<formation-catalogue
      src=${args.src ?? nothing}
      heading-level=${args['heading-level']}
      theme=${args.theme ?? nothing}
      reference=${args.reference ?? nothing}
      ?upcoming-only=${args['upcoming-only']}
      sort=${args.sort}
      ?audit=${args.audit}
      today=${args.today ?? nothing}
      ?no-url-state=${args['no-url-state']}
      lang=${args.lang ?? nothing}
      timeout=${args.src === NEVER ? 3600000 : 10000}
    ></formation-catalogue>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed is on its way: the space is reserved and the state is announced politely. */
export const Loading: Story = { args: { src: NEVER } };

/**
 * The catalogue: 14 trainings of the social and medico-social sector (the real ref. 9209 among
 * invented ones), with search, filters and sort; the number found is announced to screen readers.
 */
export const List: Story = {};

/** A theme page: `theme="Management"` and `upcoming-only` preset the filters from the markup. */
export const Filtered: Story = { args: { theme: 'Management', 'upcoming-only': true } };

/** A feed without trainings. */
export const Empty: Story = { args: { src: '/fixtures/feeds/formations-empty.json' } };

/**
 * `reference="9209"`: one training alone, as on its own page — every Qualiopi indicator-1 item in
 * its labelled section, the sessions with "Ajouter à mon agenda", the prices and the on-site quote estimator.
 */
export const OneTraining: Story = { name: 'One training', args: { reference: '9209' } };

/**
 * The seed as published: only its 2024 sessions (hidden as past, shown on demand) and the feed's message
 * "Les dates pour l’année prochaine seront communiquées fin août".
 */
export const DatesToBeAnnounced: Story = {
  name: 'Dates to be announced',
  args: { src: '/fixtures/feeds/formations-tba.json', reference: '9209' },
};

/** `audit`, for the webmaster: what each training misses for Qualiopi indicators 1 and 2, and information older than twelve months. */
export const Audit: Story = { name: 'Audit mode', args: { audit: true } };

/** The feed cannot be used (here, a feed of another version): a sentence a visitor understands; details in the console and the `asso-error` event. */
export const ErrorState: Story = { name: 'Error', args: { src: '/fixtures/feeds/formations-error.json' } };

/** Some trainings of the feed are wrong: they are left out (and reported), the others are shown. */
export const InvalidItems: Story = { args: { src: '/fixtures/feeds/formations-invalid.json' } };

/** Hostile text in every field shows as text; `javascript:` links are dropped. */
export const HostileText: Story = { args: { src: '/fixtures/feeds/formations-hostile.json' } };

/** `lang="en"` (or any ancestor's): the interface, dates and prices in English; the feed's text stays as written. */
export const English: Story = { args: { lang: 'en' } };
