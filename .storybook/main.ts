// Storybook, configured by hand (no `storybook init`, which downloads a browser).
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The shared fixture feeds, so stories can load them by URL like a real page.
  staticDirs: [{ from: '../fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(config) {
    // Our vite.config.ts builds the npm library; Storybook builds an app.
    if (config.build) {
      delete config.build.lib;
      if (config.build.rollupOptions) delete config.build.rollupOptions.external;
    }
    return config;
  },
};
export default config;
