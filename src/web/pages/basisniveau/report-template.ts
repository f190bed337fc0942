// SPDX-License-Identifier: EUPL-1.2
// The printable report of a self-scan (scores, next steps with the barriers they use and who
// helps, regional contacts) and the regional overview of published scans (never drafts or links).
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { errorSummary, selectField, submitButton } from '../../components/form.ts'
import { link, unorderedList } from '../../components/link.ts'
import { formatDate } from '../../components/record-meta.ts'
import { table } from '../../components/table.ts'
import { heading, localized, paragraph } from '../../components/text.ts'
import { localText, type LocalText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { PartyRef } from '../../../domain/barrier-model/build-barrier-model.ts'
import type { ScanReport } from '../../../domain/basisniveau/report.ts'
import type { RegionalOverview } from '../../../domain/basisniveau/overview.ts'
import type { Scan } from '../../../data/repositories/scan.repository.ts'
import { questionLabel } from './form-input.ts'
import { basisniveauCrumbs, scanPath } from './scan-template.ts'
import { GROUPING_PARAMS, type GroupingParam } from './view-model.ts'

function partyLink(ctx: PageContext, p: PartyRef): SafeHtml {
  const party = ctx.data.byId('parties', p.id)
  return party === undefined
    ? html`${p.name}`
    : link(ctx.url(`/organisaties/${p.id}`), localized(localText(party, 'name', ctx.locale), ctx.locale))
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

export function reportPage(ctx: PageContext, scan: Scan, report: ScanReport): SafeHtml {
  const t = ctx.t.basisniveau
  const name = report.municipality?.name ?? scan.municipality
  const title = t.reportTitle(name)
  const s = report.score
  const answerText = (a: string | null): string =>
    a === null ? t.notAnswered : ((t.answers as Record<string, string>)[a] ?? a)
  const body = html`${heading(1, title)}
${paragraph(t.reportIntro, { lead: true })}
${
  scan.status === 'draft'
    ? paragraph(html`<strong>${t.draftReportNote}</strong>`)
    : paragraph(
        html`<strong>${t.statusPublished(formatDate(ctx, (scan.publishedAt ?? scan.updatedAt).slice(0, 10)))}</strong>`,
      )
}
<p class="utrecht-paragraph wgw-no-print">${link(ctx.url(scanPath(scan.id)), t.backToScan)}</p>
${heading(2, t.scoreHeading)}
<p class="utrecht-paragraph wgw-score-total">${t.overallText(s.overall.percent, s.overall.answered, s.overall.questions)}</p>
${table({
  caption: t.scoreCaption,
  head: [t.element, t.percent, t.level, t.answered],
  rows: [
    ...s.elements.map((e) => [
      html`${e.code} ${localized(elementName(ctx, e.id, e.name), ctx.locale)}`,
      `${e.percent}%`,
      t.levels[e.level],
      `${e.answered} / ${e.questions}`,
    ]),
    [
      html`<strong>${t.overall}</strong>`,
      html`<strong>${s.overall.percent}%</strong>`,
      '',
      `${s.overall.answered} / ${s.overall.questions}`,
    ],
  ],
})}
${paragraph(t.scoreNote)}
${heading(2, t.nextStepsHeading)}
${
  report.nextSteps.length === 0
    ? paragraph(t.allMet)
    : report.nextSteps.map(
        (step) => html`<section class="wgw-report-step">
${heading(3, html`${step.element.code} ${localized(elementName(ctx, step.element.id, step.element.name), ctx.locale)} (${step.element.percent}%, ${t.levels[step.element.level].toLowerCase()})`)}
<p class="utrecht-paragraph" lang="nl">${step.requirement}</p>
${heading(4, t.steps)}
<ol class="utrecht-ordered-list wgw-spaced-links">${step.actionPerspectives.map(
          (
            ap,
          ) => html`<li class="utrecht-ordered-list__item"><strong>${questionLabel(ap.question)}</strong> (${answerText(ap.answer)}): ${localized(perspectiveText(ctx, step.element.id, ap.index, ap.text), ctx.locale)}
<br>${t.helpers}: ${ap.parties.map((p, j) => html`${j === 0 ? '' : ', '}${partyLink(ctx, p)}`)}${
            ap.barriers.length === 0
              ? ''
              : html`<br>${t.instruments}: ${ap.barriers.map((b, j) => html`${j === 0 ? '' : ', '}${link(ctx.url(`/barrieremodel/barrieres/${b.id}`), b.name)}`)}`
          }</li>`,
        )}</ol>
${heading(4, t.yourAnswers)}
${unorderedList(
  step.questions.map(
    (q) =>
      html`${questionLabel(q.id)}: ${localized(questionText(ctx, step.element.id, q.id, q.text), ctx.locale)} — <strong>${answerText(q.answer)}</strong>${
        q.evidence === undefined ? '' : html`<br><span class="wgw-pre-line">${q.evidence}</span>`
      }`,
  ),
)}
</section>`,
      )
}
${
  report.helpers.length === 0
    ? ''
    : html`${heading(2, t.helpersHeading)}
${table({ caption: t.helpersHeading, head: [ctx.t.barriers.parties, t.helpsWith], rows: report.helpers.map((h) => [partyLink(ctx, h), h.elements.join(', ')]) })}`
}
${heading(2, t.regionalHeading)}
${
  report.regionalContacts.length === 0
    ? paragraph(t.regionalNone)
    : table({
        caption: t.regionalHeading,
        head: [t.regionColumn, ctx.t.barriers.parties],
        rows: report.regionalContacts.map((c) => [
          html`${ctx.t.labels.regionKinds[c.kind]}: ${c.region.name}`,
          c.parties.length === 0
            ? t.regionalNone
            : c.parties.map((p, j) => html`${j === 0 ? '' : ', '}${partyLink(ctx, p)}`),
        ]),
      })
}`
  return renderPage(ctx, { title, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export interface OverviewPageInput {
  readonly param: GroupingParam
  readonly overview: RegionalOverview
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
  head: [t.regionColumn, t.municipalitiesColumn, t.publishedColumn, t.averageColumn],
  rows: overview.regions.map((r) => [r.region.name, r.municipalities, r.published, percent(r.averagePercent)]),
})}
${overview.regions
  .filter((r) => r.published > 0)
  .map(
    (r) => html`<section class="wgw-overview-region">
${heading(2, r.region.name)}
${table({
  caption: t.scansCaption(r.region.name),
  head: [t.municipalityLabel, t.percent, t.publishedOn],
  rows: r.scans.map((s) => [
    `${s.name} (${s.municipality})`,
    `${s.percent}%`,
    html`<time datetime="${s.publishedAt}">${formatDate(ctx, s.publishedAt.slice(0, 10))}</time>`,
  ]),
})}
${table({
  caption: t.elementsCaption(r.region.name),
  head: [t.element, t.averageColumn],
  rows: r.elements.map((e) => [
    html`${e.code} ${localized(elementNameByCode(ctx, e.code, e.name), ctx.locale)}`,
    percent(e.averagePercent),
  ]),
})}
</section>`,
  )}`
  return renderPage(ctx, { title: t.overviewTitle, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}
