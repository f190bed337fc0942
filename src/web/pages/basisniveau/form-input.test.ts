// SPDX-License-Identifier: EUPL-1.2
// Reading the posted scan form: answers, evidence, version and action, with errors per field.
import { describe, expect, it } from 'vitest'
import { municipalDataset } from '../../../../test/helpers/municipal-dataset.ts'
import { nl } from '../../../messages/nl.ts'
import { EVIDENCE_MAX, parseScanForm, rawFromAnswers } from './form-input.ts'

const elements = municipalDataset().basisniveau
const parse = (body: string) => parseScanForm(elements, new URLSearchParams(body), nl.basisniveau, 'scan-formulier')

describe('parseScanForm', () => {
  it('reads answers, trims evidence, normalises newlines and leaves open questions out', () => {
    const p = parse(
      'versie=3&actie=publiceren&antwoord-bn01-1=deels&onderbouwing-bn01-1=%20regel%201%0D%0Aregel%202%20&antwoord-bn01-2=&onderbouwing-bn02-1=',
    )
    expect(p.errors).toEqual([])
    expect(p.version).toBe(3)
    expect(p.action).toBe('publiceren')
    expect(p.answers).toEqual({ 'bn01-1': { answer: 'deels', evidence: 'regel 1\nregel 2' } })
  })

  it('names the field of every problem and keeps what was typed', () => {
    const long = 'x'.repeat(EVIDENCE_MAX + 1)
    const p = parse(
      `versie=1&antwoord-bn01-1=misschien&onderbouwing-bn01-1=bewaar%20mij&onderbouwing-bn01-2=${long}&antwoord-bn02-1=niet&antwoord-bn02-1=voldoet&extra=1`,
    )
    expect(p.errors.map((e) => [e.fieldId, e.kind])).toEqual([
      ['scan-formulier', 'form'],
      ['vraag-bn01-1', 'answer'],
      ['onderbouwing-bn01-2', 'evidence'],
      ['vraag-bn02-1', 'answer'],
    ])
    expect(p.errors[0]?.message).toContain('"extra"')
    expect(p.errors[1]?.message).toContain('BN01-1')
    expect(p.errors[2]?.message).toContain(`${EVIDENCE_MAX + 1} tekens`)
    expect(p.raw.get('bn01-1')).toEqual({ answer: 'misschien', evidence: 'bewaar mij' })
  })

  it('requires a version and a known action', () => {
    expect(parse('antwoord-bn01-1=niet').errors.map((e) => e.message)).toEqual([nl.basisniveau.badVersion])
    expect(parse('versie=0').version).toBeUndefined()
    expect(parse('versie=2&actie=wissen').errors.map((e) => e.message)).toEqual([nl.basisniveau.badAction])
    expect(parse('versie=2').action).toBe('opslaan')
  })

  it('turns stored answers back into form values', () => {
    expect(rawFromAnswers({ 'bn01-1': { answer: null, evidence: 'e' }, 'bn02-1': { answer: 'niet' } })).toEqual(
      new Map([
        ['bn01-1', { answer: undefined, evidence: 'e' }],
        ['bn02-1', { answer: 'niet', evidence: '' }],
      ]),
    )
  })
})
