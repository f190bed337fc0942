// SPDX-License-Identifier: EUPL-1.2
// Starting a scan from a published one (issue #20 item 5): what is copied, what is marked, and how
// saving a section confirms its answers without touching the others.
import { describe, expect, it } from 'vitest'
import { municipalDataset } from '../../../test/helpers/municipal-dataset.ts'
import { carryOver, replaceAnswers, unconfirmedQuestions } from './answers.ts'

const data = municipalDataset()

describe('carryOver', () => {
  it('copies every answered question that still exists, with its evidence, marked with the publication date', () => {
    const copied = carryOver(
      data.basisniveau,
      {
        'bn01-1': { answer: 'voldoet', evidence: 'Protocol' },
        'bn01-2': { answer: null, evidence: 'half af' },
        'bn02-1': { answer: 'nvt', evidence: 'Geen seksbedrijven' },
        'bn09-9': { answer: 'niet' },
      },
      '2025-11-12T09:30:00.000Z',
    )
    expect(copied).toEqual({
      'bn01-1': { answer: 'voldoet', evidence: 'Protocol', carriedFrom: '2025-11-12' },
      'bn02-1': { answer: 'nvt', evidence: 'Geen seksbedrijven', carriedFrom: '2025-11-12' },
    })
    expect(unconfirmedQuestions(data.basisniveau, copied)).toEqual(['bn01-1', 'bn02-1'])
  })
})

describe('replaceAnswers', () => {
  const stored = {
    'bn01-1': { answer: 'voldoet' as const, carriedFrom: '2025-11-12' },
    'bn01-2': { answer: 'deels' as const, carriedFrom: '2025-11-12' },
    'bn02-1': { answer: 'niet' as const, carriedFrom: '2025-11-12' },
  }

  it('replaces the saved questions, confirms them, opens those sent without an answer and keeps the rest', () => {
    const after = replaceAnswers(stored, ['bn01-1', 'bn01-2'], { 'bn01-1': { answer: 'voldoet', evidence: 'x' } })
    expect(after).toEqual({
      'bn01-1': { answer: 'voldoet', evidence: 'x' },
      'bn02-1': { answer: 'niet', carriedFrom: '2025-11-12' },
    })
    expect(unconfirmedQuestions(data.basisniveau, after)).toEqual(['bn02-1'])
  })

  it('drops a carried-over mark sent along with a saved answer (saving is confirming)', () => {
    const after = replaceAnswers(stored, ['bn02-1'], { 'bn02-1': { answer: 'niet', carriedFrom: '2025-11-12' } })
    expect(after['bn02-1']).toEqual({ answer: 'niet' })
  })
})
