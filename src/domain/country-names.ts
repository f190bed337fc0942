// SPDX-License-Identifier: EUPL-1.2
// Nationalities as people type them: a code ("CN"), a country name in Dutch or English ("China",
// "Roemenië", "Romania") or an adjective ("Chinees", "Chinese", "Romanian"). Names come from the
// ICU data in Node (Intl.DisplayNames), so every ISO code has its Dutch and English name without a
// table of our own; adjectives are not in ICU, so the table below lists them for the nationalities
// a referral in the Netherlands meets most (our own list, written for this purpose).
import { ISO_3166_ALPHA2, isIsoCountryCode } from './countries.ts'

export type NameLocale = 'nl' | 'en'

/**
 * Adjectives (and a few everyday names ICU does not give) per code: Dutch first, then English.
 * Dutch adjectives are listed in their base form; the inflected form ("Roemeense") is derived.
 */
const WORDS: Readonly<Record<string, readonly [nl: string, en: string]>> = {
  AF: ['Afghaans', 'Afghan'],
  AL: ['Albanees', 'Albanian'],
  DZ: ['Algerijns', 'Algerian'],
  US: ['Amerikaans, Verenigde Staten, VS, Amerika', 'American, USA, US, United States of America'],
  AO: ['Angolees', 'Angolan'],
  AR: ['Argentijns', 'Argentine, Argentinian'],
  AM: ['Armeens', 'Armenian'],
  AU: ['Australisch', 'Australian'],
  AZ: ['Azerbeidzjaans', 'Azerbaijani'],
  BD: ['Bengalees, Bangladeshi', 'Bangladeshi'],
  BE: ['Belgisch', 'Belgian'],
  BJ: ['Beninees', 'Beninese'],
  BO: ['Boliviaans', 'Bolivian'],
  BA: ['Bosnisch, Bosnië', 'Bosnian, Bosnia'],
  BR: ['Braziliaans', 'Brazilian'],
  GB: ['Brits, Engeland, Groot-Brittannië, Engels', 'British, UK, England, Great Britain, English'],
  BG: ['Bulgaars', 'Bulgarian'],
  BF: ['Burkinees', 'Burkinabe'],
  BI: ['Burundees', 'Burundian'],
  KH: ['Cambodjaans', 'Cambodian'],
  CA: ['Canadees', 'Canadian'],
  CL: ['Chileens', 'Chilean'],
  CN: ['Chinees', 'Chinese'],
  CO: ['Colombiaans', 'Colombian'],
  CR: ['Costa Ricaans', 'Costa Rican'],
  CU: ['Cubaans', 'Cuban'],
  CY: ['Cypriotisch', 'Cypriot'],
  DK: ['Deens', 'Danish'],
  DE: ['Duits', 'German'],
  EC: ['Ecuadoraans', 'Ecuadorian'],
  EG: ['Egyptisch', 'Egyptian'],
  ER: ['Eritrees', 'Eritrean'],
  EE: ['Ests', 'Estonian'],
  ET: ['Ethiopisch', 'Ethiopian'],
  PH: ['Filipijns', 'Filipino, Philippine'],
  FI: ['Fins', 'Finnish'],
  FR: ['Frans', 'French'],
  GM: ['Gambiaans', 'Gambian'],
  GE: ['Georgisch', 'Georgian'],
  GH: ['Ghanees', 'Ghanaian'],
  GR: ['Grieks', 'Greek'],
  GT: ['Guatemalteeks', 'Guatemalan'],
  HT: ['Haïtiaans', 'Haitian'],
  HN: ['Hondurees', 'Honduran'],
  HU: ['Hongaars', 'Hungarian'],
  IE: ['Iers', 'Irish'],
  IS: ['IJslands', 'Icelandic'],
  IN: ['Indiaas', 'Indian'],
  ID: ['Indonesisch', 'Indonesian'],
  IQ: ['Iraaks', 'Iraqi'],
  IR: ['Iraans', 'Iranian'],
  IL: ['Israëlisch', 'Israeli'],
  IT: ['Italiaans', 'Italian'],
  CI: ['Ivoriaans', 'Ivorian, Ivory Coast'],
  JM: ['Jamaicaans', 'Jamaican'],
  JP: ['Japans', 'Japanese'],
  YE: ['Jemenitisch', 'Yemeni'],
  JO: ['Jordaans', 'Jordanian'],
  CV: ['Kaapverdisch', 'Cape Verdean'],
  CM: ['Kameroens', 'Cameroonian'],
  KZ: ['Kazachs', 'Kazakh'],
  KE: ['Keniaans', 'Kenyan'],
  KG: ['Kirgizisch', 'Kyrgyz'],
  HR: ['Kroatisch', 'Croatian'],
  LA: ['Laotiaans', 'Lao, Laotian'],
  LV: ['Lets', 'Latvian'],
  LB: ['Libanees', 'Lebanese'],
  LR: ['Liberiaans', 'Liberian'],
  LY: ['Libisch', 'Libyan'],
  LT: ['Litouws', 'Lithuanian'],
  LU: ['Luxemburgs', 'Luxembourgish'],
  MK: ['Macedonisch', 'Macedonian'],
  MW: ['Malawisch', 'Malawian'],
  MY: ['Maleisisch', 'Malaysian'],
  ML: ['Malinees', 'Malian'],
  MT: ['Maltees', 'Maltese'],
  MA: ['Marokkaans', 'Moroccan'],
  MR: ['Mauritaans', 'Mauritanian'],
  MX: ['Mexicaans', 'Mexican'],
  MD: ['Moldavisch', 'Moldovan'],
  MN: ['Mongools', 'Mongolian'],
  ME: ['Montenegrijns', 'Montenegrin'],
  MZ: ['Mozambikaans', 'Mozambican'],
  MM: ['Myanmarees, Birmees, Birma', 'Burmese, Burma'],
  NL: ['Nederlands, Holland, Hollands', 'Dutch, Holland'],
  NP: ['Nepalees', 'Nepali, Nepalese'],
  NZ: ['Nieuw-Zeelands', 'New Zealander'],
  NI: ['Nicaraguaans', 'Nicaraguan'],
  NE: ['Nigerees', 'Nigerien'],
  NG: ['Nigeriaans', 'Nigerian'],
  NO: ['Noors', 'Norwegian'],
  UG: ['Oegandees', 'Ugandan'],
  UA: ['Oekraïens', 'Ukrainian'],
  UZ: ['Oezbeeks', 'Uzbek'],
  AT: ['Oostenrijks', 'Austrian'],
  PK: ['Pakistaans', 'Pakistani'],
  PS: ['Palestijns', 'Palestinian'],
  PA: ['Panamees', 'Panamanian'],
  PY: ['Paraguayaans', 'Paraguayan'],
  PE: ['Peruaans', 'Peruvian'],
  PL: ['Pools', 'Polish'],
  PT: ['Portugees', 'Portuguese'],
  RO: ['Roemeens', 'Romanian'],
  RU: ['Russisch', 'Russian'],
  RW: ['Rwandees', 'Rwandan'],
  SV: ['Salvadoraans', 'Salvadoran'],
  SA: ['Saoedisch, Saoedi-Arabisch', 'Saudi'],
  SN: ['Senegalees', 'Senegalese'],
  RS: ['Servisch', 'Serbian'],
  SL: ['Sierra Leoons', 'Sierra Leonean'],
  SG: ['Singaporees', 'Singaporean'],
  SI: ['Sloveens', 'Slovenian, Slovene'],
  SK: ['Slowaaks', 'Slovak, Slovakian'],
  SD: ['Soedanees', 'Sudanese'],
  SO: ['Somalisch', 'Somali'],
  ES: ['Spaans', 'Spanish'],
  LK: ['Sri Lankaans', 'Sri Lankan'],
  SR: ['Surinaams', 'Surinamese'],
  SY: ['Syrisch', 'Syrian'],
  TJ: ['Tadzjieks', 'Tajik'],
  TW: ['Taiwanees', 'Taiwanese'],
  TZ: ['Tanzaniaans', 'Tanzanian'],
  TH: ['Thais', 'Thai'],
  TG: ['Togolees', 'Togolese'],
  TD: ['Tsjadisch', 'Chadian'],
  CZ: ['Tsjechisch, Tsjechië', 'Czech'],
  TN: ['Tunesisch', 'Tunisian'],
  TR: ['Turks', 'Turkish'],
  UY: ['Uruguayaans', 'Uruguayan'],
  VE: ['Venezolaans', 'Venezuelan'],
  VN: ['Vietnamees', 'Vietnamese'],
  BY: ['Wit-Russisch, Belarussisch, Wit-Rusland', 'Belarusian, Belarussian'],
  ZM: ['Zambiaans', 'Zambian'],
  ZW: ['Zimbabwaans', 'Zimbabwean'],
  ZA: ['Zuid-Afrikaans', 'South African'],
  KR: ['Zuid-Koreaans, Koreaans', 'South Korean, Korean'],
  SE: ['Zweeds', 'Swedish'],
  CH: ['Zwitsers', 'Swiss'],
  // One word for two countries: listed for both, so the answer asks which one.
  CD: ['Congolees', 'Congolese'],
  CG: ['Congolees', 'Congolese'],
  DO: ['Dominicaans', 'Dominican'],
  DM: ['Dominicaans', 'Dominican'],
  GN: ['Guinees', 'Guinean'],
  GW: ['Guinees', 'Guinean'],
}

