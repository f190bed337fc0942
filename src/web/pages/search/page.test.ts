// SPDX-License-Identifier: EUPL-1.2
// The search page in both languages: English pages search the English texts (stemmed as English),
// results say which language their text is in, and a misspelt word gets a "did you mean" link; the
// form, results grouped by type, guidance when nothing is found, field errors and escaping.
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

describe('search page: form, nothing found, field errors, escaping', () => {
  it('shows the form, and results grouped by type with links to the pages', async () => {
    const empty = await app().inject('/zoeken')
    expect(empty.statusCode).toBe(200)
    expect(empty.body).toContain('role="search"')
    const res = await app().inject('/zoeken?q=opsporing')
    expect(res.statusCode).toBe(200)
    expect(res.body).toMatch(/resultaten? voor &quot;opsporing&quot;/)
    expect(res.body).toContain('id="groep-')
    expect(res.body).toContain('href="/organisaties/')
  })

  it('gives guidance when nothing is found', async () => {
    const res = await app().inject('/zoeken?q=xyzzyqwv')
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('Niets gevonden voor &quot;xyzzyqwv&quot;')
    expect(res.body).toContain('Controleer de spelling.')
  })

  it('answers an empty, word-less or too long query with a field error', async () => {
    for (const [url, text] of [
      ['/zoeken?q=', 'Vul een of meer zoekwoorden in.'],
      ['/zoeken?q=%21%21%21', 'ten minste één letter'],
      [`/zoeken?q=${'a'.repeat(201)}`, '201 tekens'],
    ] as const) {
      const res = await app().inject(url)
      expect(res.statusCode, url).toBe(400)
      expect(res.body).toContain(text)
      expect(res.body).toContain('href="#zoek-q"')
    }
  })

  it('escapes the query and snippets', async () => {
    const res = await app().inject('/zoeken?q=%3Cb%3Epolitie%3C/b%3E')
    expect(res.body).not.toContain('<b>politie')
    expect(res.body).toContain('&lt;b&gt;politie')
  })
})
