// SPDX-License-Identifier: EUPL-1.2
// Runs the municipality importer on a small CSV: the records it writes, its determinism, and the
// error it gives for a malformed row (which line, which field).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  CsvImportError,
  GENERATED_MARKER,
  importGemeenten,
  parseCsv,
  slug,
  syncFiles,
  ZORGCOORDINATIE_REGIONS,
} from '../scripts/import-gemeenten.ts'
import { loadDataset } from '../src/data/dataset/load.ts'

const HEADER = 'code,name,province,veiligheidsregio_code,veiligheidsregio_name,politie_eenheid,riec,source_notes'
const NOTE = 'code+name: CBS 2025'
const ROWS = [
  `GM0014,Groningen,Groningen,VR01,Groningen,Noord-Nederland,RIEC Noord-Nederland,${NOTE}`,
  `GM0080,Leeuwarden,Fryslân,VR02,Fryslân,Noord-Nederland,RIEC Noord-Nederland,"${NOTE}; quoted, with comma"`,
  `GM0363,Amsterdam,Noord-Holland,VR13,Amsterdam-Amstelland,Amsterdam,RIEC Amsterdam-Amstelland,${NOTE}`,
  `GM0505,Dordrecht,Zuid-Holland,VR18,Zuid-Holland-Zuid,Rotterdam,RIEC Rotterdam,${NOTE}`,
]
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n'

function fileOf(result: ReturnType<typeof importGemeenten>, path: string): Record<string, unknown> {
  const file = result.files.find((f) => f.path === path)
  if (file === undefined) {
    throw new Error(`no generated file ${path}`)
  }
  expect(file.content.startsWith(`${GENERATED_MARKER}\n`)).toBe(true)
  return parse(file.content) as Record<string, unknown>
}

function errorOf(text: string): CsvImportError {
  try {
    importGemeenten(text, 'test.csv')
  } catch (e) {
    if (e instanceof CsvImportError) {
      return e
    }
    throw e
  }
  throw new Error('expected a CsvImportError')
}

