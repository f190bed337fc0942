// SPDX-License-Identifier: EUPL-1.2
// Signal overview and one page per form (and for the loverboy method), grouped by where it shows.
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { linkList, unorderedList } from '../../components/link.ts'
import { sourceList } from '../../components/record-meta.ts'
import { heading, localField, localizedParagraph, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { Indicator } from '../../../domain/indicator.ts'
import { byDomain, SIGNAL_TOPICS, signalsFor, type SignalTopic } from './view-model.ts'

function topicName(ctx: PageContext, topic: SignalTopic): string {
  if (topic === 'loverboy') {
    return ctx.t.signals.loverboyTitle
  }
  return ctx.t.signals.formTitle(ctx.t.labels.forms[topic])
}

function signalList(ctx: PageContext, signals: readonly Indicator[]): SafeHtml {
  const t = ctx.t.signals
  return html`${byDomain(signals).map(
    ([domain, items]) => html`${heading(3, t.domains[domain])}
${unorderedList(items.map((i) => html`${localField(ctx, i, 'text')} <small>(${t.audience}: ${i.audience.map((a) => t.audiences[a]).join(', ')})</small>`))}`,
  )}`
}

function signalSources(ctx: PageContext, signals: readonly Indicator[]): SafeHtml {
  const ids = [...new Set(signals.flatMap((s) => s.sources))]
  return ids.length === 0
    ? html``
    : html`<section class="wgw-meta">${heading(2, ctx.t.record.sources)}${sourceList(ctx, ids)}</section>`
}

export function signalsIndexPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.signals
  const general = signalsFor(ctx.data, 'general')
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${heading(2, t.perForm)}
${linkList(
  SIGNAL_TOPICS.map((topic) => ({
    href: ctx.url(`/signalen/${topic}`),
    title: topicName(ctx, topic),
  })),
)}
${heading(2, t.general)}
${general.length === 0 ? paragraph(t.noSignals) : signalList(ctx, general)}
${signalSources(ctx, general)}`
  return renderPage(ctx, { title: t.title, body, nav: 'signals' })
}

export function signalTopicPage(ctx: PageContext, topic: SignalTopic): SafeHtml {
  const t = ctx.t.signals
  const signals = signalsFor(ctx.data, topic)
  const record =
    topic === 'loverboy' ? ctx.data.byId('recruitmentMethods', topic) : ctx.data.byId('exploitationForms', topic)
  const title = topicName(ctx, topic)
  const body = html`${heading(1, title)}
${paragraph(t.intro, { lead: true })}
${record === undefined ? '' : html`${heading(2, t.aboutForm)}${localizedParagraph(localText(record, 'description', ctx.locale), ctx.locale)}`}
${heading(2, t.title)}
${signals.length === 0 ? paragraph(t.noSignals) : signalList(ctx, signals)}
${signalSources(ctx, signals)}`
  return renderPage(ctx, {
    title,
    body,
    nav: 'signals',
    breadcrumbs: [
      { href: ctx.url('/'), label: ctx.t.nav.home },
      { href: ctx.url('/signalen'), label: t.title },
    ],
  })
}
