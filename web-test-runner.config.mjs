// Tests run in real Chromium (Debian's, found by scripts/find-chromium.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

const executablePath = findChromium();
if (!executablePath) {
  throw new Error('Chromium was not found: run `npm test` (it installs Debian\'s chromium when it can) or set CHROME_PATH.');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  rootDir: '.',
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      // Each test page in its own window: with two pages at once, the second
      // would be a background tab that never gets an animation frame.
      async createPage({ context }) {
        const browser = context.browser();
        const session = await browser.target().createCDPSession();
        const { targetId } = await session.send('Target.createTarget', { url: 'about:blank', newWindow: true });
        const target = await browser.waitForTarget((t) => t._targetId === targetId);
        return target.page();
      },
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, '--lang=fr-FR'],
      },
    }),
  ],
  // Two cores: two test files at once.
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  browserStartTimeout: 60000,
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.d.ts', 'node_modules/**'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
    threshold: { statements: 90, branches: 75, functions: 85, lines: 90 },
  },
  // A Lit dev-mode warning fails the test that caused it (test/setup/lit-dev-warnings.js).
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script src="/test/setup/lit-dev-warnings.js"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter({ reportTestResults: true, reportTestProgress: !process.env.CI }), summaryReporter()],
  filterBrowserLogs: ({ args }) =>
    !args.some((a) => typeof a === 'string' && (a.includes('Lit is in dev mode') || a.includes('[asso-widgets]'))),
};