describe('importGemeenten', () => {
  const result = importGemeenten(csv(...ROWS), 'test.csv')

  it('writes one municipality per row with all its regions', () => {
    expect(result.rows).toHaveLength(4)
    expect(fileOf(result, 'municipalities/GM0080.yaml')).toEqual({
      id: 'GM0080',
      name: 'Leeuwarden',
      aliases: [{ name: 'Leeuwarderadeel', kind: 'former-municipality', until: '2018-01-01' }],
      regions: {
        province: 'provincie-fryslan',
        policeUnit: 'politie-eenheid-noord-nederland',
        riec: 'riec-noord-nederland',
        safetyRegion: 'veiligheidsregio-fryslan',
        veiligThuis: 'veilig-thuis-fryslan',
        zorgcoordinatie: 'zorgcoordinatie-friesland',
      },
      en: {
        note: expect.stringContaining('derived from the safety region') as unknown,
        translation: { note: 'machine' },
      },
      status: 'derived',
      sources: ['cbs-gebiedsindelingen', 'vws-dashboard-gemeenten-veiligheidsregio'],
      note: expect.stringContaining('afgeleid uit de veiligheidsregio') as unknown,
    })
  })

  it('gives every municipality a zorgcoördinatie region, unconfirmed ones with CoMensha as fallback', () => {
    const dordrecht = fileOf(result, 'municipalities/GM0505.yaml') as { regions: Record<string, string> }
    expect(dordrecht.regions.zorgcoordinatie).toBe('zorgcoordinatie-zuid-holland-zuid')
    expect(dordrecht.regions.policeUnit).toBe('politie-eenheid-rotterdam')
    expect(fileOf(result, 'regions/zorgcoordinatie-zuid-holland-zuid.yaml')).toMatchObject({
      kind: 'zorgcoordinatie',
      parties: [],
      fallback: 'comensha',
      status: 'unverified',
    })
  })

  it('writes the other names of a municipality (common name, merged municipalities, places)', () => {
    const amsterdam = fileOf(result, 'municipalities/GM0363.yaml') as { aliases?: unknown[] }
    expect(amsterdam.aliases).toEqual([
      { name: 'Weesp', kind: 'former-municipality', until: '2022-03-24', source: 'nd-herindelingen-2022' },
    ])
    const groningen = fileOf(result, 'municipalities/GM0014.yaml') as { aliases?: { name: string }[] }
    expect(groningen.aliases?.map((a) => a.name)).toEqual(['Haren', 'Ten Boer'])
  })

  it('puts each of the 25 safety regions in exactly one zorgcoördinatie region', () => {
    const codes = ZORGCOORDINATIE_REGIONS.flatMap((z) => z.safetyRegions).sort()
    expect(codes).toEqual(Array.from({ length: 25 }, (_, i) => `VR${String(i + 1).padStart(2, '0')}`))
  })

  it('writes the regions and regional parties the rows need, and only those', () => {
    const paths = result.files.map((f) => f.path)
    expect(paths).toEqual([...paths].sort())
    expect(paths.filter((p) => p.startsWith('parties/'))).toEqual(
      [
        'parties/politie-eenheid-amsterdam',
        'parties/politie-eenheid-noord-nederland',
        'parties/politie-eenheid-rotterdam',
        'parties/riec-amsterdam-amstelland',
        'parties/riec-noord-nederland',
        'parties/riec-rotterdam',
        'parties/veilig-thuis-amsterdam-amstelland',
        'parties/veilig-thuis-fryslan',
        'parties/veilig-thuis-groningen',
        'parties/veilig-thuis-zuid-holland-zuid',
      ].map((p) => `${p}.yaml`),
    )
    expect(paths.filter((p) => p.startsWith('regions/zorgcoordinatie-'))).toEqual([
      'regions/zorgcoordinatie-amsterdam.yaml',
      'regions/zorgcoordinatie-friesland.yaml',
      'regions/zorgcoordinatie-groningen.yaml',
      'regions/zorgcoordinatie-zuid-holland-zuid.yaml',
    ])
    expect(fileOf(result, 'regions/veiligheidsregio-amsterdam-amstelland.yaml')).toMatchObject({
      kind: 'safety-region',
      code: 'VR13',
      parties: ['politie-eenheid-amsterdam', 'riec-amsterdam-amstelland', 'veilig-thuis-amsterdam-amstelland'],
    })
    expect(fileOf(result, 'parties/politie-eenheid-rotterdam.yaml')).toMatchObject({
      parent: 'politie',
      kind: 'police-justice',
      level: 'regional',
      contact: {
        phones: [
          expect.objectContaining({ number: '112', purpose: 'emergency' }),
          expect.objectContaining({ number: '0900-8844', purpose: 'general' }),
        ],
        website: 'https://www.politie.nl',
      },
    })
    expect(fileOf(result, 'parties/veilig-thuis-groningen.yaml')).toMatchObject({
      parent: 'veilig-thuis',
      status: 'derived',
      contact: { phones: [expect.objectContaining({ number: '0800-2000', purpose: '24-7', free: true })] },
    })
    expect(fileOf(result, 'regions/riec-amsterdam-amstelland.yaml')).toMatchObject({ kind: 'riec', status: 'derived' })
  })

  it('writes English beside every generated name, description and note, marked machine (issue 15)', () => {
    const records = result.files.map(
      (f) => fileOf(result, f.path) as { id: string; note?: string; en?: Record<string, unknown> },
    )
    expect(records.length).toBeGreaterThan(0)
    for (const r of records) {
      if (!/^GM\d{4}$/.test(r.id)) {
        expect(r.en, r.id).toMatchObject({
          name: expect.any(String),
          description: expect.any(String),
          translation: { name: 'machine', description: 'machine' },
        })
      }
      if (r.note !== undefined) {
        expect(r.en, r.id).toMatchObject({ note: expect.any(String), translation: { note: 'machine' } })
      }
    }
    expect(fileOf(result, 'regions/politie-eenheid-rotterdam.yaml')['en']).toMatchObject({
      name: 'Police unit Rotterdam',
      description: 'Area of the regional unit Rotterdam of the National Police: the safety region Zuid-Holland-Zuid.',
    })
  })

  it('is deterministic, whatever the row order', () => {
    const again = importGemeenten(csv(...[...ROWS].reverse()), 'test.csv')
    expect(again.files).toEqual(result.files)
  })

  it('produces records that pass the dataset schemas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-gemeenten-'))
    try {
      const data = join(dir, 'data')
      syncFiles(data, result.files, false)
      const { problems } = loadDataset(data, dir)
      // Sources and national parties live elsewhere; only unresolved references may remain.
      expect(problems.filter((p) => !/^unknown (source|party) /.test(p.message))).toEqual([])
      expect(readdirSync(join(data, 'municipalities'))).toHaveLength(4)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('malformed CSV', () => {
  it('names the line and field of a bad code', () => {
    const e = errorOf(
      csv(ROWS[0] ?? '', 'GM12,Nergens,Groningen,VR01,Groningen,Noord-Nederland,RIEC Noord-Nederland,x'),
    )
    expect(e.line).toBe(3)
    expect(e.field).toBe('code')
    expect(e.message).toBe(
      "test.csv:3: field 'code': 'GM12' is not valid: expected GM followed by four digits, e.g. GM0363",
    )
  })

  it('names the line of a row with too few fields', () => {
    const e = errorOf(csv(ROWS[0] ?? '', ROWS[1] ?? '', 'GM0999,Kort,Groningen,VR01'))
    expect(e.message).toBe('test.csv:4: row has 4 fields, expected 8 (quote fields that contain a comma)')
  })

  it('rejects a RIEC that does not belong to the police unit', () => {
    const e = errorOf(csv('GM0014,Groningen,Groningen,VR01,Groningen,Noord-Nederland,RIEC Limburg,x'))
    expect(e.field).toBe('riec')
    expect(e.message).toContain("test.csv:2: field 'riec': 'RIEC Limburg' does not match police unit Noord-Nederland")
  })

  it('rejects a safety region that contradicts an earlier row', () => {
    const e = errorOf(
      csv(ROWS[0] ?? '', 'GM0037,Stadskanaal,Drenthe,VR01,Groningen,Noord-Nederland,RIEC Noord-Nederland,x'),
    )
    expect(e.message).toBe(
      "test.csv:3: field 'province': 'Drenthe' contradicts line 2, which gives 'Groningen' for VR01",
    )
  })

  it('rejects duplicates, empty fields, a wrong header and an open quote', () => {
    expect(errorOf(csv(ROWS[0] ?? '', ROWS[0] ?? '')).message).toBe(
      "test.csv:3: field 'code': duplicate code GM0014 (also on line 2)",
    )
    expect(errorOf(csv('GM0014,,Groningen,VR01,Groningen,Noord-Nederland,RIEC Noord-Nederland,x')).message).toBe(
      "test.csv:2: field 'name': is empty",
    )
    expect(errorOf('gemeentecode,name\n').field).toBe('code')
    expect(errorOf(csv(ROWS[0] ?? '', 'GM0015,"Open,Groningen')).message).toBe('test.csv:3: unterminated quoted field')
  })
})

describe('parseCsv and slug', () => {
  it('keeps quoted commas, doubled quotes and line numbers', () => {
    const records = parseCsv('a,b\r\n"x, ""y""",z\n\n"multi\nline",w\n', 't.csv')
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'z'] },
      { line: 4, fields: ['multi\nline', 'w'] },
    ])
  })

  it('makes ASCII kebab-case ids', () => {
    expect(slug('Fryslân')).toBe('fryslan')
    expect(slug('Noord- en Oost-Gelderland')).toBe('noord-en-oost-gelderland')
    expect(slug("'s-Hertogenbosch")).toBe('s-hertogenbosch')
  })
})

describe('syncFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-sync-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('removes stale generated files but never hand-written ones', () => {
    const first = importGemeenten(csv(...ROWS), 'test.csv')
    syncFiles(dir, first.files, false)
    writeFileSync(join(dir, 'parties', 'politie.yaml'), 'id: politie\n')
    const second = importGemeenten(csv(ROWS[0] ?? ''), 'test.csv')
    expect(syncFiles(dir, second.files, true).removed).toContain('municipalities/GM0363.yaml')
    const report = syncFiles(dir, second.files, false)
    expect(report.removed).toContain('parties/riec-rotterdam.yaml')
    expect(readdirSync(join(dir, 'municipalities'))).toEqual(['GM0014.yaml'])
    expect(readFileSync(join(dir, 'parties', 'politie.yaml'), 'utf8')).toBe('id: politie\n')
    expect(syncFiles(dir, second.files, true)).toEqual({ written: [], removed: [], unchanged: second.files.length })
  })
})
