import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CHAUMIERE, card, focused, focusedName, item, items, organigram, part, settle, shownNames } from './helpers.js';

const press = async (el: HTMLElement & { updateComplete: Promise<boolean> }, key: string) => {
  await sendKeys({ press: key });
  await settle(el as never);
};

describe('<governance-organigram> keyboard (WAI-ARIA tree view)', () => {
  it('Tab enters the tree once, on one node; the roving tabindex follows the focus', async () => {
    const el = await organigram(CHAUMIERE);
    part(el, 'download')!.focus();
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal('Les Amis de la Chaumière');
    await press(el, 'ArrowDown');
    expect(focusedName(el)).to.equal('Assemblée générale');
    expect(items(el).filter((i) => i.tabIndex === 0)).to.deep.equal([item(el, 'Assemblée générale')]);
    // Leaving and coming back returns to the last node.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)).to.equal(part(el, 'download'));
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal('Assemblée générale');
    await expect(el).to.be.accessible();
  });

  it('Down, Up, Home and End move through the visible nodes', async () => {
    const el = await organigram(CHAUMIERE);
    item(el, 'Les Amis de la Chaumière').focus();
    await press(el, 'ArrowUp'); // nothing above the first node
    expect(focusedName(el)).to.equal('Les Amis de la Chaumière');
    for (const name of [
      'Assemblée générale',
      'Conseil d’administration',
      'Commissions ad hoc',
      'Maison d’enfants La Chaumière',
      'Directeur de la Maison d’enfants',
      'Psychologue',
    ]) {
      await press(el, 'ArrowDown');
      expect(focusedName(el)).to.equal(name);
    }
    await press(el, 'ArrowUp');
    expect(focusedName(el)).to.equal('Directeur de la Maison d’enfants');
    await press(el, 'End');
    expect(focusedName(el)).to.equal('Conseil de la vie sociale (CVS)');
    await press(el, 'ArrowDown'); // nothing below the last node
    expect(focusedName(el)).to.equal('Conseil de la vie sociale (CVS)');
    await press(el, 'Home');
    expect(focusedName(el)).to.equal('Les Amis de la Chaumière');
  });

  it('Right opens a closed node, then goes to its first child; Left closes an open node, then goes to its parent', async () => {
    const el = await organigram(CHAUMIERE);
    const director = item(el, 'Directeur de la Maison d’enfants');
    director.focus();
    await press(el, 'ArrowLeft');
    expect(director.getAttribute('aria-expanded')).to.equal('false');
    expect(shownNames(el)).not.to.include('Psychologue');
    expect(focused(el)).to.equal(director);
    await expect(el).to.be.accessible();
    await press(el, 'ArrowDown'); // skips the closed branch
    expect(focusedName(el)).to.equal('Conseil de la vie sociale (CVS)');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowRight');
    expect(director.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(director);
    await press(el, 'ArrowRight');
    expect(focusedName(el)).to.equal('Psychologue');
    await press(el, 'ArrowRight'); // a leaf: nothing
    expect(focusedName(el)).to.equal('Psychologue');
    await press(el, 'ArrowLeft');
    expect(focused(el)).to.equal(director);
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft');
    expect(focusedName(el)).to.equal('Maison d’enfants La Chaumière');
    await press(el, 'ArrowLeft');
    await press(el, 'ArrowLeft'); // a closed root: nothing
    expect(focusedName(el)).to.equal('Maison d’enfants La Chaumière');
    expect(item(el, 'Maison d’enfants La Chaumière').getAttribute('aria-expanded')).to.equal('false');
  });

  it('* opens every sibling of the focused node', async () => {
    const el = await organigram(CHAUMIERE);
    part(el, 'collapse-all')!.click();
    await settle(el);
    item(el, 'Les Amis de la Chaumière').focus();
    await sendKeys({ type: '*' });
    await settle(el);
    expect(item(el, 'Les Amis de la Chaumière').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'Maison d’enfants La Chaumière').getAttribute('aria-expanded')).to.equal('true');
    expect(item(el, 'Assemblée générale').getAttribute('aria-expanded')).to.equal('false');
    expect(focusedName(el)).to.equal('Les Amis de la Chaumière');
  });

  it('Enter and Space open the details; Escape closes them and the focus comes back', async () => {
    const el = await organigram(CHAUMIERE);
    const dialog = part(el, 'details') as HTMLDialogElement;
    const director = item(el, 'Directeur de la Maison d’enfants');
    director.focus();
    await press(el, 'Enter');
    expect(dialog.open).to.be.true;
    expect(dialog.contains(focused(el))).to.be.true;
    expect(part(el, 'details-title')!.textContent).to.equal('Directeur de la Maison d’enfants');
    await expect(el).to.be.accessible();
    await press(el, 'Escape');
    expect(dialog.open).to.be.false;
    expect(focused(el)).to.equal(director);
    await press(el, ' ');
    expect(dialog.open).to.be.true;
    expect(focused(el)).to.equal(part(el, 'close-button'));
    await press(el, 'Enter');
    expect(dialog.open).to.be.false;
    expect(focused(el)).to.equal(director);
  });

  it('type-ahead: letters move to the next node whose name starts with them', async () => {
    const el = await organigram(CHAUMIERE);
    item(el, 'Les Amis de la Chaumière').focus();
    await sendKeys({ type: 'm' });
    await settle(el);
    expect(focusedName(el)).to.equal('Maison d’enfants La Chaumière');
    await aTimeout(600);
    await sendKeys({ type: 'co' }); // "c" goes to Cadres, "co" on to Comités
    await settle(el);
    expect(focusedName(el)).to.equal('Comités et commissions');
    await aTimeout(600);
    await sendKeys({ type: 'c' });
    await settle(el);
    expect(focusedName(el)).to.equal('Conseil de la vie sociale (CVS)');
    await sendKeys({ type: 'c' }); // the same letter again: the next one, wrapping around
    await settle(el);
    expect(focusedName(el)).to.equal('Conseil d’administration');
    await aTimeout(600);
    await sendKeys({ type: 'x' }); // no name starts with it: the focus stays
    await settle(el);
    expect(focusedName(el)).to.equal('Conseil d’administration');
  });

  it('closing the branch of the node that holds the Tab stop moves it to a visible node', async () => {
    const el = await organigram(CHAUMIERE);
    item(el, 'Psychologue').focus();
    await settle(el);
    part(el, 'download')!.focus();
    el.openLevels = 1;
    await settle(el);
    await press(el, 'Tab');
    expect(focusedName(el)).to.equal('Maison d’enfants La Chaumière');
  });

  it('a click on a card focuses its node; the toggle is for the pointer only', async () => {
    const el = await organigram(CHAUMIERE);
    const twisty = card(item(el, 'Cadres')).querySelector('.twisty')!;
    expect(twisty.getAttribute('aria-hidden')).to.equal('true');
    expect((twisty as HTMLElement).tabIndex).to.equal(-1);
    (twisty as HTMLElement).click();
    await settle(el);
    expect(focusedName(el)).to.equal('Cadres');
    expect(item(el, 'Cadres').getAttribute('aria-expanded')).to.equal('false');
  });
});
