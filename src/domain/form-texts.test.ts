// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import { formsNamed, formTextMismatch } from './form-texts.ts'

describe('form-specific words in a text', () => {
  it('finds the forms a text names, in Dutch and English', () => {
    expect(formsNamed('overbewoning van uitgebuite werknemers').map((n) => n.form)).toEqual(['labour'])
    expect(formsNamed('spreekuren voor sekswerkers en arbeidsmigranten').map((n) => n.form)).toEqual([
      'sexual',
      'labour',
    ])
    expect(formsNamed('Seeks out victims of criminal exploitation').map((n) => n.form)).toEqual(['criminal'])
    expect(formsNamed('werving door loverboys; signalen van uitbuiting')).toEqual([])
  })

  it('a text fits when it names every form the record is shown for, and no other', () => {
    expect(formTextMismatch('Signaleert uitbuiting', ['labour', 'sexual'])).toBeUndefined()
    expect(formTextMismatch('schijnzelfstandigheid', ['labour'])).toBeUndefined()
    expect(formTextMismatch('seksuele uitbuiting en criminele uitbuiting', ['sexual', 'criminal'])).toBeUndefined()
    expect(formTextMismatch('schijnzelfstandigheid', ['labour', 'sexual'])?.unnamed).toEqual(['sexual'])
    expect(formTextMismatch('sekswerkers', ['labour'])?.excluded).toEqual(['sexual'])
    expect(formTextMismatch('arbeidsuitbuiting', undefined)?.unnamed).toEqual(['sexual', 'criminal', 'organ-removal'])
  })
})
