import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/values-charter/values-charter.js';

// The shared fixture feeds, loaded by URL as a page would (Storybook serves
// fixtures/ at /fixtures; a JSON `import` from there would get the raw file).
const GCSMS = '/fixtures/feeds/gcsms.json';
const CHAUMIERE = '/fixtures/feeds/chaumiere.json';

interface Args {
  layout: 'grid' | 'list' | 'accordion';
  'heading-level': number;
  group?: string;
  'no-figures': boolean;
  lang?: string;
  src?: string;
}

/** A URL whose answer never comes, to show the loading state. */
const NEVER = '/fixtures/feeds/never-answers.json';
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  String(input instanceof Request ? input.url : input).endsWith(NEVER) ? new Promise<Response>(() => {}) : realFetch(input, init);

const meta: Meta<Args> = {
  title: 'values-charter',
  component: 'values-charter',
  args: { layout: 'grid', 'heading-level': 2, 'no-figures': false, src: GCSMS },
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list', 'accordion'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    group: { control: 'text' },
    'no-figures': { control: 'boolean' },
    src: { control: 'text' },
  },
  render: (args) =>
    html`<values-charter
      layout=${args.layout}
      heading-level=${args['heading-level']}
      group=${args.group ?? nothing}
      ?no-figures=${args['no-figures']}
      lang=${args.lang ?? nothing}
      src=${args.src ?? nothing}
      timeout=${args.src === NEVER ? 3600000 : 10000}
    ></values-charter>`,
};
export default meta;

type Story = StoryObj<Args>;

/** While the feed is on its way: the space is reserved and the state is announced politely. */
export const Loading: Story = { args: { src: NEVER } };

/** The default layout: cards in columns that follow the element's width. The GCSMS's four founding principles and its ethics. */
export const Grid: Story = {};

/** One value under another, the icon beside the title. */
export const List: Story = { args: { layout: 'list' } };

/** Headings that hold buttons (WAI-ARIA accordion): Enter or Space opens a value, Up/Down/Home/End move between them. Prints expanded. */
export const Accordion: Story = { args: { layout: 'accordion' } };

/** `group="principes"`: one group alone, under its own heading. */
export const OneGroup: Story = { args: { group: 'principes' } };

/** Groups ("Le trépied du développement durable", "Des valeurs partagées…") and key figures that count up once on screen (not when the visitor asks for reduced motion). */
export const WithFigures: Story = { args: { src: CHAUMIERE } };

/** `lang="en"` (or any ancestor's): the interface and the numbers in English; the feed's text stays as written. */
export const English: Story = { args: { src: CHAUMIERE, lang: 'en' } };

/** A feed without values. */
export const Empty: Story = { args: { src: '/fixtures/feeds/values-empty.json' } };

/** The feed cannot be loaded: a sentence a visitor understands and a retry button; details for the webmaster in the console and the `asso-error` event. */
export const ErrorState: Story = { name: 'Error', args: { src: '/fixtures/feeds/does-not-exist.json' } };

/** Some values of the feed are wrong: they are left out (and reported), the others are shown. */
export const InvalidItems: Story = { args: { src: '/fixtures/feeds/values-invalid-items.json' } };

/** On a dark page: colours come from the page, so the charter stays readable. */
export const DarkBackground: Story = {
  args: { src: CHAUMIERE },
  decorators: [
    (story) =>
      html`<div style="background:#1e1b18;color:#f2ede6;padding:1.5rem;--asso-color-accent:#ffb37a;font-family:system-ui,sans-serif">
        ${story()}
      </div>`,
  ],
};
