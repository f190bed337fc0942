// SPDX-License-Identifier: EUPL-1.2
// A small Dutch morphology rule the Snowball stemmer lacks: past participles carry "ge" (after a
// separable prefix: uit-ge-buit, op-ge-vangen), so "uitgebuit" and "uitbuiting" get different
// stems. This rule proposes the verb forms without "ge"; callers keep only forms whose stem occurs
// in the dataset, so words that merely start with "ge" (gemeente, gebied) do not change meaning.

/** Separable verb prefixes that put "ge" between themselves and the verb in a participle. */
const SEPARABLE_PREFIXES = [
  '',
  'aan',
  'achter',
  'af',
  'bij',
  'binnen',
  'buiten',
  'door',
  'in',
  'los',
  'mee',
  'na',
  'neer',
  'om',
  'onder',
  'op',
  'over',
  'rond',
  'samen',
  'tegen',
  'terug',
  'thuis',
  'toe',
  'uit',
  'vast',
  'voor',
  'vrij',
  'weg',
] as const

/** Participle endings: weak (-d, -t, inflected -de, -te) and strong (-en, inflected -ene). */
const PARTICIPLE_ENDING = /(?:d|t|de|te|en|ene)$/

/**
 * Candidate verb forms for a folded word that looks like a past participle, e.g.
 * uitgebuit → [uitbuit, uitbuiten], gemelde → [meld, melden], opgevangen → [opvangen].
 * Returns [] when the word does not look like a participle.
 */
export function participleCandidates(word: string): string[] {
  if (!PARTICIPLE_ENDING.test(word)) {
    return []
  }
  const out = new Set<string>()
  for (const prefix of SEPARABLE_PREFIXES) {
    const marker = `${prefix}ge`
    if (!word.startsWith(marker)) {
      continue
    }
    const rest = word.slice(marker.length)
    if (rest.length < 3) {
      continue
    }
    const base = prefix + rest
    out.add(base)
    // Weak verbs: strip the inflection and the -d/-t, then rebuild the infinitive (geleefd → leven).
    const weak = base.replace(/(?:de|te|d|t)$/, '')
    if (weak !== base && weak.length >= prefix.length + 2) {
      out.add(weak)
      out.add(`${weak.replace(/f$/, 'v').replace(/s$/, 'z')}en`)
    }
    // Inflected strong participle: opgevangene → opvangen.
    if (base.endsWith('ene')) {
      out.add(base.slice(0, -1))
    }
  }
  return [...out]
}
