// SPDX-License-Identifier: EUPL-1.2
// A facet cube in plain words, Dutch and English: "alle minderjarigen × seksuele uitbuiting",
// "volwassenen uit derde landen zonder rechtmatig verblijf". Facets that span everything are left out.
import { FACET_VALUES, RESIDENCE_NOT_APPLICABLE } from '../conditions/index.ts'
import { VALUE_LABELS } from '../route/index.ts'
import { EXPLOITATION_FORMS } from '../facets.ts'
import type { Grid, GridFacet } from './grid.ts'
import type { Cube } from './merge-cells.ts'

export interface ScopeFacets {
  ageGroup?: string[]
  unaccompanied?: boolean
  nationalityGroup?: string[]
  residence?: string[]
  gender?: string[]
  recruitment?: string[]
  cooperation?: string[]
  exploitation?: string[]
  /** CBS codes of the municipalities, only when the scope is limited to some of them. */
  municipalities?: string[]
}

export interface ScopeText {
  readonly nl: string
  readonly en: string
  readonly facets: ScopeFacets
}

interface Words {
  nl: string
  en: string
}

const FOREIGN_RESIDENCE = FACET_VALUES.residence.filter((r) => r !== RESIDENCE_NOT_APPLICABLE)

const NATIONALITY: Readonly<Record<string, Words>> = {
  nl: { nl: 'met de Nederlandse nationaliteit', en: 'with Dutch nationality' },
  eu: { nl: 'uit de EU, EER of Zwitserland', en: 'from the EU, EEA or Switzerland' },
  'third-country': { nl: 'uit derde landen', en: 'from third countries' },
  'eu,third-country': { nl: 'zonder Nederlandse nationaliteit', en: 'without Dutch nationality' },
  'nl,eu': {
    nl: 'uit Nederland of de EU, EER of Zwitserland',
    en: 'from the Netherlands or the EU, EEA or Switzerland',
  },
  'nl,third-country': { nl: 'uit Nederland of derde landen', en: 'from the Netherlands or third countries' },
}

const RESIDENCE: Readonly<Record<string, Words>> = {
  lawful: { nl: 'met rechtmatig verblijf', en: 'with lawful stay' },
  none: { nl: 'zonder rechtmatig verblijf', en: 'without lawful stay' },
  asylum: { nl: 'in de asielprocedure', en: 'in the asylum procedure' },
  dublin: { nl: 'die onder de Dublinverordening vallen', en: 'under the Dublin Regulation' },
  detained: { nl: 'in vreemdelingenbewaring', en: 'in immigration detention' },
}

