/**
 * Printing an organigram shown as an indented tree draws the chart with its
 * tie lines: their code is loaded at idle time beforehand, since a print
 * cannot wait for it. Its own file: the code is loaded once per page.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { GovernanceOrganigram } from '../../src/governance-organigram/governance-organigram.js';
import { idle } from '../base/idle.js';
import { CHAUMIERE, feedOf, layoutOf, organigram, root, settle } from './helpers.js';

const tieCodeLoaded = () => performance.getEntriesByType('resource').some((e) => /\/tie-lines\.(ts|js)\b/.test(e.name));
const lines = (el: HTMLElement) => [...root(el).querySelectorAll('svg.tie-lines g[data-kind]')];

describe('<governance-organigram> tie lines in print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('an indented tree without ties never loads their code', async () => {
    const data = await feedOf(CHAUMIERE);
    delete data.gouvernance.liens;
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:400px"></div>`);
    const el = document.createElement('governance-organigram');
    el.data = data;
    wrapper.append(el);
    await settle(el);
    expect(layoutOf(el)).to.equal('tree');
    await idle();
    await idle();
    await aTimeout(500); // time enough for a download the page would have started
    expect(tieCodeLoaded()).to.be.false;
  });

  it('an indented tree with ties loads it at idle time, so the first print has its lines', async () => {
    const el: GovernanceOrganigram = await organigram(CHAUMIERE, 400);
    expect(layoutOf(el)).to.equal('tree');
    await waitUntil(tieCodeLoaded, 'the tie lines’ code was not loaded at idle time', { timeout: 5000 });
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el); // frames only: nothing is downloaded any more
    expect(layoutOf(el)).to.equal('chart');
    expect(lines(el).map((g) => (g as SVGGElement).dataset.kind).sort()).to.deep.equal(['appui', 'delegation', 'pilotage']);
    window.dispatchEvent(new Event('afterprint'));
    await expect(el).to.be.accessible();
  });
});
