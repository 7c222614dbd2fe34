// Builds one entry into a self-contained, minified ES module (everything
// inlined but dynamic imports, which become lazy chunks). Used for the
// one-file bundle dist/asso-widgets.js and for the size budgets.
import { build } from 'vite';

export async function bundleEntry({ entry, outDir, fileName, chunkDir = 'chunks', sourcemap = false, emptyOutDir = true }) {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      sourcemap,
      copyPublicDir: false,
      lib: { entry, formats: ['es'], fileName: () => `${fileName}.js` },
      rollupOptions: {
        output: { minify: true, chunkFileNames: `${chunkDir}/[name]-[hash].js` },
      },
    },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((o) => o.output ?? []);
}
