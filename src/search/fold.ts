/**
 * Text folded for searching, the same way in every element: lower case and
 * without diacritics ("Équipe" → "equipe"). One output character per input
 * character, so match ranges can be highlighted in the original text;
 * `foldWords` adds what changes lengths (ligatures, punctuation, spaces).
 */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** `fold`, plus ligatures spelled out ("Œuvre" → "oeuvre") and runs of spaces collapsed. */
export function foldWords(s: string): string {
  return fold(s).replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/\s+/g, ' ').trim();
}
