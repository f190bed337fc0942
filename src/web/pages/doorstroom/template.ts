// SPDX-License-Identifier: EUPL-1.2
// The doorstroom page: the flow from shelter to a home as an SVG picture and, right below it, the
// same flow as an ordered list with parties, rights, duties, bottlenecks and their sources.
import { html, trustedHtml, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { link } from '../../components/link.ts'
import { sourceList, statusBadge } from '../../components/record-meta.ts'
import { dataList } from '../../components/table.ts'
import { heading, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'
import type { RefView } from '../trajectory/view-model.ts'
import { doorstroomDiagramSvg } from './diagram.ts'
import type { DoorstroomStepView, DoorstroomView } from './view-model.ts'

function refLink(ctx: PageContext, ref: RefView, base: '/organisaties' | '/rechten'): SafeHtml {
  const name = localized(ref.name, ctx.locale)
  return ref.linked ? link(ctx.url(`${base}/${ref.id}`), name) : name
}

function refs(ctx: PageContext, list: readonly RefView[], base: '/organisaties' | '/rechten'): SafeHtml {
  return html`${list.map((r, i) => html`${i === 0 ? '' : ', '}${refLink(ctx, r, base)}`)}`
}

function stepBlock(ctx: PageContext, step: DoorstroomStepView, level: 3 | 4): SafeHtml {
  const t = ctx.t.doorstroom
  // Headings stop at h4: an outcome's duties sit at the same level as the outcome itself.
  const sub = 4
  return html`${heading(level, html`<span class="wgw-step-code">${step.code}</span> ${localized(step.name, ctx.locale)}`, { id: `stap-${step.id}` })}
${localizedParagraph(step.summary, ctx.locale)}
${dataList([
  { key: t.parties, value: refs(ctx, step.parties, '/organisaties') },
  ...(step.rights.length === 0 ? [] : [{ key: t.rights, value: refs(ctx, step.rights, '/rechten') }]),
  { key: t.legalBasis, value: html`<span lang="nl">${step.legalBasis}</span>` },
])}
${
  step.duties.length === 0
    ? ''
    : html`${heading(sub, t.dutiesHeading)}
<ul class="utrecht-unordered-list wgw-spaced-links">${step.duties.map(
        (d) =>
          html`<li class="utrecht-unordered-list__item">${refLink(ctx, d.party, '/organisaties')}${
            d.municipal ? html` <strong class="wgw-municipal-mark">(${t.municipal})</strong>` : ''
          }: ${localized(d.text, ctx.locale)}${
            d.legalBasis === undefined
              ? ''
              : html` <span class="wgw-legal-basis">(<span lang="nl">${d.legalBasis}</span>)</span>`
          }</li>`,
      )}</ul>`
}
${
  step.bottlenecks.length === 0
    ? ''
    : html`${heading(sub, t.bottlenecksHeading)}
<ul class="utrecht-unordered-list wgw-bottlenecks">${step.bottlenecks.map(
        (b) => html`<li class="utrecht-unordered-list__item wgw-bottleneck">
<strong>${localized(b.name, ctx.locale)}</strong> ${statusBadge(ctx, b.status)}
${localizedParagraph(b.description, ctx.locale)}
<span class="wgw-bottleneck__sources">${t.sources}:</span>
${sourceList(ctx, b.sources)}
</li>`,
      )}</ul>`
}
<div class="wgw-step-meta">${paragraph(html`${t.stepData}: ${statusBadge(ctx, step.status)}`)}
${step.note === undefined ? '' : localizedParagraph(step.note, ctx.locale)}
${sourceList(ctx, step.sources)}</div>`
}

export function doorstroomPage(ctx: PageContext, view: DoorstroomView): SafeHtml {
  const t = ctx.t.doorstroom
  const steps = view.chain.length + view.outcomes.length
  const partyNames = (step: DoorstroomStepView) => step.parties.map((p) => p.name.text)
  const svg = doorstroomDiagramSvg(
    view.chain,
    view.outcomes,
    {
      title: t.diagramTitle,
      description: t.diagramDesc(steps, view.bottleneckCount),
      duties: t.duties,
      bottlenecks: t.bottleneckCount,
      or: t.or,
      partyNames,
    },
    ctx.locale,
  )
  const body =
    steps === 0
      ? html`${heading(1, t.title)}${paragraph(t.missing)}`
      : html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${paragraph(link(ctx.url('/b8-planner'), t.plannerLink))}
${heading(2, t.diagramHeading)}
<section class="wgw-doorstroom" aria-label="${t.diagramHeading}" tabindex="0">${trustedHtml(svg)}</section>
${heading(2, t.listHeading, { id: 'lijst' })}
<ol class="utrecht-ordered-list wgw-doorstroom-list">${view.chain.map((s) => html`<li class="utrecht-ordered-list__item">${stepBlock(ctx, s, 3)}</li>`)}${
          view.outcomes.length === 0
            ? ''
            : html`<li class="utrecht-ordered-list__item">${heading(3, t.outcomesHeading)}
<ul class="utrecht-unordered-list wgw-doorstroom-outcomes">${view.outcomes.map((s) => html`<li class="utrecht-unordered-list__item">${stepBlock(ctx, s, 4)}</li>`)}</ul></li>`
        }</ol>`
  return renderPage(ctx, {
    title: t.title,
    body,
    breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }],
    description: t.intro,
  })
}
