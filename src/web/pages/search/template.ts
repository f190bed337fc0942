// SPDX-License-Identifier: EUPL-1.2
// The search page: a GET form, results grouped by type with an escaped plain-text snippet, a "did
// you mean" link for misspelt words, and guidance when nothing is found. English pages search the
// English index; a result text that is only in Dutch is marked lang="nl".
import type { SearchResponse } from '../../../domain/search/index.ts'
import { errorSummary, submitButton, textField } from '../../components/form.ts'
import { link, linkList, unorderedList } from '../../components/link.ts'
import { heading, paragraph } from '../../components/text.ts'
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import type { PageContext } from '../../page-context.ts'

export interface SearchView {
  readonly query: string
  readonly error?: string
  readonly response?: SearchResponse
  readonly unavailable?: boolean
}

function form(ctx: PageContext, view: SearchView): SafeHtml {
  const t = ctx.t.search
  return html`<form method="get" action="${ctx.url('/zoeken')}" role="search" class="wgw-no-print">
<div class="wgw-form-row">
${textField({ id: 'zoek-q', name: 'q', label: t.label, description: t.help, type: 'search', ...(view.query === '' ? {} : { value: view.query }), ...(view.error === undefined ? {} : { error: view.error }) })}
<div class="wgw-actions">${submitButton(t.button)}</div>
</div>
</form>`
}

/** "Did you mean: …?" as a link that searches for the suggestion. */
function suggestion(ctx: PageContext, response: SearchResponse): SafeHtml | '' {
  if (response.suggestion === null) {
    return ''
  }
  const href = `${ctx.url('/zoeken')}?q=${encodeURIComponent(response.suggestion)}`
  return html`<p class="utrecht-paragraph">${ctx.t.search.didYouMean} ${link(href, response.suggestion)}?</p>`
}

function results(ctx: PageContext, response: SearchResponse): SafeHtml {
  const t = ctx.t.search
  const lang = (l: string): SafeHtml | '' => (l === ctx.locale ? '' : html` lang="${l}"`)
  if (response.total === 0) {
    return html`<div role="status">${paragraph(t.noResults(response.query))}</div>
${suggestion(ctx, response)}
${unorderedList(t.noResultsTips)}
${paragraph(t.noResultsLinks)}
${linkList([
  { href: ctx.url('/organisaties'), title: ctx.t.parties.title },
  { href: ctx.url('/rechten'), title: ctx.t.rights.title },
  { href: ctx.url('/signalen'), title: ctx.t.signals.title },
  { href: ctx.url('/situatie'), title: ctx.t.wizard.title },
])}`
  }
  return html`<p class="utrecht-paragraph" role="status">${t.results(response.total, response.query)}</p>
${suggestion(ctx, response)}
${response.ignored.length === 0 ? '' : paragraph(t.ignored(response.ignored.map((i) => i.word).join(', ')))}
${response.groups.map(
  (
    g,
  ) => html`<section aria-labelledby="groep-${g.type}">${heading(2, html`${t.groups[g.type]} <span class="wgw-t">(${g.total})</span>`, { id: `groep-${g.type}` })}
${g.results.length < g.total ? paragraph(t.more(g.results.length, g.total)) : ''}
<ol class="wgw-search-results">${g.results.map(
    (hit) =>
      html`<li><span class="wgw-search-results__title"${lang(hit.titleLang)}>${
        hit.page === null ? hit.title : link(ctx.url(hit.page), hit.title)
      }</span><span${lang(hit.snippetLang)}>${hit.snippet}</span></li>`,
  )}</ol>
</section>`,
)}`
}

export function searchPage(ctx: PageContext, view: SearchView): SafeHtml {
  const t = ctx.t.search
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${errorSummary(t.errorSummary, view.error === undefined ? [] : [{ fieldId: 'zoek-q', message: view.error }])}
${form(ctx, view)}
${view.unavailable === true ? html`<div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${paragraph(t.unavailable)}</div></div></div>` : ''}
${view.response === undefined ? '' : results(ctx, view.response)}`
  const title = view.query === '' || view.error !== undefined ? t.title : `${t.title}: ${view.query}`
  return renderPage(ctx, { title, body, nav: 'search' })
}
