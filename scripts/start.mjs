#!/usr/bin/env node
// npm start: serves the demo (demo/, on the embedded sample feeds in
// fixtures/feeds/) with Vite and prints its address. PORT and HOST may be set.
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const server = await createServer({ configFile: 'vite.config.ts', server: { port, host, strictPort: false } });
await server.listen();
const address = server.resolvedUrls?.local[0] ?? `http://${host}:${port}/`;
console.log(`\n  asso-widgets demo: ${new URL('demo/', address).href}\n  (feed validator: ${new URL('demo/validate.html', address).href}; Ctrl+C to stop)\n`);
