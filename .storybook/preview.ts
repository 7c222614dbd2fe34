import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Attributes, properties, events, parts and custom properties of every
// element, from the manifest generated from the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    options: { storySort: { order: ['Introduction', 'asso-feed', 'values-charter', 'formation-catalogue', 'service-map', 'governance-organigram'] } },
  },
  globalTypes: {
    lang: {
      description: 'Langue des widgets',
      defaultValue: 'fr',
      toolbar: { title: 'Langue', icon: 'globe', items: [{ value: 'fr', title: 'Français' }, { value: 'en', title: 'English' }] },
    },
  },
  decorators: [
    (story, context) => {
      document.documentElement.lang = context.globals.lang ?? 'fr';
      return story();
    },
  ],
};
export default preview;
