// SPDX-License-Identifier: EUPL-1.2
// Turns text into the comparable words every search step works on: lowercase, without diacritics,
// ASCII letters and digits only, so "Coördinator" and "coordinator" are the same word everywhere.

/** Letters that Unicode decomposition (NFD) does not split into base letter + accent. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ĳ: 'ij',
}

const COMBINING_MARKS = /\p{M}+/gu
const FOLDABLE = /[ßæœøłđðþıĳ]/g
/** Everything that is not an ASCII letter or digit separates words. */
const SEPARATORS = /[^a-z0-9]+/

/** Lowercases, strips diacritics and folds a few special letters; keeps all other characters. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (c) => FOLDED_LETTERS[c] ?? c)
}

/** The words of a text, folded (see foldText); empty strings never occur. */
export function words(text: string): string[] {
  return foldText(text)
    .split(SEPARATORS)
    .filter((w) => w !== '')
}

/** True when `text` contains at least one searchable letter or digit. */
export function hasWords(text: string): boolean {
  return words(text).length > 0
}
