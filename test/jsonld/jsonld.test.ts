import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { JsonLdController, serializeJsonLd, type JsonLd } from '../../src/jsonld/jsonld-controller.js';
import { organizationJsonLd, postalAddress } from '../../src/jsonld/organisation.js';
import { feedWith, ORG, type TestValues } from '../base/helpers.js';
import { idle } from '../base/idle.js';

const scriptsOf = (el: Element) => [...el.querySelectorAll('script[type="application/ld+json"]')] as HTMLScriptElement[];

describe('JSON-LD controller', () => {
  it('keeps one script in the light DOM, up to date', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['A'])}></test-values>`);
    await idle();
    let scripts = scriptsOf(el);
    expect(scripts).to.have.length(1);
    expect(scripts[0].parentNode).to.equal(el);
    expect(JSON.parse(scripts[0].textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: ORG.nom,
    });
    el.data = { ...feedWith(['A']), organisation: { nom: 'GCSMS Sud Lorraine', site_web: 'https://gcsms.example.org/' } };
    await el.updateComplete;
    await idle();
    scripts = scriptsOf(el);
    expect(scripts).to.have.length(1);
    expect(JSON.parse(scripts[0].textContent!)).to.include({ name: 'GCSMS Sud Lorraine', url: 'https://gcsms.example.org/' });
  });

  it('builds and writes again only when the feed or the language changes', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['A'])}></test-values>`);
    await idle();
    const [script] = scriptsOf(el);
    const before = el.jsonLdBuilds;
    const writes: MutationRecord[] = [];
    const watch = new MutationObserver((records) => writes.push(...records));
    watch.observe(script, { childList: true, characterData: true, subtree: true });
    el.requestUpdate();
    await el.updateComplete;
    await idle();
    el.requestUpdate();
    await el.updateComplete;
    await idle();
    expect(el.jsonLdBuilds, 'no rebuild for an update that changes neither').to.equal(before);
    expect(writes).to.have.length(0);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await el.updateComplete;
    await idle();
    expect(el.jsonLdBuilds).to.equal(before + 1);
    el.data = { ...feedWith(['A']), organisation: { nom: 'Autre nom' } };
    await el.updateComplete;
    await idle();
    expect(el.jsonLdBuilds).to.equal(before + 2);
    expect(JSON.parse(scriptsOf(el)[0].textContent!).name).to.equal('Autre nom');
    watch.disconnect();
  });

  it('writes when the browser is idle, once for several updates', async () => {
    let builds = 0;
    let data: JsonLd | undefined = { '@type': 'Organization', name: 'A' };
    class IdleLd extends LitElement {
      constructor() {
        super();
        new JsonLdController(this, () => (builds++, data));
      }
    }
    customElements.define('idle-ld-test', IdleLd);
    const el = await fixture<IdleLd>(html`<idle-ld-test></idle-ld-test>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(scriptsOf(el), 'nothing right after rendering').to.have.length(0);
    expect(builds).to.equal(0);
    await idle();
    expect(builds, 'one build for two updates').to.equal(1);
    expect(JSON.parse(scriptsOf(el)[0]!.textContent!).name).to.equal('A');
    data = undefined;
    el.requestUpdate();
    await el.updateComplete;
    await idle();
    expect(scriptsOf(el)).to.have.length(0);
  });

  it('removes the script when the element is removed, and brings it back when it returns', async () => {
    const el = await fixture<TestValues>(html`<test-values .data=${feedWith(['A'])}></test-values>`);
    const parent = el.parentElement!;
    el.remove();
    expect(scriptsOf(el)).to.have.length(0);
    parent.append(el);
    await el.updateComplete;
    await el.updateComplete;
    await idle();
    expect(scriptsOf(el)).to.have.length(1);
  });

  it('has no script for the empty state, an error, or with no-jsonld', async () => {
    const empty = await fixture<TestValues>(html`<test-values .data=${feedWith([])}></test-values>`);
    const bad = await fixture<TestValues>(html`<test-values .data=${{ version: '9' }}></test-values>`);
    const off = await fixture<TestValues>(html`<test-values no-jsonld .data=${feedWith(['A'])}></test-values>`);
    const later = await fixture<TestValues>(html`<test-values .data=${feedWith(['A'])}></test-values>`);
    await idle();
    expect(scriptsOf(empty)).to.have.length(0);
    expect(scriptsOf(bad)).to.have.length(0);
    expect(scriptsOf(off)).to.have.length(0);
    expect(scriptsOf(later)).to.have.length(1);
    later.setAttribute('no-jsonld', '');
    later.requestUpdate();
    await later.updateComplete;
    expect(scriptsOf(later)).to.have.length(0);
  });

  it('escapes "<" so feed text cannot close the script', async () => {
    const nom = '</script><img src=x onerror="window.__jsonldHacked=1"><script>window.__jsonldHacked=2</script>';
    const el = await fixture<TestValues>(html`<test-values .data=${{ ...feedWith(['A']), organisation: { nom } }}></test-values>`);
    await idle();
    const [script] = scriptsOf(el);
    expect(script.textContent).to.not.contain('<');
    expect(script.textContent).to.contain('\\u003c/script>');
    expect(JSON.parse(script.textContent!).name).to.equal(nom);
    // Serialised into HTML (what a crawler reads), it is still one script.
    const copy = document.createElement('div');
    copy.innerHTML = el.innerHTML; // the test checks that it stays inert
    expect(copy.querySelectorAll('script')).to.have.length(1);
    expect(copy.querySelector('img')).to.equal(null);
    expect((window as unknown as { __jsonldHacked?: number }).__jsonldHacked).to.equal(undefined);
  });

  it('serialises with "<" escaped', () => {
    expect(serializeJsonLd({ a: '<b>' })).to.equal('{"a":"\\u003cb>"}');
  });
});

describe('organizationJsonLd', () => {
  it('maps the organisation to schema.org', () => {
    const ld = organizationJsonLd({
      nom: 'Les Amis de la Chaumière',
      sigle: 'LAC',
      description: 'Association',
      site_web: 'https://example.org/',
      logo: 'https://example.org/logo.png',
      courriel: 'contact@example.org',
      telephone: '03 83 00 00 00',
      adresse: { adresse: '1 rue de la Gare', complement_adresse: 'Bâtiment B', code_postal: '54200', commune: 'Toul' },
      siret: '12345678900011',
      rna: 'W543000123',
      finess_ej: '540000000',
    });
    expect(ld).to.deep.include({
      '@type': 'Organization',
      name: 'Les Amis de la Chaumière',
      alternateName: 'LAC',
      url: 'https://example.org/',
      email: 'contact@example.org',
    });
    expect(ld.address).to.deep.equal({
      '@type': 'PostalAddress',
      streetAddress: '1 rue de la Gare, Bâtiment B',
      postalCode: '54200',
      addressLocality: 'Toul',
      addressCountry: 'FR',
    });
    expect((ld.identifier as { propertyID: string }[]).map((i) => i.propertyID)).to.deep.equal(['SIRET', 'RNA', 'FINESS']);
  });

  it('leaves out what the feed does not say', () => {
    const ld = JSON.parse(JSON.stringify(organizationJsonLd({ nom: 'X' })));
    expect(ld).to.deep.equal({ '@type': 'Organization', name: 'X' });
    expect(postalAddress(undefined)).to.equal(undefined);
    expect(postalAddress({ code_insee: '54528' })).to.equal(undefined);
    expect(postalAddress({ commune: 'Toul' })).to.deep.include({ addressLocality: 'Toul', streetAddress: undefined });
  });
});
