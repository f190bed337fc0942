// SPDX-License-Identifier: EUPL-1.2
// Function words that carry no meaning for search: Dutch (the Snowball Dutch stop list, folded) and English.
// Left out of the index and of queries, so "rechten van slachtoffers" means "rechten slachtoffers".

export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  'aan',
  'al',
  'alles',
  'als',
  'altijd',
  'andere',
  'ben',
  'bij',
  'daar',
  'dan',
  'dat',
  'de',
  'der',
  'deze',
  'die',
  'dit',
  'doch',
  'doen',
  'door',
  'dus',
  'een',
  'eens',
  'en',
  'er',
  'ge',
  'geen',
  'geweest',
  'haar',
  'had',
  'heb',
  'hebben',
  'heeft',
  'hem',
  'het',
  'hier',
  'hij',
  'hoe',
  'hun',
  'iemand',
  'iets',
  'ik',
  'in',
  'is',
  'ja',
  'je',
  'kan',
  'kon',
  'kunnen',
  'maar',
  'me',
  'meer',
  'men',
  'met',
  'mij',
  'mijn',
  'moet',
  'na',
  'naar',
  'niet',
  'niets',
  'nog',
  'nu',
  'of',
  'om',
  'omdat',
  'onder',
  'ons',
  'ook',
  'op',
  'over',
  'reeds',
  'te',
  'tegen',
  'toch',
  'toen',
  'tot',
  'u',
  'uit',
  'uw',
  'van',
  'veel',
  'voor',
  'want',
  'waren',
  'was',
  'wat',
  'werd',
  'wezen',
  'wie',
  'wil',
  'worden',
  'wordt',
  'zal',
  'ze',
  'zelf',
  'zich',
  'zij',
  'zijn',
  'zo',
  'zonder',
  'zou',
])

export function isStopword(word: string): boolean {
  return DUTCH_STOPWORDS.has(word)
}

/**
 * English function words, folded (apostrophes split words, so "don't" is "don" + "t"). Kept short:
 * only words that never name a thing, so "home" or "help" stay searchable.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both ' +
    'but by can could did do does doing down during each few for from further had has have having he her here hers ' +
    'herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on ' +
    'once only or other our ours ourselves out over own same she should so some such than that the their theirs them ' +
    'themselves then there these they this those through to too under until up very was we were what when where which ' +
    'while who whom why will with would you your yours yourself yourselves s t d ll m re ve'
  ).split(' '),
)

export function isEnglishStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word)
}