/** Lower case, no accents, single spaces, no dots: "Roemenië" and "roemenie" are one key. */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.’'`]/g, '')
    .replace(/[\s_]+/g, ' ')
    .trim()
}

/** The inflected Dutch adjective: "Chinees" → "Chinese", "Roemeens" → "Roemeense". */
function inflected(adjective: string): string {
  return /ees$/.test(adjective) ? adjective.replace(/ees$/, 'ese') : `${adjective}e`
}

const displayNames = new Map<NameLocale, Intl.DisplayNames>()

/** The country's name in the language (from ICU); the code itself when ICU has none. */
export function countryName(code: string, locale: NameLocale): string {
  let names = displayNames.get(locale)
  if (names === undefined) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })
    displayNames.set(locale, names)
  }
  return names.of(code) ?? code
}

let lookup: Map<string, Set<string>> | undefined

/** Every accepted spelling → the codes it may mean. Built on first use (the CLI's --help never pays). */
function words(): Map<string, Set<string>> {
  if (lookup !== undefined) {
    return lookup
  }
  const map = new Map<string, Set<string>>()
  const add = (word: string, code: string): void => {
    const key = nameKey(word)
    if (key.length < 2) {
      return
    }
    const codes = map.get(key) ?? new Set<string>()
    codes.add(code)
    map.set(key, codes)
  }
  for (const code of ISO_3166_ALPHA2) {
    add(countryName(code, 'nl'), code)
    add(countryName(code, 'en'), code)
  }
  for (const [code, [nl, en]] of Object.entries(WORDS)) {
    for (const word of nl.split(',').map((w) => w.trim())) {
      add(word, code)
      add(inflected(word), code)
    }
    for (const word of en.split(',').map((w) => w.trim())) {
      add(word, code)
    }
  }
  // Codes themselves are looked up before names, so a name that equals a code never hides it.
  lookup = map
  return map
}

