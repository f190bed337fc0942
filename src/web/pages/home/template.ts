// SPDX-License-Identifier: EUPL-1.2
// Home: three entrances (professional, possible victim, citizen) and the instruments.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { heading, paragraph } from '../../components/text.ts'
import { emergencyNote } from '../entrances/contacts.ts'
import type { PageContext } from '../../page-context.ts'

function card(href: string, title: string, text: string, modifier = ''): SafeHtml {
  return html`<li class="wgw-card${modifier}">${heading(3, html`<a class="utrecht-link" href="${href}">${title}</a>`)}${paragraph(text)}</li>`
}

export function homePage(ctx: PageContext): SafeHtml {
  const t = ctx.t.home
  const i = t.instruments
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${emergencyNote(ctx)}
<section aria-labelledby="entrances">${heading(2, t.entrancesHeading, { id: 'entrances' })}
<ul class="wgw-entrances">
${card(ctx.url('/professionals'), t.professional.title, t.professional.text)}
${card(ctx.url('/hulp'), t.victim.title, t.victim.text, ' wgw-card--victim')}
${card(ctx.url('/ik-zie-iets'), t.citizen.title, t.citizen.text)}
</ul></section>
<section aria-labelledby="instruments">${heading(2, t.instrumentsHeading, { id: 'instruments' })}
<ul class="wgw-cards">
${card(ctx.url('/situatie'), i.route.title, i.route.text)}
${card(ctx.url('/organogram'), i.organogram.title, i.organogram.text)}
${card(ctx.url('/fasen'), i.phases.title, i.phases.text)}
${card(ctx.url('/rechten'), i.rights.title, i.rights.text)}
${card(ctx.url('/gemeenten'), i.municipalities.title, i.municipalities.text)}
${card(ctx.url('/b8-planner'), i.trajectory.title, i.trajectory.text)}
${card(ctx.url('/doorstroom'), i.doorstroom.title, i.doorstroom.text)}
</ul></section>`
  return renderPage(ctx, { title: ctx.t.siteName, body, nav: 'home', description: t.intro })
}
