/** Bench page: <governance-organigram> draws the 500-node chart. */
import '../../src/governance-organigram/governance-organigram.js';
import { feed, time } from './common.js';

const layout = new URLSearchParams(location.search).get('layout') ?? 'chart';

(window as unknown as { runBench: () => Promise<unknown> }).runBench = () =>
  time(
    async (stage) => {
      const el = document.createElement('governance-organigram');
      el.setAttribute('layout', layout);
      el.data = feed;
      stage.append(el);
      await el.updateComplete;
    },
    () => document.querySelector('governance-organigram')!.shadowRoot!.querySelectorAll('[role="treeitem"]').length,
  );
