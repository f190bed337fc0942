// SPDX-License-Identifier: EUPL-1.2
// Phase overview, phase page (its aspects) and aspect page (parties with role, why, contact).
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { conditionsText } from '../../components/conditions.ts'
import { contactDetails } from '../../components/contact.ts'
import { link, linkList } from '../../components/link.ts'
import { recordMeta } from '../../components/record-meta.ts'
import { heading, localField, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { Aspect, Phase } from '../../../domain/phase.ts'
import { partyLink } from '../parties/template.ts'

function phaseTitle(ctx: PageContext, phase: Phase): SafeHtml {
  return html`${ctx.t.phases.phase(phase.id)}: ${localField(ctx, phase, 'name')}`
}

function aspectLinks(ctx: PageContext, aspects: readonly Aspect[]): SafeHtml {
  return linkList(
    aspects.map((a) => {
      const d = localText(a, 'description', ctx.locale)
      return {
        href: ctx.url(`/aspecten/${a.id}`),
        title: localField(ctx, a, 'name'),
        text: localized(d, ctx.locale),
      }
    }),
  )
}

export function phasesPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.phases
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${ctx.data.phases.map(
  (p) => html`<section>${heading(2, link(ctx.url(`/fasen/${p.id}`), phaseTitle(ctx, p)))}
${localizedParagraph(localText(p, 'description', ctx.locale), ctx.locale)}
${aspectLinks(ctx, ctx.data.aspectsOf(p.id))}</section>`,
)}`
  return renderPage(ctx, { title: t.title, body, breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }] })
}

export function phasePage(ctx: PageContext, phase: Phase): SafeHtml {
  const t = ctx.t.phases
  const body = html`${heading(1, phaseTitle(ctx, phase))}
${localizedParagraph(localText(phase, 'description', ctx.locale), ctx.locale, { lead: true })}
${heading(2, t.aspectsHeading)}
${aspectLinks(ctx, ctx.data.aspectsOf(phase.id))}
${recordMeta(ctx, phase)}`
  return renderPage(ctx, {
    title: `${t.phase(phase.id)}: ${localText(phase, 'name', ctx.locale).text}`,
    body,
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url('/fasen'), label: t.title },
    ],
  })
}

export function aspectPage(ctx: PageContext, aspect: Aspect, phase: Phase | undefined): SafeHtml {
  const t = ctx.t.phases
  const resps = ctx.data.responsibilitiesOfAspect(aspect.id)
  const name = localText(aspect, 'name', ctx.locale)
  const parties = resps.flatMap((r) => {
    const party = ctx.data.byId('parties', r.party)
    return party === undefined ? [] : [{ r, party }]
  })
  const body = html`${heading(1, localized(name, ctx.locale))}
${phase === undefined ? '' : html`<p class="utrecht-paragraph">${link(ctx.url(`/fasen/${phase.id}`), phaseTitle(ctx, phase))}</p>`}
${localizedParagraph(localText(aspect, 'description', ctx.locale), ctx.locale, { lead: true })}
${heading(2, t.partiesHeading)}
${
  parties.length === 0
    ? paragraph(t.noParties)
    : html`<ul class="wgw-cards">${parties.map(
        ({ r, party }) => html`<li class="wgw-card">
${heading(3, partyLink(ctx, party))}
<p class="utrecht-paragraph"><strong>${ctx.t.labels.roleTypes[r.roleType]}</strong>: ${localField(ctx, r, 'role')}</p>
${localizedParagraph(localText(r, 'description', ctx.locale), ctx.locale)}
<p class="utrecht-paragraph">${ctx.t.parties.conditions}: ${conditionsText(ctx, r.conditions)}</p>
${contactDetails(ctx, party.contact)}
</li>`,
      )}</ul>`
}
${recordMeta(ctx, aspect)}`
  return renderPage(ctx, {
    title: name.text,
    body,
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url('/fasen'), label: t.title },
      ...(phase === undefined ? [] : [{ href: ctx.url(`/fasen/${phase.id}`), label: t.phase(phase.id) }]),
    ],
  })
}
