// SPDX-License-Identifier: EUPL-1.2
// The 404 page: says what happened and offers the way home.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { link } from '../../components/link.ts'
import { heading, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'

export function notFoundPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.notFound
  return renderPage(ctx, {
    title: t.title,
    body: html`${heading(1, t.title)}${paragraph(t.text)}<p class="utrecht-paragraph">${link(ctx.url('/'), t.home)}</p>`,
  })
}
