// Every element works on a page with a strict Content-Security-Policy: no
// inline script, no eval or runtime code generation, no inline style
// attribute, no request to another origin. The page runs in an iframe with
// the policy in a <meta> tag; any violation fails the test.
import { expect, waitUntil } from '@open-wc/testing';

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const PAGE = `<!doctype html><html lang="fr"><head>
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<script src="/test/package/csp-listener.ts"></script>
<script type="module" src="/src/all.ts"></script>
</head><body>
<asso-feed src="/fixtures/feeds/chaumiere.json">
  <values-charter layout="accordion"></values-charter>
  <governance-organigram></governance-organigram>
  <service-map></service-map>
</asso-feed>
<formation-catalogue src="/fixtures/feeds/formations.json"></formation-catalogue>
</body></html>`;

describe('strict Content-Security-Policy', () => {
  it('renders every element with no policy violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.srcdoc = PAGE;
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const text = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(
      () => ['values-charter', 'governance-organigram', 'service-map', 'formation-catalogue'].every((t) => text(t).length > 200),
      'every element rendered its feed',
      { timeout: 15000 },
    );
    for (const tag of ['values-charter', 'governance-organigram', 'service-map', 'formation-catalogue']) {
      expect(doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="error"]'), `${tag} shows no error`).to.equal(null);
    }
    expect((frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
