// SPDX-License-Identifier: EUPL-1.2
// Regenerates the 342 municipalities and their regions and regional parties from gemeenten.csv, so nobody edits them by hand.
//
// Usage: node --import tsx scripts/import-gemeenten.ts [--csv PATH] [--data DIR] [--check]
//   --csv    the CSV to read (default: ../shared/data/gemeenten.csv relative to the repository root)
//   --data   the data folder to write into (default: data/ in the repository root)
//   --check  write nothing; exit 1 when a generated file is missing, different or stale
//
// Output is deterministic: records are built in a fixed key order and files are sorted by path.
// Every generated file starts with GENERATED_MARKER; on a re-run, files carrying the marker that
// the CSV no longer produces are removed. Hand-written files (without the marker) are never touched.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { stringify } from 'yaml'
import type { Municipality, Region, RegionKind } from '../src/domain/region.ts'
import type { Party } from '../src/domain/party.ts'

export const GENERATED_MARKER =
  '# Gegenereerd door scripts/import-gemeenten.ts uit gemeenten.csv; niet met de hand bewerken.'

/** Folders under data/ that this script writes into. */
export const OUTPUT_DIRS = ['municipalities', 'regions', 'parties'] as const

export const EXPECTED_HEADER = [
  'code',
  'name',
  'province',
  'veiligheidsregio_code',
  'veiligheidsregio_name',
  'politie_eenheid',
  'riec',
  'source_notes',
] as const
type Column = (typeof EXPECTED_HEADER)[number]

export const PROVINCES = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
] as const

export const POLICE_UNITS = [
  'Noord-Nederland',
  'Oost-Nederland',
  'Midden-Nederland',
  'Noord-Holland',
  'Amsterdam',
  'Den Haag',
  'Rotterdam',
  'Zeeland-West-Brabant',
  'Oost-Brabant',
  'Limburg',
] as const

/** The RIEC of a police unit: one per unit, named after it, except Amsterdam. */
export function riecForPoliceUnit(unit: string): string {
  return unit === 'Amsterdam' ? 'RIEC Amsterdam-Amstelland' : `RIEC ${unit}`
}

/** Sources (ids in data/sources) that the generated records cite. They are hand-written files. */
export const SOURCE_IDS = {
  cbs: 'cbs-gebiedsindelingen',
  vws: 'vws-dashboard-gemeenten-veiligheidsregio',
  politiewet: 'politiewet-2012',
  politieEenheden: 'regioatlas-politie-eenheden',
  riec: 'riec-riecs-en-liec',
  veiligThuis: 'veiligthuis-nl',
  zorgcoordinatie2015: 'wegwijzer-zorgcoordinatoren-2015',
  zorgcoordinatieActueel: 'wegwijzer-zorgcoordinatoren',
  comenshaZorgcoordinatie: 'comensha-zorgcoordinatie-opvang',
} as const

/**
 * Zorgcoördinatie regions from the 2015 wegwijzer list of coordinators. Which municipalities belong to
 * each is not published as a table: we map whole safety regions whose name and area match the region
 * named in the list. Safety regions not listed here (Gelderland-Midden, Gelderland-Zuid,
 * Zuid-Holland-Zuid, Midden- en West-Brabant) get no zorgcoördinatie region; CoMensha covers them.
 */
export interface ZorgcoordinatieRegion {
  readonly slug: string
  readonly name: string
  readonly safetyRegions: readonly string[]
  readonly parties: readonly string[]
  readonly status: 'derived' | 'unverified'
  readonly description: string
  readonly note: string
}

const MAPPING_NOTE =
  'De 2015-lijst noemt alleen de regio en de coördinator; de indeling in gemeenten is door ons afgeleid'

