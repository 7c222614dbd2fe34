import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/values-charter/values-charter.js';
import type { ValuesCharter } from '../../src/values-charter/values-charter.js';
import { GCSMS, feedOf, mount, part, parts, root, textOf } from './helpers.js';

async function accordion(): Promise<{ el: ValuesCharter; before: HTMLButtonElement; buttons: HTMLButtonElement[] }> {
  const wrapper = await mount(html`<div>
    <button type="button">avant</button>
    <values-charter layout="accordion" .data=${await feedOf(GCSMS)}></values-charter>
  </div>`);
  const el = wrapper.querySelector('values-charter')!;
  return { el, before: wrapper.querySelector('button')!, buttons: parts(el, 'accordion-button') as HTMLButtonElement[] };
}

const focused = (el: ValuesCharter) => root(el).activeElement;
const panelOf = (el: ValuesCharter, button: HTMLElement) => root(el).getElementById(button.getAttribute('aria-controls')!)!;

describe('<values-charter layout="accordion">', () => {
  it('follows the WAI-ARIA pattern: a heading holding a button that controls a labelled region', async () => {
    const { el, buttons } = await accordion();
    expect(buttons).to.have.length(9);
    for (const button of buttons) {
      expect(button.parentElement!.localName).to.match(/^h[1-6]$/);
      expect(button.parentElement!.getAttribute('part')).to.equal('value-title');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = panelOf(el, button);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(button.id);
      expect(panel.hidden).to.equal(true);
    }
    // The button's name is the value's title (the icon is hidden).
    expect(textOf(buttons[0])).to.equal('Inconditionnalité de l’accueil');
    await expect(el).to.be.accessible();
  });

  it('the keyboard path: Tab, Enter, Space, Down, Up, Home, End', async () => {
    const { el, before, buttons } = await accordion();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons[0]);

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(el, buttons[0]!);
    expect(panel.hidden).to.equal(false);
    expect(textOf(panel)).to.contain('quelles que soient ses origines');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);

    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[2]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons[8]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons[8]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons[0]);

    // Tab goes from a header to the next focusable thing (the next header when closed).
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(buttons[1]);
  });

  it('inside an open panel, the arrow keys are left alone', async () => {
    const { el, buttons } = await accordion();
    buttons[0]!.click();
    await el.updateComplete;
    const link = panelOf(el, buttons[0]!).querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(link);
  });

  it('several panels can be open at once; each click toggles its own', async () => {
    const { el, buttons } = await accordion();
    buttons[0]!.click();
    buttons[3]!.click();
    await el.updateComplete;
    expect(buttons.map((b) => b.getAttribute('aria-expanded'))).to.deep.equal(
      ['true', 'false', 'false', 'true', 'false', 'false', 'false', 'false', 'false'],
    );
    buttons[0]!.click();
    await el.updateComplete;
    expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
    expect(buttons[3]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('other layouts ignore the arrow keys', async () => {
    const el = await fixture<ValuesCharter>(html`<values-charter .data=${await feedOf(GCSMS)}></values-charter>`);
    const link = root(el).querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(link);
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints every panel expanded, with its header', async () => {
      const { el, buttons } = await accordion();
      const panels = parts(el, 'value-body');
      expect(panels.every((p) => getComputedStyle(p).display === 'none')).to.equal(true);
      await emulateMedia({ media: 'print' });
      for (const p of panels) {
        expect(getComputedStyle(p).display).to.not.equal('none');
        expect(p.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      for (const b of buttons) expect(getComputedStyle(b).display).to.not.equal('none');
      // The retry button of the base styles is hidden in print, the accordion headers are not.
      expect(part(el, 'accordion-button')!.getBoundingClientRect().height).to.be.greaterThan(0);
      // Legal references print their address.
      const link = part(el, 'reference-link')!;
      expect(getComputedStyle(link, '::after').content).to.equal('" (https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037670338)"');
    });
  });
});
