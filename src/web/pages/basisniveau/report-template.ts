// SPDX-License-Identifier: EUPL-1.2
// The printable report of a self-scan (scores, next steps with the barriers they use and who
// helps, regional contacts) and the regional overview of published scans (never drafts or links).
import { html, type HtmlValue, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { errorSummary, selectField, submitButton } from '../../components/form.ts'
import { link, unorderedList } from '../../components/link.ts'
import { phoneLine } from '../../components/contact.ts'
import { formatDate, statusBadge } from '../../components/record-meta.ts'
import { table } from '../../components/table.ts'
import { heading, localField, localized, paragraph } from '../../components/text.ts'
import { localText, type LocalText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { PartyRef } from '../../../domain/barrier-model/build-barrier-model.ts'
import type { Phone, PhonePurpose } from '../../../domain/party.ts'
import type { ScanReport } from '../../../domain/basisniveau/report.ts'
import type { PublicationView } from '../../../domain/basisniveau/publications.ts'
import type { RegionalOverview } from '../../../domain/basisniveau/overview.ts'
import type { Scan } from '../../../data/repositories/scan.repository.ts'
import { questionLabel } from './form-input.ts'
import { basisniveauCrumbs, scanPath } from './scan-template.ts'
import { GROUPING_PARAMS, type GroupingParam } from './view-model.ts'

function partyLink(ctx: PageContext, p: PartyRef): SafeHtml {
  const party = ctx.data.byId('parties', p.id)
  return party === undefined ? html`${p.name}` : link(ctx.url(`/organisaties/${p.id}`), localField(ctx, party, 'name'))
}

/**
 * Who helps: the linked full names on screen; on paper the short names (CCV, RIEC, GGD), which keeps
 * a complete scan's next steps within the three pages. English pages print the English names.
 */
function helpers(ctx: PageContext, parties: readonly PartyRef[]): SafeHtml {
  const short = parties.map((p) => {
    const party = ctx.data.byId('parties', p.id)
    if (party === undefined) {
      return p.name
    }
    // Acronyms (CCV, RIEC, GGD) read the same in both languages; a Dutch short word only on Dutch
    // pages; a one-letter brand ("M.") says less than the name.
    const short = party.shortName
    if (short !== undefined && /^[^\s]*[A-Z][^\s]*[A-Z][^\s]*$/.test(short)) {
      return short
    }
    return ctx.locale === 'nl' && short !== undefined && short.length >= 3
      ? short
      : localText(party, 'name', ctx.locale).text
  })
  return html`<span class="wgw-no-print">${parties.map((p, j) => html`${j === 0 ? '' : ', '}${partyLink(ctx, p)}`)}</span><span class="wgw-print-inline">${short.join(', ')}</span>`
}

function elementName(ctx: PageContext, id: string, fallback: string): LocalText {
  const record = ctx.data.byId('basisniveau', id)
  return record === undefined ? { text: fallback, lang: 'nl' } : localText(record, 'name', ctx.locale)
}

function elementNameByCode(ctx: PageContext, code: string, fallback: string): LocalText {
  const record = ctx.data.valid('basisniveau').find((e) => e.code === code)
  return record === undefined ? { text: fallback, lang: 'nl' } : localText(record, 'name', ctx.locale)
}

function questionText(ctx: PageContext, elementId: string, questionId: string, fallback: string): LocalText {
  const en =
    ctx.locale === 'en'
      ? ctx.data.byId('basisniveau', elementId)?.questions.find((q) => q.id === questionId)?.en
      : undefined
  return en === undefined ? { text: fallback, lang: 'nl' } : { text: en, lang: 'en' }
}

function perspectiveText(ctx: PageContext, elementId: string, index: number, fallback: string): LocalText {
  const en = ctx.locale === 'en' ? ctx.data.byId('basisniveau', elementId)?.actionPerspectives[index]?.en : undefined
  return en === undefined ? { text: fallback, lang: 'nl' } : { text: en, lang: 'en' }
}

const pct = (p: number | null): string => (p === null ? '–' : `${p}%`)

/** Marks an element that is our own derivation wherever it appears (issue #20 item 4). */
function derivedMark(ctx: PageContext, status: string): SafeHtml {
  return status === 'derived' ? html` ${statusBadge(ctx, 'derived')}` : html``
}

function elementStatus(ctx: PageContext, id: string): string {
  return ctx.data.byId('basisniveau', id)?.status ?? 'sourced'
}

/**
 * The number a municipality calls to arrange something: a line for professionals or the general
 * number before an advice line, and 112 only when a party has nothing else (an alderman's contact
 * list is not an emergency card).
 */
const PHONE_PREFERENCE: readonly PhonePurpose[] = [
  'professionals',
  'general',
  'helpdesk',
  '24-7',
  'anonymous',
  'abroad',
]

export function contactPhone(phones: readonly Phone[]): Phone | undefined {
  const rank = (p: Phone): number => {
    const i = PHONE_PREFERENCE.indexOf(p.purpose)
    return i === -1 ? PHONE_PREFERENCE.length : i
  }
  return phones.reduce<Phone | undefined>(
    (best, p) => (best === undefined || rank(p) < rank(best) ? p : best),
    undefined,
  )
}

/** A party's preferred checked phone number, or a note that there is none. */
function partyContact(ctx: PageContext, p: PartyRef): SafeHtml {
  const party = ctx.data.byId('parties', p.id)
  const phone = contactPhone(party?.contact?.phones ?? [])
  if (phone === undefined) {
    return html`${partyLink(ctx, p)}: ${ctx.t.basisniveau.phoneNone}`
  }
  // On paper the number, what it is for and the day it was checked; hours and notes stay on screen.
  const c = ctx.t.contacts
  const compact = html`${phone.number} (${c.purposes[phone.purpose]}${phone.free === true ? html`, ${c.free}` : ''}; ${c.checkedOn(formatDate(ctx, phone.verifiedAt))})`
  return html`${partyLink(ctx, p)}: <span class="wgw-no-print">${phoneLine(ctx, phone)}</span><span class="wgw-print-inline">${compact}</span>`
}

/** An n.v.t. reason may run to 2000 characters; on paper its start, the whole of it on screen. */
const PRINTED_REASON = 160

function reasonText(reason: string): SafeHtml {
  const flat = reason.replace(/\s+/g, ' ')
  if (flat.length <= PRINTED_REASON) {
    return html`<span class="wgw-pre-line">${reason}</span>`
  }
  const cut = `${flat.slice(0, PRINTED_REASON).replace(/\s+\S*$/, '')} …`
  return html`<span class="wgw-pre-line wgw-no-print">${reason}</span><span class="wgw-print-inline">${cut}</span>`
}

/** One row per region; a party already listed under an earlier region is named, not repeated. */
function contactRows(ctx: PageContext, contacts: ScanReport['regionalContacts']): HtmlValue[][] {
  const t = ctx.t.basisniveau
  const seen = new Set<string>()
  return contacts.map((c) => {
    const region = html`${ctx.t.labels.regionKinds[c.kind]}: ${c.region.name}`
    if (c.parties.length === 0) {
      return [region, t.regionalNone]
    }
    const items = c.parties.map((p) => {
      const item = seen.has(p.id) ? html`${partyLink(ctx, p)} (${t.contactAbove})` : partyContact(ctx, p)
      seen.add(p.id)
      return html`<li class="utrecht-unordered-list__item">${item}</li>`
    })
    return [region, html`<ul class="utrecht-unordered-list wgw-compact-list">${items}</ul>`]
  })
}

export function reportPage(ctx: PageContext, scan: Scan, report: ScanReport): SafeHtml {
  const t = ctx.t.basisniveau
  const name = report.municipality?.name ?? scan.municipality
  const title = t.reportTitle(name)
  const s = report.score
  const m = s.minimum
  const answerText = (a: string | null): string =>
    a === null ? t.notAnswered : ((t.answers as Record<string, string>)[a] ?? a)
  const verdictLabel = (v: keyof typeof t.verdicts): string => t.verdicts[v]
  const change = report.change
  const body = html`${heading(1, title)}
${
  scan.status === 'draft'
    ? paragraph(html`<strong>${t.draftReportNote}</strong>`)
    : paragraph(
        html`<strong>${t.statusPublished(formatDate(ctx, (scan.publishedAt ?? scan.updatedAt).slice(0, 10)))}</strong>`,
      )
}
<p class="utrecht-paragraph wgw-no-print">${link(ctx.url(scanPath(scan.id)), t.backToScan)}</p>
<section class="wgw-report-summary" aria-labelledby="oordeel">
${heading(2, t.verdictHeading, { id: 'oordeel' })}
<p class="utrecht-paragraph wgw-verdict"><strong>${verdictLabel(m.verdict)}</strong>${m.provisional ? ` (${t.provisional})` : ''}</p>
${paragraph(t.verdictText(pct(m.percent), m.met, m.questions))}
${m.elementsBelowHalf.length > 0 ? paragraph(t.belowHalf(m.elementsBelowHalf.join(', '))) : ''}
${m.provisional ? paragraph(t.provisionalNote(m.open.length + m.unknown.length)) : ''}
${paragraph(t.beyondText(pct(s.beyond.percent), s.beyond.questions))}
<p class="utrecht-paragraph wgw-small">${t.verdictRule}</p>
${heading(2, t.prioritiesHeading)}
${
  report.priorities.length === 0
    ? paragraph(t.prioritiesNone)
    : html`<ol class="utrecht-ordered-list">${report.priorities.map(
        (p) =>
          html`<li class="utrecht-ordered-list__item"><strong>${questionLabel(p.question)}</strong> (${answerText(p.answer)}, ${p.minimum ? t.minimumTag : t.beyondTag})${derivedMark(ctx, p.element.status)}: ${localized(questionText(ctx, p.element.id, p.question, p.text), ctx.locale)}${
            p.actions[0] === undefined
              ? ''
              : html`<br>${localized(perspectiveText(ctx, p.element.id, p.actions[0].index, p.actions[0].text), ctx.locale)}`
          }</li>`,
      )}</ol>`
}
${heading(2, t.changeHeading)}
${
  change === null
    ? paragraph(t.changeNone)
    : html`${paragraph(
        t.changeText(
          formatDate(ctx, change.publishedAt.slice(0, 10)),
          `${verdictLabel(change.before.verdict)}, ${pct(change.before.minimumPercent)}`,
          `${verdictLabel(change.now.verdict)}, ${pct(change.now.minimumPercent)}`,
        ),
      )}${change.minimumDelta === null ? '' : paragraph(t.changeDelta(change.minimumDelta))}${paragraph(
        t.changeElements(
          change.improved.length === 0 ? t.nothing : change.improved.join(', '),
          change.worsened.length === 0 ? t.nothing : change.worsened.join(', '),
        ),
      )}`
}
${heading(2, t.comparisonHeading)}
${report.regionalComparison.every((r) => r.minimumAverage.n === 0) ? paragraph(t.comparisonNone) : ''}
${
  report.regionalComparison.length === 0
    ? ''
    : table({
        caption: t.comparisonCaption,
        head: [t.comparisonRegion, t.comparisonThis, t.comparisonAverage, t.comparisonVerdicts],
        rows: report.regionalComparison.map((r) => [
          `${t.kinds[r.kind]}: ${r.region.name}`,
          pct(m.percent),
          t.nValue(pct(r.minimumAverage.percent), r.minimumAverage.n, r.municipalities - 1),
          `${r.verdicts.voldoet} / ${r.verdicts['voldoet-deels']} / ${r.verdicts['voldoet-niet']}`,
        ]),
      })
}
</section>
${heading(2, t.scoreHeading)}
<div class="wgw-report-scores">${table({
    caption: t.scoreCaption,
    head: [t.element, t.minimumColumn, t.beyondColumn, t.percent, t.level, t.answered],
    rows: [
      ...s.elements.map((e) => [
        html`${e.code} ${localized(elementName(ctx, e.id, e.name), ctx.locale)}${derivedMark(ctx, elementStatus(ctx, e.id))}`,
        e.minimum === undefined ? '–' : pct(e.minimum.percent),
        e.beyond === undefined ? '–' : pct(e.beyond.percent),
        pct(e.percent),
        t.levels[e.level],
        `${e.answered} / ${e.questions}`,
      ]),
      [
        html`<strong>${t.overall}</strong>`,
        html`<strong>${pct(m.percent)}</strong>`,
        pct(s.beyond.percent),
        html`<strong>${s.overall.percent}%</strong>`,
        '',
        `${s.overall.answered} / ${s.overall.questions}`,
      ],
    ],
  })}</div>
<p class="utrecht-paragraph wgw-small">${t.scoreNote} ${s.elements.some((e) => elementStatus(ctx, e.id) === 'derived') ? t.derivedNote : ''}</p>
${
  report.notCounted.length === 0
    ? ''
    : html`${heading(2, t.notCountedHeading)}
${paragraph(t.notCountedNote)}
${unorderedList(
  report.notCounted.map(
    (n) =>
      html`<strong>${questionLabel(n.question)}</strong> (${answerText(n.answer)})${n.reason === undefined ? '' : html`: ${reasonText(n.reason)}`}`,
  ),
)}`
}
${heading(2, t.nextStepsHeading)}
${
  report.nextSteps.length === 0
    ? paragraph(t.allMet)
    : html`<div class="wgw-report-steps">${table({
        caption: t.nextStepsHeading,
        head: [t.question, t.answer, t.steps, t.helpers],
        rows: report.nextSteps.flatMap((step) =>
          step.actionPerspectives.map((ap) => [
            html`${questionLabel(ap.question)}${derivedMark(ctx, step.status)}`,
            answerText(ap.answer),
            html`${localized(perspectiveText(ctx, step.element.id, ap.index, ap.text), ctx.locale)}${
              ap.barriers.length === 0
                ? ''
                : html`<span class="wgw-no-print"><br>${t.instruments}: ${ap.barriers.map((b, j) => html`${j === 0 ? '' : ', '}${link(ctx.url(`/barrieremodel/barrieres/${b.id}`), b.name)}`)}</span>`
            }`,
            helpers(ctx, ap.parties),
          ]),
        ),
      })}</div>`
}
${heading(2, t.contactsHeading)}
${
  report.regionalContacts.length === 0
    ? paragraph(t.regionalNone)
    : table({
        caption: t.contactsHeading,
        head: [t.regionColumn, ctx.t.barriers.parties],
        rows: contactRows(ctx, report.regionalContacts),
      })
}`
  return renderPage(ctx, { title, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export interface OverviewPageInput {
  readonly param: GroupingParam
  readonly overview: RegionalOverview
  /** Every publication per municipality, newest first, withdrawn ones included (issue 20 item 1). */
  readonly history?: ReadonlyMap<string, readonly PublicationView[]>
  readonly error?: string
  readonly raw?: string
}

export function overviewPage(ctx: PageContext, input: OverviewPageInput): SafeHtml {
  const t = ctx.t.basisniveau
  const grouping = t.groupings[input.param]
  const fieldId = 'per'
  const percent = (v: number | null): string => (v === null ? t.noneYet : `${v}%`)
  const { overview } = input
  const body = html`${heading(1, t.overviewTitle)}
${paragraph(t.overviewIntro, { lead: true })}
${errorSummary(t.errorSummary, input.error === undefined ? [] : [{ fieldId, message: input.error }])}
<form method="get" action="${ctx.url('/basisniveau/overzicht')}" class="wgw-no-print">
<div class="wgw-form-row">
${selectField({
  id: fieldId,
  name: 'per',
  label: t.groupingLabel,
  ...(input.error === undefined ? {} : { error: input.error }),
  options: (Object.keys(GROUPING_PARAMS) as GroupingParam[]).map((p) => ({ value: p, label: t.groupings[p] })),
  selected: input.raw ?? input.param,
})}
<div class="wgw-actions">${submitButton(t.showButton)}</div>
</div>
</form>
<p class="utrecht-paragraph">${link('/api/v1/scans.csv', t.csvLink, { download: true })}</p>
${table({
  caption: t.overviewCaption(grouping),
  head: [t.regionColumn, t.municipalitiesColumn, t.publishedColumn, t.minimumAverageColumn, t.averageColumn],
  rows: overview.regions.map((r) => [
    r.region.name,
    r.municipalities,
    r.published,
    t.nValue(percent(r.minimumAverage.percent), r.minimumAverage.n, r.municipalities),
    t.nValue(percent(r.average.percent), r.average.n, r.municipalities),
  ]),
})}
${overview.regions.map(
  (r) => html`<section class="wgw-overview-region">
${heading(2, r.region.name)}
${
  r.published === 0
    ? paragraph(t.noPublished)
    : html`${table({
        caption: t.scansCaption(r.region.name),
        head: [
          t.municipalityLabel,
          t.verdictColumn,
          t.minimumAverageColumn,
          t.percent,
          t.publishedOn,
          t.historyColumns[2],
        ],
        rows: r.scans.map((s) => {
          const latest = input.history?.get(s.municipality)?.find((p) => p.withdrawnAt === null)
          return [
            `${s.name} (${s.municipality})`,
            s.verdict === null ? t.noneYet : t.verdicts[s.verdict],
            percent(s.minimumPercent),
            `${s.percent}%`,
            html`<time datetime="${s.publishedAt}">${formatDate(ctx, s.publishedAt.slice(0, 10))}</time>`,
            t.publisherRole(latest?.role ?? null, latest?.organisation ?? null),
          ]
        }),
      })}
${r.scans.map((s) => publicationHistory(ctx, s.name, input.history?.get(s.municipality) ?? []))}
${table({
  caption: t.elementsCaption(r.region.name),
  head: [t.element, t.averageColumn],
  rows: r.elements.map((e) => [
    html`${e.code} ${localized(elementNameByCode(ctx, e.code, e.name), ctx.locale)}`,
    t.nValue(percent(e.average.percent), e.average.n, r.municipalities),
  ]),
})}`
}
${heading(3, t.withoutScanHeading(r.region.name))}
${
  r.withoutScan.length === 0
    ? paragraph(t.withoutScanNone)
    : html`<p class="utrecht-paragraph wgw-small">${r.withoutScan.map((m, i) => html`${i === 0 ? '' : ', '}${m.name}`)}</p>`
}
</section>`,
)}`
  return renderPage(ctx, { title: t.overviewTitle, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

/** A municipality's earlier publications (more than the latest), folded; open without JavaScript on a click. */
function publicationHistory(ctx: PageContext, name: string, history: readonly PublicationView[]): SafeHtml {
  const t = ctx.t.basisniveau
  if (history.length < 2) {
    return html``
  }
  return html`<details class="wgw-details"><summary>${t.historyHeading}: ${name} (${history.length})</summary>
${table({
  caption: html`${t.historyHeading}: ${name}`,
  head: [...t.historyColumns],
  rows: history.map((p) => [
    String(p.year),
    html`<time datetime="${p.publishedAt}">${formatDate(ctx, p.publishedAt.slice(0, 10))}</time>`,
    t.publisherRole(p.role, p.organisation),
    `${p.percent}%`,
    p.verdict === null ? t.noneYet : t.verdicts[p.verdict],
    p.withdrawnAt === null
      ? t.notWithdrawn
      : t.withdrawnNote(formatDate(ctx, p.withdrawnAt.slice(0, 10)), p.withdrawnReason ?? ''),
  ]),
})}</details>`
}
