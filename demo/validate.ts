/**
 * The demo's validator page: checks a pasted text, a chosen file or an
 * address with the same validation the widgets run, and lists the problems
 * (path, expected, found) in French, or in English when the page is.
 * Everything from the feed is shown through Lit text bindings, never as markup.
 */
import { html, nothing, render } from 'lit';
import { jsonErrorAt } from '../src/feed/load.js';
import { summarizeProblems, type Problem } from '../src/feed/problems.js';
import { ALL_SECTIONS } from '../src/feed/sections.js';
import type { Feed } from '../src/feed/schema/index.js';
import { validateFeed } from '../src/feed/validate.js';
import { EXPECTED, FEED_WORDS } from '../src/i18n/feed.js';
import { toLang, type Lang } from '../src/i18n/lang.js';

const STRINGS = {
  fr: {
    siteName: 'asso-widgets',
    tagline: 'L’outil du webmestre\u00a0: vérifier un flux avant de le publier',
    title: 'Vérifier un flux',
    lead: 'Collez le JSON de votre flux, choisissez le fichier ou donnez son adresse\u00a0: chaque problème est listé avec le chemin du champ, ce qui était attendu et ce qui a été reçu. Rien n’est envoyé\u00a0: la vérification se fait dans votre navigateur, exactement comme les widgets liront le flux.',
    textHeading: 'Coller le texte',
    textLabel: 'Texte du flux (JSON)',
    textHint: 'Le contenu complet du fichier, de la première accolade à la dernière.',
    checkText: 'Vérifier ce texte',
    exampleValid: 'Exemple valide',
    exampleErrors: 'Exemple avec des erreurs',
    fileHeading: 'Choisir un fichier',
    fileLabel: 'Fichier du flux',
    fileHint: 'Le fichier est lu sur votre ordinateur, il n’est envoyé nulle part.',
    checkFile: 'Vérifier le fichier',
    urlHeading: 'Donner une adresse',
    urlLabel: 'Adresse du flux',
    urlHint: 'Le serveur du flux doit autoriser cette page à le lire (CORS).',
    checkUrl: 'Vérifier l’adresse',
    resultsHeading: 'Résultat',
    nothingYet: 'Aucun flux vérifié pour l’instant.',
    footer:
      'Le même contrôle en ligne de commande\u00a0: npx asso-widgets validate flux.json (ajoutez --lang en pour l’anglais, --json pour les outils).',
    checking: 'Vérification en cours…',
    source: 'Source',
    pasted: 'texte collé',
    emptyText: 'Le texte est vide\u00a0: collez le contenu du flux.',
    noFile: 'Choisissez d’abord un fichier.',
    unreadableFile: (why: string) => `Le fichier n’a pas pu être lu (${why}).`,
    unreachable: 'L’adresse n’a pas pu être lue\u00a0: réseau indisponible, adresse inexistante, ou serveur qui n’autorise pas cette page à lire le flux (CORS).',
    httpError: (status: number) => `Le serveur a répondu par une erreur HTTP ${status}.`,
    notJson: 'Ce n’est pas du JSON valide\u00a0: les widgets afficheront un message d’erreur.',
    jsonWhere: (line: number, column: number) => `ligne ${line}, colonne ${column}`,
    position: 'Position',
    detail: 'Détail',
    errors: (n: number) => `Erreurs (${n})`,
    notices: (n: number) => `Remarques (${n})`,
    expected: 'Attendu',
    found: 'Reçu',
    consequence: 'Conséquence',
    leftOut: (what: string) => `laissé de côté\u00a0: ${what}`,
    fieldLeftOut: 'ce champ est ignoré',
    itemLeftOut: 'cet élément de la liste est ignoré',
    feedRejected: 'le flux entier est rejeté',
    shown: 'Ce que les widgets afficheront',
    sections: {
      formations: (n: number) => `${n}\u00a0formation${n > 1 ? 's' : ''}`,
      lieux: (n: number) => `${n}\u00a0lieu${n > 1 ? 'x' : ''}`,
      services: (n: number) => `${n}\u00a0service${n > 1 ? 's' : ''}`,
      gouvernance: (n: number) => `gouvernance\u00a0: ${n}\u00a0instance${n > 1 ? 's' : ''} ou poste${n > 1 ? 's' : ''}`,
      valeurs: (n: number) => `${n}\u00a0valeur${n > 1 ? 's' : ''}`,
    },
    organisation: (name: string) => `organisation\u00a0: ${name}`,
  },
  en: {
    siteName: 'asso-widgets',
    tagline: 'The webmaster’s tool: check a feed before publishing it',
    title: 'Check a feed',
    lead: 'Paste your feed’s JSON, choose the file or give its address: each problem is listed with the field path, what was expected and what was found. Nothing is sent: the check runs in your browser, exactly as the widgets will read the feed.',
    textHeading: 'Paste the text',
    textLabel: 'Feed text (JSON)',
    textHint: 'The whole content of the file, from the first brace to the last.',
    checkText: 'Check this text',
    exampleValid: 'Valid example',
    exampleErrors: 'Example with errors',
    fileHeading: 'Choose a file',
    fileLabel: 'Feed file',
    fileHint: 'The file is read on your computer; it is sent nowhere.',
    checkFile: 'Check the file',
    urlHeading: 'Give an address',
    urlLabel: 'Feed address',
    urlHint: 'The feed’s server must allow this page to read it (CORS).',
    checkUrl: 'Check the address',
    resultsHeading: 'Result',
    nothingYet: 'No feed checked yet.',
    footer: 'The same check on the command line: npx asso-widgets validate feed.json (add --lang en for English, --json for tools).',
    checking: 'Checking…',
    source: 'Source',
    pasted: 'pasted text',
    emptyText: 'The text is empty: paste the feed’s content.',
    noFile: 'Choose a file first.',
    unreadableFile: (why: string) => `The file could not be read (${why}).`,
    unreachable: 'The address could not be read: network down, no such address, or a server that does not allow this page to read the feed (CORS).',
    httpError: (status: number) => `The server answered with HTTP error ${status}.`,
    notJson: 'This is not valid JSON: the widgets will show an error message.',
    jsonWhere: (line: number, column: number) => `line ${line}, column ${column}`,
    position: 'Position',
    detail: 'Detail',
    errors: (n: number) => `Errors (${n})`,
    notices: (n: number) => `Notices (${n})`,
    expected: 'Expected',
    found: 'Found',
    consequence: 'Consequence',
    leftOut: (what: string) => `left out: ${what}`,
    fieldLeftOut: 'this field is ignored',
    itemLeftOut: 'this item of the list is ignored',
    feedRejected: 'the whole feed is rejected',
    shown: 'What the widgets will show',
    sections: {
      formations: (n: number) => `${n} training${n === 1 ? '' : 's'}`,
      lieux: (n: number) => `${n} place${n === 1 ? '' : 's'}`,
      services: (n: number) => `${n} service${n === 1 ? '' : 's'}`,
      gouvernance: (n: number) => `governance: ${n} bod${n === 1 ? 'y' : 'ies'} or post${n === 1 ? '' : 's'}`,
      valeurs: (n: number) => `${n} value${n === 1 ? '' : 's'}`,
    },
    organisation: (name: string) => `organisation: ${name}`,
  },
};

