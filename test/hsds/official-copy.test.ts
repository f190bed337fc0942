// SPDX-License-Identifier: EUPL-1.2
// test/fixtures/hsds-3.0 is an unmodified copy of Open Referral's HSDS 3.0 schemas. Where the
// project's shared reference copy is next to the checkout (../shared/hsds-3.0), the two must agree
// file for file, so the oracle cannot drift from what the issue names.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OFFICIAL_DIR } from './oracle.ts'

const root = join(import.meta.dirname, '../..')
const shared = [join(root, '../shared/hsds-3.0/schema'), join(root, '../../shared/hsds-3.0/schema')].find((d) =>
  existsSync(d),
)

describe('the copy of the official HSDS schemas', () => {
  it('has a schema for every object type we publish', () => {
    const files = readdirSync(OFFICIAL_DIR)
    for (const type of ['organization', 'service', 'phone', 'service_area', 'taxonomy_term', 'attribute']) {
      expect(files).toContain(`${type}.json`)
    }
  })

  it.skipIf(shared === undefined)('is the shared reference copy, byte for byte', () => {
    const names = readdirSync(shared ?? '').filter((f) => f.endsWith('.json'))
    expect(readdirSync(OFFICIAL_DIR).filter((f) => f.endsWith('.json'))).toEqual(names)
    for (const name of names) {
      expect(readFileSync(join(OFFICIAL_DIR, name), 'utf8'), name).toBe(readFileSync(join(shared ?? '', name), 'utf8'))
    }
  })
})
