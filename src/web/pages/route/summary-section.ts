// SPDX-License-Identifier: EUPL-1.2
// The top of the route page: the ranked next actions with the number to call first, then the
// questions to ask next. On a 375 px phone the first call is on the first screen (test/e2e).
import type { AskNext, Route, SummaryAction } from '../../../domain/route/index.ts'
import { link, phoneLink } from '../../components/link.ts'
import { formatDate, statusBadge } from '../../components/record-meta.ts'
import { heading } from '../../components/text.ts'
import { html, type SafeHtml } from '../../html.ts'
import type { PageContext } from '../../page-context.ts'
import { messageRenderer } from '../../../messages/localise-route.ts'
import { catalogNames } from '../../../messages/names.ts'
import { summaryActionText } from '../../../messages/summary-action.ts'
import type { Asker } from '../../../domain/asker.ts'
import { TEXTS } from './texts.ts'

function actionItem(ctx: PageContext, a: SummaryAction, asker: Asker | undefined): SafeHtml {
  const t = TEXTS[ctx.locale]
  const purposes = ctx.t.contacts.purposes
  const call =
    a.call === undefined
      ? ''
      : html`<br><b>${t.call} ${phoneLink(a.call.phone.number)}</b> <i>${a.call.name}${
          a.call.fallback === true ? `, ${t.fallback}` : ''
        }, ${purposes[a.call.phone.purpose].toLowerCase()}</i> ${checked(ctx, a.call.phone.source, a.call.phone.verifiedAt)}`
  const regional = a.party.regional
  const unconfirmed =
    regional === undefined || regional.confirmed
      ? ''
      : html`<br><span class="wgw-w">${t.unconfirmed(regional.name, regional.region.name)} ${statusBadge(ctx, regional.status)}</span>`
  const why =
    a.code === 'acute-danger'
      ? ''
      : html`<br><span class="wgw-w">${t.why}: ${a.why.map((w) => messageRenderer(ctx.locale, catalogNames(ctx.data.catalog, ctx.locale))(w).message).join('; ')}${
          a.conditional === true ? ` (${t.conditional})` : ''
        }</span>`
  return html`<li>${summaryActionText(ctx.locale, a, asker)}${call}${unconfirmed}${why}</li>`
}

/** Where and when the number was checked, linked to the source. */
function checked(ctx: PageContext, sourceId: string, verifiedAt: string): SafeHtml {
  const source = ctx.data.source(sourceId)
  const date = html`<time datetime="${verifiedAt}">${ctx.t.contacts.checkedOn(formatDate(ctx, verifiedAt))}</time>`
  return html`<small>(${source === undefined ? date : html`${link(source.url, ctx.t.emergency.source)}, ${date}`})</small>`
}

function askItem(ctx: PageContext, q: AskNext): SafeHtml {
  const questions = ctx.t.route.questions as Readonly<Record<string, string>>
  return html`<li><a href="#vraag-${q.facet}">${questions[q.facet] ?? q.question ?? q.facet}</a> <small>(${TEXTS[ctx.locale].affects(q.affects)})</small></li>`
}

export function summarySection(ctx: PageContext, route: Route): SafeHtml {
  const t = TEXTS[ctx.locale]
  const asker = route.scenario.asker
  return html`<section class="wgw-summary" aria-labelledby="eerst-doen">${heading(2, t.heading, { id: 'eerst-doen' })}${
    asker === undefined
      ? ''
      : html`<p class="utrecht-paragraph wgw-w">${ctx.t.route.situation.asker}: ${ctx.t.labels.askers[asker]}</p>`
  }
<ol class="wgw-summary-list">${route.summary.map((a) => actionItem(ctx, a, asker))}</ol>${
    route.askNext.length === 0
      ? ''
      : html`${heading(3, t.askHeading, { id: 'vraag-na' })}<ul class="wgw-route-list">${route.askNext.map((q) => askItem(ctx, q))}</ul>`
  }</section>`
}
