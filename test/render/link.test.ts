import { expect, fixtureSync, html } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { renderLink, safeHref, telHref } from '../../src/render/link.js';

async function shown(template: unknown): Promise<HTMLElement> {
  const el = fixtureSync<HTMLElement>(html`<p></p>`);
  render(template, el);
  return el;
}

describe('safeHref', () => {
  it('keeps http, https, mailto and tel addresses', () => {
    expect(safeHref('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(safeHref('http://example.org')).to.equal('http://example.org/');
    expect(safeHref('mailto:contact@example.org')).to.equal('mailto:contact@example.org');
    expect(safeHref('tel:+33491033991')).to.equal('tel:+33491033991');
    expect(safeHref('  https://example.org/  ')).to.equal('https://example.org/');
  });

  it('refuses every other scheme, however it is written', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
    ]) {
      expect(safeHref(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('gives nothing for nothing, and resolves a relative address against the page', () => {
    expect(safeHref(undefined)).to.equal(undefined);
    expect(safeHref(null)).to.equal(undefined);
    expect(safeHref('')).to.equal(undefined);
    expect(safeHref('http://[bad')).to.equal(undefined);
    expect(safeHref('/programme.pdf')).to.equal(new URL('/programme.pdf', document.baseURI).href);
  });
});

describe('telHref', () => {
  it('turns phone numbers as people write them into tel: links', () => {
    expect(telHref('04 91 03 39 91')).to.equal('tel:+33491033991');
    expect(telHref('04.91.03.39.91')).to.equal('tel:+33491033991');
    expect(telHref('+33 4 91 03 39 91')).to.equal('tel:+33491033991');
    expect(telHref('+33 (0)4 91 03 39 91')).to.equal('tel:+33491033991');
    expect(telHref('0033 4 91 03 39 91')).to.equal('tel:+33491033991');
    expect(telHref('3919')).to.equal('tel:3919');
    expect(telHref('+262 262 00 00 00')).to.equal('tel:+262262000000');
  });
});

describe('renderLink', () => {
  it('renders a link for a safe address', async () => {
    const el = await shown(renderLink('https://www.legifrance.gouv.fr/', 'Légifrance', 'reference'));
    const a = el.querySelector('a')!;
    expect(a.getAttribute('href')).to.equal('https://www.legifrance.gouv.fr/');
    expect(a.getAttribute('part')).to.equal('reference');
    expect(a.textContent).to.equal('Légifrance');
  });

  it('never puts a javascript: address in an href: shows the text alone', async () => {
    const el = await shown(renderLink('javascript:alert(1)', 'Charte'));
    expect(el.querySelector('a')).to.equal(null);
    expect(el.querySelector('[href]')).to.equal(null);
    expect(el.textContent).to.equal('Charte');
  });

  it('shows an unsafe address as plain text when there is no text', async () => {
    const el = await shown(renderLink('javascript:alert(1)', ''));
    expect(el.querySelector('a')).to.equal(null);
    expect(el.textContent).to.equal('javascript:alert(1)');
    expect(renderLink(undefined, undefined)).to.equal(nothing);
  });

  it('shows the address when the text is missing', async () => {
    expect((await shown(renderLink('https://example.org/'))).querySelector('a')!.textContent).to.equal('https://example.org/');
    expect((await shown(renderLink('mailto:contact@example.org'))).querySelector('a')!.textContent).to.equal('contact@example.org');
    expect((await shown(renderLink('tel:+33491033991', null))).querySelector('a')!.textContent).to.equal('+33491033991');
  });

  it('shows hostile text as text, creating no element', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    for (const url of ['https://example.org/', 'javascript:alert(1)']) {
      const el = await shown(renderLink(url, hostile));
      expect(el.querySelector('img')).to.equal(null);
      expect(el.textContent).to.equal(hostile);
    }
  });
});
