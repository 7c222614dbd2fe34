/**
 * One config for the demo server (`npm start`) and the npm library build
 * (`npm run build` → scripts/build.mjs, which also makes the one-file bundle
 * and checks size budgets).
 *
 * Library: one ES module per element define entry, plus the side-effect-free
 * root and the feed API; Lit and valibot stay external (the consumer's
 * bundler dedupes them). The one-file bundle (everything inlined) is built by
 * scripts/build.mjs with the same plugins.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
// @ts-expect-error: a plain ES module of the repo, without types.
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';

/** Entries of the npm package: name → source. Only the ones that exist (elements land one by one). */
export const LIB_ENTRIES: Record<string, string> = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    feed: 'src/feed/index.ts',
    all: 'src/all.ts',
    'asso-feed': 'src/asso-feed/asso-feed.ts',
    'values-charter': 'src/values-charter/values-charter.ts',
    'formation-catalogue': 'src/formation-catalogue/formation-catalogue.ts',
    'service-map': 'src/service-map/service-map.ts',
    'governance-organigram': 'src/governance-organigram/governance-organigram.ts',
  })
    .filter(([, file]) => existsSync(resolve(import.meta.dirname, file)))
    .map(([name, file]) => [name, resolve(import.meta.dirname, file)]),
);

export default defineConfig({
  root: '.',
  plugins: [minifyTemplatesPlugin()],
  server: { host: '127.0.0.1', open: false },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: { entry: LIB_ENTRIES, formats: ['es'] },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^valibot$/, /^leaflet($|\/)/, /^leaflet\.markercluster/],
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
