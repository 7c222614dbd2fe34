import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import { ICON_NAMES } from '../../src/feed/schema/valeurs.js';
import { ICON_PATHS, renderIcon } from '../../src/values-charter/icons.js';
import { clampLevel, renderHeading } from '../../src/render/heading.js';
import { formatFigure } from '../../src/values-charter/values-charter.js';
import { VALUES_CHARTER } from '../../src/i18n/values-charter.js';
import { mount } from './helpers.js';

describe('values-charter building blocks', () => {
  it('every icon name of the schema has a drawing, and nothing else', () => {
    expect(Object.keys(ICON_PATHS).sort()).to.deep.equal([...ICON_NAMES].sort());
    for (const name of ICON_NAMES) expect(ICON_PATHS[name], name).to.match(/^M[\d.\s,a-zA-Z-]+$/);
  });

  it('icons are inline, decorative and never focusable', async () => {
    const host = await mount(html`<div></div>`);
    render(html`${ICON_NAMES.map((n) => renderIcon(n))}`, host);
    const svgs = [...host.querySelectorAll('svg')];
    expect(svgs).to.have.length(ICON_NAMES.length);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
      expect(svg.getAttribute('viewBox')).to.equal('0 0 24 24');
      expect(svg.querySelector('use, image, [href]')).to.equal(null);
      // Each drawing really draws something inside the 24×24 box.
      const box = svg.querySelector('path')!.getBBox();
      expect(box.width).to.be.greaterThan(4);
      expect(box.x).to.be.at.least(0);
      expect(box.y).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(24);
      expect(box.y + box.height).to.be.at.most(24);
    }
  });

  it('headings: levels kept between 1 and 6', async () => {
    expect([clampLevel(0), clampLevel(1), clampLevel(2.6), clampLevel(7), clampLevel(NaN)]).to.deep.equal([1, 1, 3, 6, 2]);
    const host = await mount(html`<div></div>`);
    render(html`${[1, 2, 3, 4, 5, 6].map((l) => renderHeading(l, 'title', `n${l}`, l === 1 ? 'one' : undefined))}`, host);
    expect([...host.children].map((h) => h.localName)).to.deep.equal(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect(host.querySelector('h1')!.id).to.equal('one');
    expect(host.querySelector('h2')!.hasAttribute('id')).to.equal(false);
  });

  it('figures: French and English', () => {
    expect(formatFigure(2500, 'm²', 'fr')).to.equal('2\u202f500\u00a0m²');
    expect(formatFigure(2500, 'm²', 'en')).to.equal('2,500\u00a0m²');
    expect(formatFigure(16, undefined, 'fr')).to.equal('16');
    expect(formatFigure(92, '%', 'fr')).to.equal('92\u00a0%');
    expect(formatFigure(92, '%', 'en')).to.equal('92%');
    expect(formatFigure(1.25, 'ha', 'fr')).to.equal('1,25\u00a0ha');
  });

  it('strings: the same keys in both languages, none empty', () => {
    expect(Object.keys(VALUES_CHARTER.en)).to.deep.equal(Object.keys(VALUES_CHARTER.fr));
    for (const lang of ['fr', 'en'] as const) for (const v of Object.values(VALUES_CHARTER[lang])) expect(v).to.not.equal('');
  });
});
