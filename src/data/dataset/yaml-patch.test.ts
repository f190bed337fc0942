// SPDX-License-Identifier: EUPL-1.2
// Editorial changes written back into YAML text: only the edited value changes, comments and
// quoting stay; changes that cannot be made in place still give a file that reads back exactly.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { freshYaml, patchYamlText } from './yaml-patch.ts'

const FILE = `# Checked by hand.
id: comensha
name: CoMensha
description: >-
  Landelijk coördinatiecentrum dat slachtoffers registreert en
  professionals adviseert.
contact:
  phones:
    - number: "033 448 11 86" # helpdesk
      source: comensha-site
      verifiedAt: 2026-12-06
serviceTypes: [registratie-advies, opvang]
sources: ['a-b', c]
`

describe('editorial export: patchYamlText', () => {
  it('returns the text itself when nothing changed', () => {
    expect(patchYamlText(FILE, parse(FILE))).toBe(FILE)
  })

  it('changes only the edited value, keeping its quotes and the comments', () => {
    const value = parse(FILE)
    value.contact.phones[0].number = '033 448 11 99'
    value.contact.phones[0].verifiedAt = '2026-12-07'
    const out = patchYamlText(FILE, value)
    expect(out).toBe(
      FILE.replace('"033 448 11 86"', '"033 448 11 99"').replace('verifiedAt: 2026-12-06', 'verifiedAt: 2026-12-07'),
    )
  })

  it('edits values inside flow lists safely', () => {
    const value = parse(FILE)
    value.serviceTypes[1] = 'tolk, vertaling'
    value.sources[0] = "it's"
    const out = patchYamlText(FILE, value)
    expect(parse(out)).toEqual(value)
    expect(out).toContain('# Checked by hand.')
    expect(out).toContain('[registratie-advies, "tolk, vertaling"]')
  })

  it('rewrites a folded text and added or removed fields, still reading back exactly', () => {
    const value = parse(FILE)
    value.description = 'Nieuw.'
    value.verifiedAt = '2026-12-07'
    delete value.name
    const out = patchYamlText(FILE, value)
    expect(parse(out)).toEqual(value)
    expect(out).toContain('# Checked by hand.')
  })

  it('writes fresh YAML for a record without a file', () => {
    const value = { id: 'x', sources: ['a'], contact: { website: 'https://example.org' } }
    expect(parse(freshYaml(value))).toEqual(value)
  })
})