export type CountryMatch =
  | { readonly kind: 'code'; readonly code: string }
  | { readonly kind: 'ambiguous'; readonly codes: readonly string[] }
  | { readonly kind: 'unknown'; readonly suggestion?: string }

/**
 * What a typed nationality means: an ISO code (any case), or a name or adjective in Dutch or
 * English. An unknown word gets the nearest known spelling as a suggestion when one is close.
 */
export function matchCountry(text: string): CountryMatch {
  const trimmed = text.trim()
  if (/^[A-Za-z]{2}$/.test(trimmed) && isIsoCountryCode(trimmed.toUpperCase())) {
    return { kind: 'code', code: trimmed.toUpperCase() }
  }
  const key = nameKey(trimmed)
  const codes = words().get(key)
  if (codes !== undefined) {
    const list = [...codes].sort()
    const [only] = list
    return list.length === 1 && only !== undefined ? { kind: 'code', code: only } : { kind: 'ambiguous', codes: list }
  }
  const suggestion = nearest(key)
  return suggestion === undefined ? { kind: 'unknown' } : { kind: 'unknown', suggestion }
}

/** The spelling nearest to the key, when it is within a small edit distance for its length. */
function nearest(key: string): string | undefined {
  if (key.length < 3 || key.length > 60) {
    return undefined
  }
  const allowed = key.length <= 5 ? 1 : key.length <= 10 ? 2 : 3
  let best: { word: string; distance: number } | undefined
  for (const word of words().keys()) {
    if (Math.abs(word.length - key.length) > allowed) {
      continue
    }
    const d = editDistance(key, word, allowed)
    if (d <= allowed && (best === undefined || d < best.distance)) {
      best = { word, distance: d }
    }
  }
  if (best === undefined) {
    return undefined
  }
  // Show the spelling as a person writes it: the country's name for the code it means.
  const codes = [...(words().get(best.word) ?? [])]
  const [code] = codes
  return codes.length === 1 && code !== undefined ? displaySpelling(best.word, code) : best.word
}

/** The display form of a matched key: the ICU name when it is one, otherwise the table word. */
function displaySpelling(key: string, code: string): string {
  for (const locale of ['nl', 'en'] as const) {
    const name = countryName(code, locale)
    if (nameKey(name) === key) {
      return name
    }
  }
  const [nl, en] = WORDS[code] ?? ['', '']
  for (const word of [...nl.split(','), ...en.split(',')].map((w) => w.trim())) {
    if (nameKey(word) === key) {
      return word
    }
    if (nameKey(inflected(word)) === key) {
      return inflected(word)
    }
  }
  return key
}

/** Levenshtein distance, giving up (returning limit + 1) once every path exceeds the limit. */
function editDistance(a: string, b: string, limit: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost)
      row.push(v)
      rowMin = Math.min(rowMin, v)
    }
    if (rowMin > limit) {
      return limit + 1
    }
    prev = row
  }
  return prev[b.length] ?? limit + 1
}
