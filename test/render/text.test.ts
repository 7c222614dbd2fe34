import { expect, fixtureSync, html } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { renderText } from '../../src/render/text.js';

async function shown(text: string | undefined): Promise<HTMLElement> {
  const el = fixtureSync<HTMLElement>(html`<div></div>`);
  render(renderText(text, 'desc'), el);
  return el;
}

/** The blocks rendered, as [tag, content] pairs; a <br> shows as "⏎". */
function blocks(el: HTMLElement): [string, string | string[]][] {
  return [...el.children].map((b) =>
    b.localName === 'ul'
      ? ['ul', [...b.children].map((li) => li.textContent ?? '')]
      : [
          b.localName,
          [...b.childNodes]
            .filter((n) => n.nodeType !== Node.COMMENT_NODE)
            .map((n) => (n.nodeName === 'BR' ? '⏎' : (n.textContent ?? '')))
            .join(''),
        ],
  );
}

describe('renderText', () => {
  it('renders nothing for no text', () => {
    expect(renderText(undefined)).to.equal(nothing);
    expect(renderText('')).to.equal(nothing);
    expect(renderText('  \n \n')).to.equal(nothing);
  });

  it('splits paragraphs on blank lines and keeps single line breaks', async () => {
    const el = await shown('Premier paragraphe.\nSuite du premier.\n\n\nSecond paragraphe.\r\n\r\nTroisième.');
    expect(blocks(el)).to.deep.equal([
      ['p', 'Premier paragraphe.⏎Suite du premier.'],
      ['p', 'Second paragraphe.'],
      ['p', 'Troisième.'],
    ]);
    expect([...el.querySelectorAll('p')].every((p) => p.getAttribute('part') === 'desc')).to.equal(true);
  });

  it('makes bullet lists from lines starting with -, •, * or –', async () => {
    const el = await shown('- Accueillir\n• Écouter\n* Orienter\n– Accompagner');
    expect(blocks(el)).to.deep.equal([['ul', ['Accueillir', 'Écouter', 'Orienter', 'Accompagner']]]);
    expect(el.querySelector('ul')!.getAttribute('part')).to.equal('desc');
  });

  it('mixes a paragraph, a list and a closing sentence in one block', async () => {
    const el = await shown('Nos engagements :\n- respecter\n- informer\nEt toujours écouter.\n\n- dernier');
    expect(blocks(el)).to.deep.equal([
      ['p', 'Nos engagements :'],
      ['ul', ['respecter', 'informer']],
      ['p', 'Et toujours écouter.'],
      ['ul', ['dernier']],
    ]);
  });

  it('does not take a hyphen inside a word or a negative number for a bullet', async () => {
    const el = await shown('-5 degrés\nSaint-Dié-des-Vosges');
    expect(blocks(el)).to.deep.equal([['p', '-5 degrés⏎Saint-Dié-des-Vosges']]);
  });

  it('shows markup as text and runs nothing', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const el = await shown(`${hostile}\n\n- ${hostile}\n- <script>alert(1)</script>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('script')).to.equal(null);
    expect(blocks(el)).to.deep.equal([
      ['p', hostile],
      ['ul', [hostile, '<script>alert(1)</script>']],
    ]);
  });
});