const lang: Lang = toLang(document.documentElement.lang);
const t = STRINGS[lang];

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const verdict = $<HTMLParagraphElement>('#verdict');
const details = $<HTMLDivElement>('#details');
const textArea = $<HTMLTextAreaElement>('#feed-text');
const fileInput = $<HTMLInputElement>('#feed-file');
const urlInput = $<HTMLInputElement>('#feed-url');

type State = 'ok' | 'partial' | 'rejected' | 'busy';

let first = true;
/** The first result replaces the "nothing yet" line. */
function clearOnce() {
  if (!first) return;
  first = false;
  details.replaceChildren();
}

function say(message: string, state: State) {
  verdict.dataset.state = state;
  verdict.textContent = message;
}

/** The page in English when `lang=en` (the HTML is written in French). */
function translatePage() {
  document.title = `${t.title} — asso-widgets`;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = (t as unknown as Record<string, unknown>)[el.dataset.i18n!];
    if (typeof value === 'string') el.textContent = value;
  }
}

function counts(feed: Feed): string[] {
  const s = t.sections;
  return [
    t.organisation(feed.organisation.nom),
    feed.formations ? s.formations(feed.formations.length) : '',
    feed.lieux ? s.lieux(feed.lieux.length) : '',
    feed.services ? s.services(feed.services.length) : '',
    feed.gouvernance ? s.gouvernance(feed.gouvernance.noeuds.length) : '',
    feed.valeurs ? s.valeurs(feed.valeurs.valeurs.length) : '',
  ].filter(Boolean);
}

