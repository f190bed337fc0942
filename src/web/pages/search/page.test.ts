// SPDX-License-Identifier: EUPL-1.2
// The search page in both languages: English pages search the English texts (stemmed as English),
// results say which language their text is in, and a misspelt word gets a "did you mean" link.
import { describe, expect, it } from 'vitest'
import { useWebApp } from '../../../../test/helpers/web-app.ts'

const app = useWebApp()

describe('search page', () => {
  it('English: "residence permits" finds the IND by its English description, shown in English', async () => {
    const res = await app().inject('/en/search?q=residence%20permits')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Immigration and Naturalisation Service')
    // Text in the page language carries no lang attribute; the English title is not marked Dutch.
    expect(res.body).not.toMatch(/lang="nl">[^<]*<a[^>]*>Immigration and Naturalisation Service/)
  })

  it('English: a record without English text is still found by its Dutch name, marked lang="nl"', async () => {
    const res = await app().inject('/en/search?q=CoMensha')
    expect(res.body).toMatch(/<span class="wgw-search-results__title" lang="nl">/)
  })

  it('offers "did you mean" for a misspelt word, in the page language', async () => {
    const nl = await app().inject('/zoeken?q=politei')
    expect(nl.body).toContain('Bedoelde u: <a class="utrecht-link" href="/zoeken?q=politie">politie</a>?')
    const en = await app().inject('/en/search?q=residence%20permts')
    expect(en.body).toContain(
      'Did you mean: <a class="utrecht-link" href="/en/search?q=residence%20permits">residence permits</a>?',
    )
  })
})
