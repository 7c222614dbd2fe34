/** Interface strings shared by every element. */
import type { Lang } from './lang.js';

const fr = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  errorTitle: 'Contenu indisponible.',
  errorNetwork: 'Le contenu n’a pas pu être chargé. Vérifiez votre connexion puis réessayez.',
  errorTimeout: 'Le contenu met trop de temps à arriver. Réessayez dans un instant.',
  errorNotFound: 'Le contenu demandé est introuvable.',
  errorHttp: 'Le serveur n’a pas pu fournir le contenu.',
  errorInvalid: 'Ce contenu contient une erreur et ne peut pas être affiché.',
  errorNoSource: 'Aucune donnée n’a été configurée pour ce contenu.',
  noSource: 'aucun flux\u00a0: ajoutez un attribut src, un <script type="application/json"> ou placez l’élément dans <asso-feed>.',
  opensNewWindow: '(nouvelle fenêtre)',
};

export type CommonStrings = typeof fr;

const en: CommonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Content unavailable.',
  errorNetwork: 'The content could not be loaded. Check your connection and try again.',
  errorTimeout: 'The content is taking too long to arrive. Try again in a moment.',
  errorNotFound: 'The requested content could not be found.',
  errorHttp: 'The server could not provide the content.',
  errorInvalid: 'This content has an error and cannot be shown.',
  errorNoSource: 'No data has been set up for this content.',
  noSource: 'no feed: add a src attribute, a <script type="application/json"> or place the element inside <asso-feed>.',
  opensNewWindow: '(new window)',
};

export const COMMON: Record<Lang, CommonStrings> = { fr, en };
