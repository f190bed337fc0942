// SPDX-License-Identifier: EUPL-1.2
// "Continue with this situation": from the route page to the B8 planner (pre-filled), the barrier
// model for the form, the doorstroom and the municipality's basisniveau (#12). The links are the
// route's own (route.links), so the page and the JSON point to the same places.
import type { Route } from '../../../domain/route/index.ts'
import { link } from '../../components/link.ts'
import { heading, paragraph } from '../../components/text.ts'
import { html, type SafeHtml } from '../../html.ts'
import type { PageContext } from '../../page-context.ts'

export function instrumentLinks(ctx: PageContext, route: Route): SafeHtml {
  const t = ctx.t.route
  const i = t.instruments
  const topicName = (topic: string): string =>
    topic === 'loverboy'
      ? ctx.t.labels.recruitment.loverboy
      : ((ctx.t.labels.forms as Readonly<Record<string, string>>)[topic] ?? topic)
  const items: SafeHtml[] = []
  // Dutch nationals are outside the residence scheme: the planner would only say so.
  if (route.scenario.nationalityGroup !== 'nl') {
    items.push(html`${link(ctx.url(route.links.trajectory), i.trajectory)}<br>${i.trajectoryText}`)
  }
  for (const b of route.links.barrierModels) {
    items.push(link(ctx.url(b.href), i.barrierModel(topicName(b.topic))))
  }
  items.push(link(ctx.url(route.links.doorstroom), i.doorstroom))
  const m = route.regional.municipality
  if (route.links.basisniveau !== undefined && m !== null) {
    items.push(link(ctx.url(route.links.basisniveau), i.basisniveau(m.name)))
  }
  return html`<section aria-labelledby="verder" class="wgw-no-print">${heading(2, t.instrumentsHeading, { id: 'verder' })}
${paragraph(t.instrumentsIntro)}
<ul class="utrecht-unordered-list wgw-spaced-links">${items.map((x) => html`<li class="utrecht-unordered-list__item">${x}</li>`)}</ul>
</section>`
}