export const ZORGCOORDINATIE_REGIONS: readonly ZorgcoordinatieRegion[] = [
  {
    slug: 'groningen',
    name: 'Zorgcoördinatie mensenhandel Groningen',
    safetyRegions: ['VR01'],
    parties: ['mjd'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Groningen. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij MJD Groningen.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Groningen (gelijk aan de provincie).`,
  },
  {
    slug: 'friesland',
    name: 'Zorgcoördinatie mensenhandel Friesland',
    safetyRegions: ['VR02'],
    parties: ['fier'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Friesland. Volgens de wegwijzer van 2015 coördineerde Fier hier de zorg voor slachtoffers.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Fryslân (gelijk aan de provincie).`,
  },
  {
    slug: 'drenthe',
    name: 'Zorgcoördinatie mensenhandel Drenthe',
    safetyRegions: ['VR03'],
    parties: ['ggd'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Drenthe. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij GGD Drenthe.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Drenthe (gelijk aan de provincie).`,
  },
  {
    slug: 'ijsselland',
    name: 'Zorgcoördinatie mensenhandel IJsselland',
    safetyRegions: ['VR04'],
    parties: ['comensha'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio IJsselland. In de wegwijzer van 2015 had deze regio geen eigen coördinator; CoMensha nam de zorgcoördinatie op afstand waar.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio IJsselland.`,
  },
  {
    slug: 'twente',
    name: 'Zorgcoördinatie mensenhandel Twente',
    safetyRegions: ['VR05'],
    parties: ['comensha', 'vrt-kenniscentrum'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Twente. Tot 1 mei 2021 deed CoMensha hier de zorgcoördinatie op afstand; sindsdien ligt die bij het Kenniscentrum Mensenhandel van Veiligheidsregio Twente. Welke partij op een datum geldt, volgt uit de geldigheid van de partijen.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Twente. De wisseling per 2021-05-01 staat op de partij vrt-kenniscentrum (validFrom).`,
  },
  {
    slug: 'noord-oost-gelderland',
    name: 'Zorgcoördinatie mensenhandel Noord- en Oost-Gelderland',
    safetyRegions: ['VR06'],
    parties: ['mee', 'moviera'],
    status: 'unverified',
    description:
      'Zorgcoördinatieregio Noord-Oost-Gelderland met de Achterhoek en Apeldoorn/Veluwe. Volgens de wegwijzer van 2015 deed MEE Veluwe de zorgcoördinatie voor slachtoffers jonger dan 23 jaar en Moviera die voor slachtoffers van 23 jaar en ouder.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Noord- en Oost-Gelderland. Niet nagegaan is of Veluwse gemeenten in Gelderland-Midden (zoals Ede en Barneveld) er ook onder vielen; die zijn niet toegewezen.`,
  },
  {
    slug: 'midden-nederland',
    name: 'Zorgcoördinatie mensenhandel Midden-Nederland',
    safetyRegions: ['VR09', 'VR14', 'VR25'],
    parties: ['moviera'],
    status: 'unverified',
    description:
      'Zorgcoördinatieregio Midden-Nederland. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij Moviera.',
    note: `${MAPPING_NOTE}: we nemen aan dat de regio samenvalt met politie-eenheid Midden-Nederland (veiligheidsregio's Utrecht, Gooi en Vechtstreek en Flevoland). Voor Gooi en Vechtstreek en Flevoland is dat niet gecontroleerd.`,
  },
  {
    slug: 'noord-holland',
    name: 'Zorgcoördinatie mensenhandel Noord-Holland',
    safetyRegions: ['VR10', 'VR11', 'VR12'],
    parties: ['hvo-querido'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Noord-Holland (buiten Amsterdam-Amstelland en Gooi en Vechtstreek). Volgens de wegwijzer van 2015 deed HVO-Querido (Amsterdams Coördinatiepunt Mensenhandel) hier de zorgcoördinatie.',
    note: `${MAPPING_NOTE}: de gemeenten van politie-eenheid Noord-Holland (veiligheidsregio's Noord-Holland-Noord, Zaanstreek-Waterland en Kennemerland).`,
  },
  {
    slug: 'amsterdam',
    name: 'Zorgcoördinatie mensenhandel Amsterdam',
    safetyRegions: ['VR13'],
    parties: ['hvo-querido'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Amsterdam. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij HVO-Querido, via het Amsterdams Coördinatiepunt Mensenhandel (ACM).',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Amsterdam-Amstelland.`,
  },
  {
    slug: 'den-haag-hollands-midden',
    name: 'Zorgcoördinatie mensenhandel Den Haag en Hollands Midden',
    safetyRegions: ['VR15', 'VR16'],
    parties: ['shop'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Den Haag (Haaglanden) en Hollands Midden. Volgens de wegwijzer van 2015 coördineerde SHOP hier de zorg voor slachtoffers.',
    note: `${MAPPING_NOTE}: de gemeenten van politie-eenheid Den Haag (veiligheidsregio's Haaglanden en Hollands-Midden).`,
  },
  {
    slug: 'rotterdam',
    name: 'Zorgcoördinatie mensenhandel Rotterdam',
    safetyRegions: ['VR17'],
    parties: ['pmw-humanitas'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Rotterdam. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij PMW (Humanitas).',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Rotterdam-Rijnmond. Zuid-Holland-Zuid is niet toegewezen, omdat de lijst die regio niet noemt.`,
  },
  {
    slug: 'zeeland-west-brabant',
    name: 'Zorgcoördinatie mensenhandel Zeeland en West-Brabant',
    safetyRegions: ['VR19'],
    parties: ['comensha', 'zorg-en-veiligheidshuis'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Zeeland en West-Brabant. In 2015 deed CoMensha hier de zorgcoördinatie; later nam het Zorg- en Veiligheidshuis die over.',
    note: `${MAPPING_NOTE}: alleen de gemeenten van veiligheidsregio Zeeland. Welke gemeenten van Midden- en West-Brabant tot West-Brabant horen is niet uit een bron vastgesteld; die zijn (nog) niet toegewezen. De datum van de overgang naar het Zorg- en Veiligheidshuis is onbekend.`,
  },
  {
    slug: 's-hertogenbosch',
    name: "Zorgcoördinatie mensenhandel 's-Hertogenbosch",
    safetyRegions: ['VR21'],
    parties: ['mo-den-bosch'],
    status: 'unverified',
    description:
      "Zorgcoördinatieregio 's-Hertogenbosch. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij Maatschappelijke Opvang Den Bosch.",
    note: `${MAPPING_NOTE}: de lijst noemt alleen de stad; wij nemen veiligheidsregio Brabant-Noord als werkgebied. Niet gecontroleerd.`,
  },
  {
    slug: 'eindhoven',
    name: 'Zorgcoördinatie mensenhandel Eindhoven',
    safetyRegions: ['VR22'],
    parties: ['lumens'],
    status: 'unverified',
    description:
      'Zorgcoördinatieregio Eindhoven. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij Lumens.',
    note: `${MAPPING_NOTE}: de lijst noemt alleen de stad; wij nemen veiligheidsregio Brabant-Zuidoost als werkgebied. Niet gecontroleerd.`,
  },
  {
    slug: 'limburg-noord-midden',
    name: 'Zorgcoördinatie mensenhandel Limburg-Noord en Midden-Limburg',
    safetyRegions: ['VR23'],
    parties: ['koraal'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Noord- en Midden-Limburg. Volgens de wegwijzer van 2015 lag de zorgcoördinatie hier bij Koraal.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Limburg-Noord (die Noord- en Midden-Limburg omvat).`,
  },
  {
    slug: 'limburg-zuid',
    name: 'Zorgcoördinatie mensenhandel Zuid-Limburg',
    safetyRegions: ['VR24'],
    parties: ['comensha'],
    status: 'derived',
    description:
      'Zorgcoördinatieregio Zuid-Limburg. In de wegwijzer van 2015 had deze regio geen eigen coördinator; CoMensha nam de zorgcoördinatie op afstand waar.',
    note: `${MAPPING_NOTE}: de gemeenten van veiligheidsregio Limburg-Zuid.`,
  },
]

export class CsvImportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string | undefined,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${field === undefined ? '' : `field '${field}': `}${reason}`)
    this.name = 'CsvImportError'
  }
}

export interface GemeenteRow {
  readonly line: number
  readonly code: string
  readonly name: string
  readonly province: string
  readonly vrCode: string
  readonly vrName: string
  readonly policeUnit: string
  readonly riec: string
}

export interface GeneratedFile {
  /** Path relative to the data folder, e.g. `municipalities/GM0363.yaml`. */
  readonly path: string
  readonly content: string
}

export interface ImportResult {
  readonly rows: readonly GemeenteRow[]
  readonly files: readonly GeneratedFile[]
}

interface CsvRecord {
  readonly line: number
  readonly fields: string[]
}

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text: string, file: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let fieldStarted = false
  let line = 1
  let recordLine = 1
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const endRecord = () => {
    fields.push(field)
    if (!(fields.length === 1 && fields[0] === '')) {
      records.push({ line: recordLine, fields })
    }
    fields = []
    field = ''
    fieldStarted = false
  }
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          field += '"'
          i++
        } else {
          quoted = false
        }
      } else {
        if (ch === '\n') {
          line++
        }
        field += ch
      }
      continue
    }
    if (ch === '"') {
      if (fieldStarted) {
        throw new CsvImportError(file, line, undefined, `column ${fields.length + 1}: a quote may only open a field`)
      }
      quoted = true
      fieldStarted = true
    } else if (ch === ',') {
      fields.push(field)
      field = ''
      fieldStarted = false
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') {
        i++
      }
      endRecord()
      line++
      recordLine = line
    } else {
      field += ch
      fieldStarted = true
    }
  }
  if (quoted) {
    throw new CsvImportError(file, recordLine, undefined, 'unterminated quoted field')
  }
  endRecord()
  return records
}

const REQUIRED_PATTERNS: Partial<Record<Column, { pattern: RegExp; hint: string }>> = {
  code: { pattern: /^GM\d{4}$/, hint: 'expected GM followed by four digits, e.g. GM0363' },
  veiligheidsregio_code: { pattern: /^VR(0[1-9]|1\d|2[0-5])$/, hint: 'expected VR01 to VR25' },
}

/** Reads and checks every row; throws CsvImportError naming the line and field of the first problem. */
export function parseGemeenten(csvText: string, file = 'gemeenten.csv'): GemeenteRow[] {
  const records = parseCsv(csvText, file)
  const header = records[0]
  if (header === undefined) {
    throw new CsvImportError(file, 1, undefined, 'the file is empty; expected a header row')
  }
  EXPECTED_HEADER.forEach((name, i) => {
    if (header.fields[i]?.trim() !== name) {
      throw new CsvImportError(
        file,
        header.line,
        name,
        `header column ${i + 1} is '${header.fields[i] ?? ''}', expected '${name}'`,
      )
    }
  })
  if (header.fields.length !== EXPECTED_HEADER.length) {
    throw new CsvImportError(
      file,
      header.line,
      undefined,
      `header has ${header.fields.length} columns, expected ${EXPECTED_HEADER.length}`,
    )
  }

  const rows: GemeenteRow[] = []
  const byCode = new Map<string, number>()
  const byName = new Map<string, number>()
  const regionFacts = new Map<string, { line: number; vrName: string; province: string; policeUnit: string }>()
  for (const record of records.slice(1)) {
    const { line, fields } = record
    if (fields.length !== EXPECTED_HEADER.length) {
      throw new CsvImportError(
        file,
        line,
        undefined,
        `row has ${fields.length} fields, expected ${EXPECTED_HEADER.length} (quote fields that contain a comma)`,
      )
    }
    const get = (column: Column): string => {
      const value = (fields[EXPECTED_HEADER.indexOf(column)] ?? '').trim()
      if (value === '' && column !== 'source_notes') {
        throw new CsvImportError(file, line, column, 'is empty')
      }
      const rule = REQUIRED_PATTERNS[column]
      if (rule !== undefined && !rule.pattern.test(value)) {
        throw new CsvImportError(file, line, column, `'${value}' is not valid: ${rule.hint}`)
      }
      return value
    }
    const row: GemeenteRow = {
      line,
      code: get('code'),
      name: get('name'),
      province: get('province'),
      vrCode: get('veiligheidsregio_code'),
      vrName: get('veiligheidsregio_name'),
      policeUnit: get('politie_eenheid'),
      riec: get('riec'),
    }
    if (!(PROVINCES as readonly string[]).includes(row.province)) {
      throw new CsvImportError(
        file,
        line,
        'province',
        `unknown province '${row.province}'; expected one of ${PROVINCES.join(', ')}`,
      )
    }
    if (!(POLICE_UNITS as readonly string[]).includes(row.policeUnit)) {
      throw new CsvImportError(
        file,
        line,
        'politie_eenheid',
        `unknown police unit '${row.policeUnit}'; expected one of ${POLICE_UNITS.join(', ')}`,
      )
    }
    const expectedRiec = riecForPoliceUnit(row.policeUnit)
    if (row.riec !== expectedRiec) {
      throw new CsvImportError(
        file,
        line,
        'riec',
        `'${row.riec}' does not match police unit ${row.policeUnit}; expected '${expectedRiec}'`,
      )
    }
    const earlierCode = byCode.get(row.code)
    if (earlierCode !== undefined) {
      throw new CsvImportError(file, line, 'code', `duplicate code ${row.code} (also on line ${earlierCode})`)
    }
    const earlierName = byName.get(row.name)
    if (earlierName !== undefined) {
      throw new CsvImportError(file, line, 'name', `duplicate name '${row.name}' (also on line ${earlierName})`)
    }
    const facts = regionFacts.get(row.vrCode)
    if (facts === undefined) {
      regionFacts.set(row.vrCode, { line, vrName: row.vrName, province: row.province, policeUnit: row.policeUnit })
    } else {
      const clash: [Column, string, string][] = [
        ['veiligheidsregio_name', row.vrName, facts.vrName],
        ['province', row.province, facts.province],
        ['politie_eenheid', row.policeUnit, facts.policeUnit],
      ]
      for (const [column, value, earlier] of clash) {
        if (value !== earlier) {
          throw new CsvImportError(
            file,
            line,
            column,
            `'${value}' contradicts line ${facts.line}, which gives '${earlier}' for ${row.vrCode}`,
          )
        }
      }
    }
    byCode.set(row.code, line)
    byName.set(row.name, line)
    rows.push(row)
  }
  if (rows.length === 0) {
    throw new CsvImportError(file, header.line + 1, undefined, 'no municipality rows after the header')
  }
  return rows
}

/** Kebab-case id fragment: lowercase ASCII, diacritics dropped ('Fryslân' → 'fryslan'). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

export const regionIds = {
  province: (name: string) => `provincie-${slug(name)}`,
  policeUnit: (unit: string) => `politie-eenheid-${slug(unit)}`,
  riec: (riec: string) => `riec-${slug(riec.replace(/^RIEC /, ''))}`,
  safetyRegion: (vrName: string) => `veiligheidsregio-${slug(vrName)}`,
  veiligThuis: (vrName: string) => `veilig-thuis-${slug(vrName)}`,
  zorgcoordinatie: (regionSlug: string) => `zorgcoordinatie-${regionSlug}`,
}

function listNl(items: readonly string[]): string {
  if (items.length <= 1) {
    return items.join('')
  }
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`
}

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort()
}

function toYaml(record: object): string {
  return `${GENERATED_MARKER}\n${stringify(record, { lineWidth: 0 })}`
}

/** Builds every generated file from the CSV text; pure, so tests can call it directly. */
export function importGemeenten(csvText: string, file = 'gemeenten.csv'): ImportResult {
  const rows = parseGemeenten(csvText, file)
  const files: GeneratedFile[] = []
  const regions: Region[] = []
  const parties: Party[] = []

  const safetyRegions = new Map<string, GemeenteRow>()
  for (const row of rows) {
    if (!safetyRegions.has(row.vrCode)) {
      safetyRegions.set(row.vrCode, row)
    }
  }
  const vrByCode = [...safetyRegions.values()].sort(byKey((r) => r.vrCode))
  const vrNamesOf = (predicate: (r: GemeenteRow) => boolean) => vrByCode.filter(predicate).map((r) => r.vrName)
  const zorgByVr = new Map<string, ZorgcoordinatieRegion>()
  for (const zc of ZORGCOORDINATIE_REGIONS) {
    for (const vr of zc.safetyRegions) {
      zorgByVr.set(vr, zc)
    }
  }

  for (const province of uniqueSorted(rows.map((r) => r.province))) {
    regions.push({
      id: regionIds.province(province),
      kind: 'province',
      name: `Provincie ${province}`,
      description: `De provincie ${province}. Welke gemeenten erbij horen, is afgeleid uit hun veiligheidsregio: elke veiligheidsregio ligt binnen één provincie.`,
      status: 'sourced',
      sources: [SOURCE_IDS.cbs],
    })
  }

  for (const unit of uniqueSorted(rows.map((r) => r.policeUnit))) {
    const id = regionIds.policeUnit(unit)
    const vrs = vrNamesOf((r) => r.policeUnit === unit)
    regions.push({
      id,
      kind: 'police-unit',
      name: `Politie-eenheid ${unit}`,
      description: `Werkgebied van de regionale eenheid ${unit} van de Nationale Politie: ${vrs.length === 1 ? 'veiligheidsregio' : "de veiligheidsregio's"} ${listNl(vrs)}.`,
      parties: [id],
      status: 'sourced',
      sources: [SOURCE_IDS.politiewet, SOURCE_IDS.politieEenheden],
    })
    parties.push({
      id,
      name: `Politie-eenheid ${unit}`,
      shortName: `Politie ${unit}`,
      kind: 'police-justice',
      level: 'regional',
      parent: 'politie',
      description: `Regionale eenheid ${unit} van de Nationale Politie, werkzaam in ${vrs.length === 1 ? 'veiligheidsregio' : "de veiligheidsregio's"} ${listNl(vrs)}. Hier komen signalen, meldingen en aangiften van mensenhandel uit dit gebied binnen en doet de eenheid het opsporingsonderzoek.`,
      contact: {
        phone: '0900-8844',
        phoneNote: 'Algemeen nummer van de politie, zonder spoed. Bij spoed: 112.',
        website: 'https://www.politie.nl',
      },
      serviceTypes: ['signalering-melding', 'opsporing-aangifte-vervolging'],
      status: 'sourced',
      sources: [SOURCE_IDS.politiewet, SOURCE_IDS.politieEenheden],
    })
  }

  for (const riec of uniqueSorted(rows.map((r) => r.riec))) {
    const id = regionIds.riec(riec)
    const units = uniqueSorted(rows.filter((r) => r.riec === riec).map((r) => r.policeUnit))
    const label = riec.replace(/^RIEC /, '')
    regions.push({
      id,
      kind: 'riec',
      name: riec,
      description: `Werkgebied van het Regionaal Informatie- en Expertisecentrum ${label}, gelijk aan politie-eenheid ${listNl(units)}.`,
      parties: [id],
      status: 'derived',
      sources: [SOURCE_IDS.riec],
      note: 'riec.nl noemt één RIEC per politie-eenheid, maar publiceert geen lijst van gemeenten. Wij nemen aan dat het werkgebied gelijk is aan dat van de politie-eenheid.',
    })
    parties.push({
      id,
      name: `Regionaal Informatie- en Expertisecentrum ${label}`,
      shortName: riec,
      kind: 'regional-network',
      level: 'regional',
      parent: 'riec',
      description: `Het RIEC ${label} ondersteunt gemeenten en hun partners (politie, OM, Belastingdienst, inspecties) in het werkgebied bij de geïntegreerde aanpak van ondermijnende criminaliteit, waaronder mensenhandel. Het deelt casusinformatie, geeft adviezen over bestuurlijke interventies en over Bibob.`,
      contact: { website: 'https://www.riec.nl' },
      serviceTypes: ['bestuurlijke-aanpak', 'beleid-kennis'],
      status: 'sourced',
      sources: [SOURCE_IDS.riec],
    })
  }

  for (const vr of vrByCode) {
    const vtId = regionIds.veiligThuis(vr.vrName)
    const policeId = regionIds.policeUnit(vr.policeUnit)
    const riecId = regionIds.riec(vr.riec)
    regions.push({
      id: regionIds.safetyRegion(vr.vrName),
      kind: 'safety-region',
      name: `Veiligheidsregio ${vr.vrName}`,
      code: vr.vrCode,
      description: `Veiligheidsregio ${vr.vrName} (${vr.vrCode}) in de provincie ${vr.province}, onderdeel van het werkgebied van politie-eenheid ${vr.policeUnit}.`,
      parties: [policeId, riecId, vtId],
      status: 'sourced',
      sources: [SOURCE_IDS.cbs, SOURCE_IDS.vws],
    })
    const vtNote =
      "Per veiligheidsregio gemodelleerd: Veilig Thuis-regio's vallen grotendeels samen met de veiligheidsregio's, maar het aantal organisaties (ongeveer 26) is niet geverifieerd. Waar een veiligheidsregio meer dan één Veilig Thuis-organisatie heeft (mogelijk Midden- en West-Brabant), is dit record een vereenvoudiging. De eigen naam van de organisatie kan afwijken."
    regions.push({
      id: vtId,
      kind: 'veilig-thuis',
      name: `Veilig Thuis ${vr.vrName}`,
      description: `Werkgebied van Veilig Thuis voor de gemeenten van veiligheidsregio ${vr.vrName}.`,
      parties: [vtId],
      status: 'derived',
      sources: [SOURCE_IDS.veiligThuis],
      note: vtNote,
    })
    parties.push({
      id: vtId,
      name: `Veilig Thuis ${vr.vrName}`,
      kind: 'care-provider',
      level: 'regional',
      parent: 'veilig-thuis',
      description: `Advies- en meldpunt huiselijk geweld en kindermishandeling voor de gemeenten van veiligheidsregio ${vr.vrName}. Professionals en burgers kunnen hier advies vragen en zorgen melden, ook over signalen van uitbuiting van minderjarigen en loverboyproblematiek.`,
      contact: {
        phone: '0800-2000',
        phoneNote:
          'Landelijk gratis nummer van Veilig Thuis; de beller komt bij de Veilig Thuis-organisatie in de eigen regio.',
        website: 'https://veiligthuis.nl',
      },
      serviceTypes: ['signalering-melding', 'registratie-advies'],
      status: 'derived',
      sources: [SOURCE_IDS.veiligThuis],
      note: vtNote,
    })
  }

  for (const zc of ZORGCOORDINATIE_REGIONS) {
    const known = zc.safetyRegions.filter((vr) => safetyRegions.has(vr))
    if (known.length === 0) {
      continue
    }
    const sources: string[] = [SOURCE_IDS.zorgcoordinatie2015, SOURCE_IDS.zorgcoordinatieActueel]
    if (zc.parties.includes('comensha')) {
      sources.push(SOURCE_IDS.comenshaZorgcoordinatie)
    }
    regions.push({
      id: regionIds.zorgcoordinatie(zc.slug),
      kind: 'zorgcoordinatie',
      name: zc.name,
      description: zc.description,
      parties: [...zc.parties],
      status: zc.status,
      sources,
      note: zc.note,
    })
  }

  for (const row of rows) {
    const zc = zorgByVr.get(row.vrCode)
    const municipality: Municipality = {
      id: row.code,
      name: row.name,
      regions: {
        province: regionIds.province(row.province),
        policeUnit: regionIds.policeUnit(row.policeUnit),
        riec: regionIds.riec(row.riec),
        safetyRegion: regionIds.safetyRegion(row.vrName),
        veiligThuis: regionIds.veiligThuis(row.vrName),
        ...(zc === undefined ? {} : { zorgcoordinatie: regionIds.zorgcoordinatie(zc.slug) }),
      },
      status: 'derived',
      sources:
        zc === undefined
          ? [SOURCE_IDS.cbs, SOURCE_IDS.vws]
          : [SOURCE_IDS.cbs, SOURCE_IDS.vws, SOURCE_IDS.zorgcoordinatie2015],
      note: `Code en naam: CBS-indeling 2025. Veiligheidsregio: VWS-dashboard (2023). Provincie, politie-eenheid en RIEC zijn afgeleid uit de veiligheidsregio; Veilig Thuis-regio${zc === undefined ? '' : ' en zorgcoördinatieregio'} ook.${zc === undefined ? ' Geen zorgcoördinatieregio bekend; CoMensha vult dat gat landelijk.' : ''}`,
    }
    files.push({ path: `municipalities/${row.code}.yaml`, content: toYaml(municipality) })
  }
  for (const region of regions) {
    files.push({ path: `regions/${region.id}.yaml`, content: toYaml(region) })
  }
  for (const party of parties) {
    files.push({ path: `parties/${party.id}.yaml`, content: toYaml(party) })
  }
  const seen = new Set<string>()
  for (const f of files) {
    if (seen.has(f.path)) {
      throw new Error(`internal error: two records would be written to ${f.path}`)
    }
    seen.add(f.path)
  }
  files.sort(byKey((f) => f.path))
  return { rows, files }
}

/** Region kinds this script owns, for reports. */
export const GENERATED_REGION_KINDS: readonly RegionKind[] = [
  'province',
  'police-unit',
  'riec',
  'safety-region',
  'veilig-thuis',
  'zorgcoordinatie',
]

interface SyncReport {
  readonly written: string[]
  readonly removed: string[]
  readonly unchanged: number
}

/** Brings dataDir in line with the generated files; with check, only reports what would change. */
export function syncFiles(dataDir: string, files: readonly GeneratedFile[], check: boolean): SyncReport {
  const written: string[] = []
  const removed: string[] = []
  let unchanged = 0
  const wanted = new Set(files.map((f) => f.path))
  for (const f of files) {
    const path = join(dataDir, f.path)
    const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined
    if (current === f.content) {
      unchanged++
      continue
    }
    if (current !== undefined && !current.startsWith(GENERATED_MARKER)) {
      throw new Error(`${path} exists and was not written by this script; refusing to overwrite it`)
    }
    written.push(f.path)
    if (!check) {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, f.content)
    }
  }
  for (const dir of OUTPUT_DIRS) {
    const full = join(dataDir, dir)
    if (!existsSync(full)) {
      continue
    }
    for (const name of readdirSync(full).sort()) {
      const rel = `${dir}/${name}`
      if (wanted.has(rel) || !name.endsWith('.yaml')) {
        continue
      }
      if (readFileSync(join(full, name), 'utf8').startsWith(GENERATED_MARKER)) {
        removed.push(rel)
        if (!check) {
          unlinkSync(join(full, name))
        }
      }
    }
  }
  return { written, removed, unchanged }
}

function main(argv: readonly string[]): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  let csvPath = resolve(root, '../shared/data/gemeenten.csv')
  let dataDir = join(root, 'data')
  let check = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--csv' || arg === '--data') {
      const value = argv[i + 1]
      if (value === undefined) {
        console.error(`${arg} needs a path`)
        return 2
      }
      if (arg === '--csv') {
        csvPath = resolve(value)
      } else {
        dataDir = resolve(value)
      }
      i++
    } else if (arg === '--check') {
      check = true
    } else {
      console.error(
        `unknown argument '${arg}'\nusage: node --import tsx scripts/import-gemeenten.ts [--csv PATH] [--data DIR] [--check]`,
      )
      return 2
    }
  }
  let text: string
  try {
    text = readFileSync(csvPath, 'utf8')
  } catch (e) {
    console.error(`cannot read ${csvPath}: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
  let result: ImportResult
  try {
    result = importGemeenten(text, basename(csvPath))
  } catch (e) {
    if (e instanceof CsvImportError) {
      console.error(`${csvPath}:${e.line}: ${e.field === undefined ? '' : `field '${e.field}': `}${e.reason}`)
      return 1
    }
    throw e
  }
  const report = syncFiles(dataDir, result.files, check)
  const changes = [
    ...report.written.map((p) => `${check ? 'stale' : 'wrote'} ${p}`),
    ...report.removed.map((p) => `${check ? 'obsolete' : 'removed'} ${p}`),
  ]
  for (const c of changes) {
    console.log(c)
  }
  console.log(
    `${result.rows.length} municipalities, ${result.files.length} files: ${report.written.length} ${check ? 'out of date' : 'written'}, ${report.removed.length} ${check ? 'obsolete' : 'removed'}, ${report.unchanged} unchanged`,
  )
  return check && changes.length > 0 ? 1 : 0
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2))
}
