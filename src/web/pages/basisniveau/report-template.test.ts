// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import type { Phone } from '../../../domain/party.ts'
import { contactPhone } from './report-template.ts'

const phone = (number: string, purpose: Phone['purpose']): Phone => ({
  number,
  purpose,
  source: 'bron',
  verifiedAt: '2026-12-01',
})

describe('contactPhone', () => {
  it('gives the alderman the number to arrange things, never 112 when there is another', () => {
    const police = [phone('112', 'emergency'), phone('0900-8844', 'general')]
    expect(contactPhone(police)?.number).toBe('0900-8844')
    expect(contactPhone([phone('088 1', 'helpdesk'), phone('088 2', 'professionals')])?.number).toBe('088 2')
  })

  it('falls back to the only number there is, and to none', () => {
    expect(contactPhone([phone('112', 'emergency')])?.number).toBe('112')
    expect(contactPhone([])).toBeUndefined()
  })
})