function list(items: readonly string[], word: string): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`
}

export interface DescribeContext {
  readonly grid: Grid
  readonly regionNames: ReadonlyMap<string, string>
}

/** Words for a normalised cube (see normaliseCube). */
export function describeCube(ctx: DescribeContext, cube: Cube): ScopeText {
  const { grid } = ctx
  const chosen = new Map<GridFacet, string[]>()
  grid.dims.forEach((dim, d) => {
    chosen.set(
      dim.facet,
      (cube[d] ?? []).map((i) => dim.values[i] ?? ''),
    )
  })
  const get = (f: GridFacet): string[] | undefined => chosen.get(f)
  const full = (f: GridFacet): boolean => {
    const d = grid.dims.findIndex((x) => x.facet === f)
    return d < 0 || (cube[d]?.length ?? 0) === (grid.sizes[d] ?? 0)
  }
  const facets: ScopeFacets = {}
  const qualNl: string[] = []
  const qualEn: string[] = []

  const ages = get('ageGroup') ?? []
  const unacc = get('unaccompanied') ?? []
  const minorsOnly = ages.length === 1 && ages[0] === 'minor'
  const adultsOnly = ages.length === 1 && ages[0] === 'adult'
  let noun: Words
  if (minorsOnly && unacc.length === 1) {
    noun =
      unacc[0] === 'true'
        ? { nl: 'alleenstaande minderjarigen', en: 'unaccompanied minors' }
        : { nl: 'begeleide minderjarigen', en: 'accompanied minors' }
    facets.ageGroup = ['minor']
    facets.unaccompanied = unacc[0] === 'true'
  } else if (minorsOnly) {
    noun = { nl: 'minderjarigen', en: 'minors' }
    facets.ageGroup = ['minor']
  } else if (adultsOnly) {
    noun = { nl: 'volwassenen', en: 'adults' }
    facets.ageGroup = ['adult']
  } else if (unacc.length === 1 && unacc[0] === 'false') {
    noun = { nl: 'volwassenen en begeleide minderjarigen', en: 'adults and accompanied minors' }
    facets.unaccompanied = false
  } else {
    noun = { nl: 'slachtoffers', en: 'victims' }
  }

  const nats = get('nationalityGroup') ?? []
  if (!full('nationalityGroup')) {
    const words = NATIONALITY[nats.join(',')]
    if (words !== undefined) {
      qualNl.push(words.nl)
      qualEn.push(words.en)
    }
    facets.nationalityGroup = nats
  }
  const residence = (get('residence') ?? []).filter((r) => r !== RESIDENCE_NOT_APPLICABLE)
  const dutchOnly = nats.length === 1 && nats[0] === 'nl'
  if (!dutchOnly && residence.length > 0 && residence.length < FOREIGN_RESIDENCE.length) {
    const nl = list(
      residence.map((r) => RESIDENCE[r]?.nl ?? r),
      'of',
    )
    const en = list(
      residence.map((r) => RESIDENCE[r]?.en ?? r),
      'or',
    )
    if (nats.includes('nl')) {
      qualNl.push(`(niet-Nederlanders alleen ${nl})`)
      qualEn.push(`(non-Dutch nationals only ${en})`)
    } else {
      qualNl.push(nl)
      qualEn.push(en)
    }
    facets.residence = residence
  }
  for (const f of ['gender', 'recruitment', 'cooperation'] as const) {
    const values = get(f)
    if (values !== undefined && !full(f)) {
      qualNl.push(
        `(${list(
          values.map((v) => VALUE_LABELS[f][v]?.nl ?? v),
          'of',
        )})`,
      )
      qualEn.push(
        `(${list(
          values.map((v) => VALUE_LABELS[f][v]?.en ?? v),
          'or',
        )})`,
      )
      facets[f] = values
    }
  }
  const person: Words =
    qualNl.length === 0
      ? { nl: `alle ${noun.nl}`, en: `all ${noun.en}` }
      : { nl: `${noun.nl} ${qualNl.join(' ')}`, en: `${noun.en} ${qualEn.join(' ')}` }
  const parts: Words[] = [person]

  const forms = get('exploitation') ?? []
  if (!full('exploitation')) {
    const ordered = EXPLOITATION_FORMS.filter((f) => forms.includes(f))
    parts.push({
      nl: list(
        ordered.map((f) => VALUE_LABELS.exploitation[f]?.nl ?? f),
        'of',
      ),
      en: list(
        ordered.map((f) => VALUE_LABELS.exploitation[f]?.en ?? f),
        'or',
      ),
    })
    facets.exploitation = ordered
  }

  if (!full('region')) {
    const ids = get('region') ?? []
    const classes = grid.regionClasses.filter((c) => ids.includes(c.id))
    const others = grid.regionClasses.filter((c) => !ids.includes(c.id))
    const municipalities = classes.flatMap((c) => c.municipalities).sort()
    facets.municipalities = municipalities
    parts.push(regionWords(ctx, classes, others, municipalities.length))
  }
  return { nl: parts.map((p) => p.nl).join(' × '), en: parts.map((p) => p.en).join(' × '), facets }
}

function regionWords(
  ctx: DescribeContext,
  classes: readonly Grid['regionClasses'][number][],
  others: readonly Grid['regionClasses'][number][],
  count: number,
): Words {
  const name = (id: string): string => ctx.regionNames.get(id) ?? id
  const classWords = (c: Grid['regionClasses'][number]): string => list(c.signature.map(name), 'en')
  const n = {
    nl: `${count} ${count === 1 ? 'gemeente' : 'gemeenten'}`,
    en: `${count} ${count === 1 ? 'municipality' : 'municipalities'}`,
  }
  const includesNowhere = classes.some((c) => c.signature.length === 0)
  if (includesNowhere) {
    // "Everywhere except …" reads better than listing every other region.
    const except = others.map(classWords)
    return { nl: `buiten ${list(except, 'of')} (${n.nl})`, en: `outside ${list(except, 'or')} (${n.en})` }
  }
  const inside = classes.map(classWords)
  return { nl: `in ${list(inside, 'of')} (${n.nl})`, en: `in ${list(inside, 'or')} (${n.en})` }
}
