// Builds one entry into a self-contained, minified ES module (everything
// inlined but dynamic imports, which become lazy chunks). Used for the
// one-file bundle dist/asso-widgets.js and for the size budgets.
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

export async function bundleEntry({ entry, outDir, fileName, chunkDir = 'chunks', sourcemap = false, emptyOutDir = true, extendEntry = false }) {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      sourcemap,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => (fileName.includes('[hash]') ? fileName : `${fileName}.js`) },
      rollupOptions: {
        // With `extendEntry`, the code the entry needs at once stays in the
        // entry (lazy chunks import it from there) instead of being split
        // into shared chunks it would download in parallel.
        ...(extendEntry ? { preserveEntrySignatures: 'allow-extension' } : {}),
        output: { minify: true, chunkFileNames: `${chunkDir}/[name]-[hash].js` },
      },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output ?? []);
}
