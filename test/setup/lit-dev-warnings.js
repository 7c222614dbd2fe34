/* global console, setTimeout */
// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml).
// Lit's development build warns about mistakes it can detect (an update
// scheduled during an update, a missing property, a wrong binding…): such a
// warning fails the test that triggered it, instead of scrolling past in the
// logs. Only the notice that Lit runs in dev mode is expected.
(() => {
  const warn = console.warn;
  console.warn = function (...args) {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg/') && !text.includes('lit.dev/msg/dev-mode')) {
      // Thrown outside Lit's update, so the element is not disturbed; mocha
      // fails the running test with it.
      setTimeout(() => {
        throw new Error(`Lit dev-mode warning: ${text}`);
      });
    }
    return warn.apply(this, args);
  };
})();
