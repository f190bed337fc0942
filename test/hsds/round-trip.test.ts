// SPDX-License-Identifier: EUPL-1.2
// `wegwijzer export --format hsds-json|hsds-csv DIR` on the national dataset: every exported object
// is valid against the official schemas, and reading our own export back into an empty HSDS store
// gives the same organisations, services, phones and service areas (counts, ids and every field),
// from either form. Two exports of the same data are byte for byte the same.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { loadDataset } from '../../src/data/dataset/load.ts'
import { datasetHashOf } from '../../src/data/dataset/content-hash.ts'
import { buildCatalog } from '../../src/domain/catalog/index.ts'
import {
  buildHsds,
  compareStores,
  readHsdsCsv,
  readHsdsJson,
  tableObjects,
  typeOfFile,
  type HsdsDataset,
  type HsdsStore,
} from '../../src/domain/hsds/index.ts'
import { todayInAmsterdam } from '../../src/domain/validity.ts'
import { hsdsWordsNl } from '../../src/messages/hsds.ts'
import { captureIo } from '../helpers/capture-io.ts'
import { FIXTURE_DIR } from '../helpers/fixture.ts'
import { invalidObjects } from './oracle.ts'

const DATA = join(import.meta.dirname, '../../data')
const AS_OF = '2026-06-01'
const work = mkdtempSync(join(tmpdir(), 'wegwijzer-hsds-'))
const env = { WEGWIJZER_CACHE_DIR: join(work, 'cache') }

async function exportTo(dir: string, ...args: string[]) {
  const io = captureIo({ cwd: work, env })
  const code = await main(['export', ...args, dir], io)
  return { code, out: io.stdout.join('\n'), err: io.stderr.join('\n') }
}

function readDir(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]))
}

let original: HsdsDataset
let expected: HsdsStore
beforeAll(async () => {
  const { dataset } = loadDataset(DATA)
  original = buildHsds(buildCatalog(dataset, { version: datasetHashOf(dataset) }).on(AS_OF), hsdsWordsNl)
  // The view's own objects, flat, in a store of the same shape as what is read back.
  expected = readHsdsJson(
    Object.fromEntries(Object.entries(tableObjects(original)).map(([type, list]) => [`${type}s.json`, list])),
  )
  for (const [format, dir] of [
    ['hsds-json', 'json'],
    ['hsds-csv', 'csv'],
    ['hsds-json', 'json-again'],
  ] as const) {
    const r = await exportTo(dir, '--format', format, '--as-of', AS_OF)
    expect(r.err).toMatch(/^exported \d+ organizations, \d+ services/)
    expect(r.code).toBe(0)
  }
}, 120_000)

describe('the JSON form', () => {
  it('has one file per object type and a datapackage.json that lists them with size and hash', () => {
    const files = readDir(join(work, 'json'))
    const descriptor = JSON.parse(files.get('datapackage.json') ?? '{}') as {
      profile: string
      version: string
      resources: { path: string; bytes: number; hash: string; 'x-count': number }[]
    }
    expect(descriptor.profile).toBe('data-package')
    expect(descriptor.version).toBe(original.version)
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(
      [...files.keys()].filter((f) => f !== 'datapackage.json').sort(),
    )
    for (const r of descriptor.resources) {
      const text = files.get(r.path) ?? ''
      expect(Buffer.byteLength(text), r.path).toBe(r.bytes)
      expect((JSON.parse(text) as unknown[]).length, r.path).toBe(r['x-count'])
    }
  })

  it('holds only objects that are valid against the official schemas (0 errors)', () => {
    let objects = 0
    for (const [name, text] of readDir(join(work, 'json'))) {
      const type = typeOfFile(name)
      if (type === undefined) {
        expect(name).toBe('datapackage.json')
        continue
      }
      const list = JSON.parse(text) as unknown[]
      objects += list.length
      expect(invalidObjects(type, list), name).toEqual([])
    }
    expect(objects).toBeGreaterThan(10_000)
  })

  it('reads back as the same organisations, services, phones and service areas, and the rest', () => {
    const files = readDir(join(work, 'json'))
    const store = readHsdsJson(
      Object.fromEntries([...files].map(([name, text]) => [name, JSON.parse(text) as unknown])),
    )
    for (const [type, list] of [
      ['organization', original.organizations],
      ['service', original.services],
      ['phone', original.phones],
      ['service_area', original.serviceAreas],
    ] as const) {
      const read = store.get(type)
      expect(read?.size, type).toBe(list.length)
      expect([...(read?.keys() ?? [])].sort(), type).toEqual(list.map((o) => o.id).sort())
    }
    expect(compareStores(expected, store)).toEqual([])
  })

  it('is the same, byte for byte, when exported again', () => {
    expect(readDir(join(work, 'json-again'))).toEqual(readDir(join(work, 'json')))
  })
})

describe('the tabular form', () => {
  it('has the CSV files its datapackage.json lists, each with the listed columns', () => {
    const files = readDir(join(work, 'csv'))
    const descriptor = JSON.parse(files.get('datapackage.json') ?? '{}') as {
      profile: string
      resources: { path: string; schema: { fields: { name: string }[] } }[]
    }
    expect(descriptor.profile).toBe('tabular-data-package')
    for (const r of descriptor.resources) {
      const header = (files.get(r.path) ?? '').split('\r\n')[0]
      expect(header, r.path).toBe(r.schema.fields.map((f) => f.name).join(','))
    }
    expect(descriptor.resources.length).toBe(files.size - 1)
  })

  it('reads back as the same objects as the view (and so as the JSON form)', () => {
    const store = readHsdsCsv(Object.fromEntries(readDir(join(work, 'csv'))))
    expect(store.get('service')?.size).toBe(original.services.length)
    expect(store.get('phone')?.size).toBe(original.phones.length)
    expect(compareStores(expected, store)).toEqual([])
  })
})

describe('wegwijzer export', () => {
  it('names what is wrong with its flags', async () => {
    const cases: [string[], RegExp][] = [
      [['out'], /--format is required/],
      [['--format', 'hsds-xml', 'out'], /--format 'hsds-xml' is not known/],
      [['--format', 'hsds-json'], /give one folder/],
      [['--format', 'hsds-json', '--as-of', '2026-02-30', 'out'], /--as-of: '2026-02-30' is not a date/],
      [['--format', 'hsds-json', '--bogus', 'out'], /bogus/],
    ]
    for (const [args, message] of cases) {
      const io = captureIo({ cwd: work, env })
      expect(await main(['export', ...args], io), args.join(' ')).toBe(2)
      expect(io.stderr.join('\n')).toMatch(message)
    }
    expect(existsSync(join(work, 'out'))).toBe(false)
  })

  it('exports nothing from a dataset with problems', async () => {
    const io = captureIo({ cwd: work, env })
    const broken = join(work, 'broken-data')
    cpSync(FIXTURE_DIR, broken, { recursive: true })
    writeFileSync(join(broken, 'parties/comensha.yaml'), 'id: comensha\nkind: coordination\n')
    const code = await main(['export', '--format', 'hsds-csv', '--source', broken, 'broken-out'], io)
    expect(code).toBe(1)
    expect(io.stderr.join('\n')).toMatch(/problem\(s\) in .*: nothing exported/)
    expect(existsSync(join(work, 'broken-out'))).toBe(false)
  })

  it('exports today by default', async () => {
    const r = await exportTo('today', '--format', 'hsds-json')
    expect(r.code).toBe(0)
    expect(r.err).toContain(`as of ${todayInAmsterdam()}`)
  })
})
