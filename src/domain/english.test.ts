// SPDX-License-Identifier: EUPL-1.2
// The rules by which an answer is put into English (ADR 0038), on small records.
import { describe, expect, it } from 'vitest'
import { inEnglish } from './english.ts'

const right = {
  id: 'bedenktijd',
  name: 'Bedenktijd',
  summary: 'Drie maanden om na te denken.',
  legalBasis: 'Vc 2000 (B) B8/3',
  limits: [
    { kind: 'max', label: 'duur', en: 'length' },
    { kind: 'max', label: 'zonder Engels' },
  ],
  signals: ['eerste', 'tweede'],
  en: { name: 'Reflection period', signals: ['first', 'second'], translation: { name: 'reviewed' } },
}

describe('inEnglish', () => {
  it('puts each text with English in its field, keeps the `en` block and leaves the rest', () => {
    const english = inEnglish({ items: [right] }).items[0]
    expect(english).toEqual({
      ...right,
      name: 'Reflection period',
      limits: [
        { kind: 'max', label: 'length', en: 'length' },
        { kind: 'max', label: 'zonder Engels' },
      ],
      signals: ['first', 'second'],
    })
    // No English for the summary: it stays Dutch, and `en` says so by not having it.
    expect(english?.summary).toBe(right.summary)
  })

  it('translates a list item by the list it is reached under, also after it was met elsewhere first', () => {
    const limit = { kind: 'max', label: 'duur', en: 'length' }
    // Met first on its own (no list names its text), then in a right's limits.
    expect(inEnglish(limit)).toBe(limit)
    expect(inEnglish({ limits: [limit] }).limits[0]?.label).toBe('length')
  })

  it('never changes the record it was given, and gives the same object for the same record', () => {
    const before = JSON.stringify(right)
    expect(inEnglish(right)).toBe(inEnglish(right))
    expect(JSON.stringify(right)).toBe(before)
    const plain = { id: 'x', name: 'Naam' }
    expect(inEnglish(plain)).toBe(plain)
  })

  it("reads a phone's own `en` and leaves a list of the wrong kind alone", () => {
    const phone = { number: '112', note: 'Bij acuut gevaar.', en: { note: 'In acute danger.' } }
    expect(inEnglish({ contact: { phones: [phone] } }).contact.phones[0]?.note).toBe('In acute danger.')
    const odd = { name: ['a'], en: { name: 'A' } }
    expect(inEnglish(odd)).toBe(odd)
  })
})