function consequence(p: Problem, accepted: boolean): string {
  if (p.skipped === p.path) return p.path.endsWith(']') ? t.itemLeftOut : t.fieldLeftOut;
  if (p.skipped) return t.leftOut(p.skipped);
  return accepted ? '' : t.feedRejected;
}

function renderProblem(p: Problem, accepted: boolean) {
  const result = consequence(p, accepted);
  return html`<li>
    <code class="path">${p.path || FEED_WORDS[lang].root}</code>
    <dl>
      <dt>${t.expected}</dt>
      <dd>${EXPECTED[lang][p.expected] ?? p.expected}</dd>
      <dt>${t.found}</dt>
      <dd>${p.found === '' ? FEED_WORDS[lang].missing : html`<code>${p.found}</code>`}</dd>
      ${result ? html`<dt>${t.consequence}</dt><dd>${result}</dd>` : nothing}
    </dl>
  </li>`;
}

function showResult(source: string, json: unknown) {
  clearOnce();
  const { feed, problems } = validateFeed(json, ALL_SECTIONS);
  const errors = problems.filter((p) => p.severity === 'error');
  const notices = problems.filter((p) => p.severity === 'notice');
  say(summarizeProblems(feed !== undefined, problems, lang), !feed ? 'rejected' : errors.length ? 'partial' : 'ok');
  render(
    html`<p><strong>${t.source}${lang === 'fr' ? '\u00a0:' : ':'}</strong> ${source}</p>
      ${errors.length
        ? html`<h3>${t.errors(errors.length)}</h3>
            <ol class="problems">
              ${errors.map((p) => renderProblem(p, feed !== undefined))}
            </ol>`
        : nothing}
      ${notices.length
        ? html`<h3>${t.notices(notices.length)}</h3>
            <ul class="problems">
              ${notices.map((p) => html`<li><code class="path">${p.path}</code> — ${FEED_WORDS[lang].unknownField}</li>`)}
            </ul>`
        : nothing}
      ${feed
        ? html`<h3>${t.shown}</h3>
            <ul class="sections">
              ${counts(feed).map((line) => html`<li>${line}</li>`)}
            </ul>`
        : nothing}`,
    details,
  );
}

function showFailure(source: string, message: string, extra?: { where?: string; detail?: string }) {
  clearOnce();
  say(message, 'rejected');
  render(
    html`<p><strong>${t.source}${lang === 'fr' ? '\u00a0:' : ':'}</strong> ${source}</p>
      ${extra
        ? html`<dl class="problems">
            ${extra.where ? html`<dt>${t.position}</dt><dd>${extra.where}</dd>` : nothing}
            ${extra.detail ? html`<dt>${t.detail}</dt><dd><code>${extra.detail}</code></dd>` : nothing}
          </dl>`
        : nothing}`,
    details,
  );
}

function checkText(text: string, source: string) {
  if (!text.trim()) return showFailure(source, t.emptyText);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = (e as Error).message;
    const at = jsonErrorAt(text, message);
    return showFailure(source, t.notJson, { where: at ? t.jsonWhere(at.line, at.column) : undefined, detail: message });
  }
  showResult(source, json);
}

async function checkUrl(address: string) {
  say(t.checking, 'busy');
  let response: Response;
  try {
    response = await fetch(address, { headers: { Accept: 'application/json' } });
  } catch {
    return showFailure(address, t.unreachable);
  }
  if (!response.ok) return showFailure(address, t.httpError(response.status));
  checkText(await response.text(), address);
}

async function checkFile() {
  const file = fileInput.files?.[0];
  if (!file) return showFailure('—', t.noFile);
  try {
    checkText(await file.text(), file.name);
  } catch (e) {
    showFailure(file.name, t.unreadableFile((e as Error).message));
  }
}

translatePage();

$<HTMLFormElement>('#text-form').addEventListener('submit', (e) => {
  e.preventDefault();
  checkText(textArea.value, t.pasted);
});

$<HTMLFormElement>('#file-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void checkFile();
});
fileInput.addEventListener('change', () => void checkFile());

$<HTMLFormElement>('#url-form').addEventListener('submit', (e) => {
  e.preventDefault();
  void checkUrl(urlInput.value.trim());
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-example]')) {
  button.addEventListener('click', async () => {
    const address = new URL(button.dataset.example!, location.href).href;
    const response = await fetch(address);
    textArea.value = await response.text();
    checkText(textArea.value, address);
  });
}

// `?url=…` checks that address at once (a link a webmaster can share).
const shared = new URLSearchParams(location.search).get('url');
if (shared) {
  urlInput.value = shared;
  void checkUrl(shared);
}
