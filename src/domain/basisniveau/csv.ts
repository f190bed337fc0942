// SPDX-License-Identifier: EUPL-1.2
// CSV export of published self-scans. RFC 4180 quoting, CRLF line ends, and protection against
// formula injection: a text cell that a spreadsheet would run as a formula gets a leading quote.
import type { BasisniveauElement } from '../basisniveau.ts'
import type { Municipality, Region } from '../region.ts'
import { orderedElements } from './answers.ts'
import { elementScores, latestPerMunicipality, type PublishedScan } from './overview.ts'

export type CsvValue = string | number | null

/** Characters that make spreadsheet programs treat a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: CsvValue): string {
  if (value === null) {
    return ''
  }
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) {
    text = `'${text}`
  }
  return /[",\r\n]/.test(text) || text.startsWith(' ') || text.endsWith(' ') ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export interface CsvData {
  readonly basisniveau: readonly BasisniveauElement[]
  readonly regions: readonly Region[]
  readonly municipalities: readonly Municipality[]
}

/** One row per municipality with a published scan (its latest), scores in whole percentages. */
export function publishedScansCsv(data: CsvData, scans: readonly PublishedScan[]): string {
  const elements = orderedElements(data.basisniveau)
  const municipalities = new Map(data.municipalities.map((m) => [m.id, m]))
  const regionName = (id: string | undefined) =>
    id === undefined ? null : (data.regions.find((r) => r.id === id)?.name ?? id)
  const header: CsvValue[] = [
    'gemeentecode',
    'gemeente',
    'riec',
    'politie_eenheid',
    'veiligheidsregio',
    'gepubliceerd_op',
    'totaal_procent',
    'vragen_beantwoord',
    ...elements.map((e) => `${e.code.toLowerCase()}_procent`),
  ]
  const rows: CsvValue[][] = latestPerMunicipality(scans).map((s) => {
    const m = municipalities.get(s.municipality)
    const score = s.score
    const byCode = elementScores(score)
    return [
      s.municipality,
      m?.name ?? null,
      regionName(m?.regions.riec),
      regionName(m?.regions.policeUnit),
      regionName(m?.regions.safetyRegion),
      s.publishedAt,
      score.overall.percent,
      score.overall.answered,
      ...elements.map((e) => byCode.get(e.code)?.percent ?? null),
    ]
  })
  return toCsv([header, ...rows])
}
