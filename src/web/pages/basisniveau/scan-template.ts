// SPDX-License-Identifier: EUPL-1.2
// Self-scan pages: the basisniveau introduction, the start form (municipality; empty or from the
// latest published scan), a draft's overview (progress per section, publishing), one section of the
// form (plain HTML POST with inline errors, an error summary, the version as a hidden field, the
// conflict message, carried-over marks), the read-only view of a published scan, and the refusal of
// a cross-site POST.
import { html, type HtmlValue, type SafeHtml } from '../../html.ts'
import { renderPage, type Crumb } from '../../layouts/page.ts'
import { buttonLink, errorSummary, selectField } from '../../components/form.ts'
import { radioGroup, textArea } from '../../components/choice-fields.ts'
import { link, unorderedList } from '../../components/link.ts'
import { formatDate, sourceList, statusBadge } from '../../components/record-meta.ts'
import { table } from '../../components/table.ts'
import { heading, localField, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'
import { ANSWER_VALUES } from '../../../domain/basisniveau/answers.ts'
import { orderedElements } from '../../../domain/basisniveau/answers.ts'
import type { BasisniveauElement } from '../../../domain/basisniveau.ts'
import type { Municipality } from '../../../domain/region.ts'
import type { Scan } from '../../../data/repositories/scan.repository.ts'
import { localListItem, localText } from '../../i18n.ts'
import {
  ACTION_FIELD,
  answerField,
  answerId,
  EVIDENCE_MAX,
  evidenceField,
  evidenceId,
  PUBLISH_KEY_ID,
  questionLabel,
  VERSION_FIELD,
  type FieldError,
} from './form-input.ts'
import { sectionSlug, type ElementView, type ScanProgress, type SectionProgress } from './view-model.ts'

export const SCAN_FORM_ID = 'scan-formulier'
export const scanPath = (token: string): string => `/basisniveau/scan/${token}`

export function basisniveauCrumbs(ctx: PageContext): Crumb[] {
  return [
    { href: ctx.url('/'), label: ctx.t.nav.home },
    { href: ctx.url('/basisniveau'), label: ctx.t.basisniveau.shortTitle },
  ]
}

/** Class names spelled out, so the shipped CSS can be cut to the classes in use. */
const ALERT_KIND = {
  error: 'utrecht-alert--error',
  warning: 'utrecht-alert--warning',
  ok: 'utrecht-alert--ok',
  info: 'utrecht-alert--info',
} as const

function alert(kind: keyof typeof ALERT_KIND, content: HtmlValue, role: 'alert' | 'status' = 'status'): SafeHtml {
  return html`<div class="utrecht-alert ${ALERT_KIND[kind]}" role="${role}"><div class="utrecht-alert__content"><div class="utrecht-alert__message">${content}</div></div></div>`
}

export function basisniveauPage(ctx: PageContext, elements: readonly BasisniveauElement[]): SafeHtml {
  const t = ctx.t.basisniveau
  const ordered = orderedElements(elements)
  const sources = [...new Set(ordered.flatMap((e) => e.sources))]
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${heading(2, t.startHeading)}
${paragraph(t.startText)}
<div class="wgw-actions">${buttonLink(ctx.url('/basisniveau/scan'), t.startButton, 'primary-action')}${link(ctx.url('/basisniveau/overzicht'), t.overviewLink)}</div>
${heading(2, t.elementsHeading)}
${table({
  caption: t.elementsHeading,
  head: [t.element, t.requirement, t.questionCount, ctx.t.record.status],
  rows: ordered.map((e) => [
    html`${e.code} ${localField(ctx, e, 'name')}`,
    localField(ctx, e, 'requirement'),
    e.questions.length,
    statusBadge(ctx, e.status),
  ]),
})}
<section class="wgw-meta" aria-labelledby="meta-heading">${heading(2, ctx.t.record.sources, { id: 'meta-heading' })}${sourceList(ctx, sources)}</section>`
  return renderPage(ctx, {
    title: t.shortTitle,
    body,
    nav: 'basisniveau',
    breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }],
  })
}

export interface StartPageInput {
  readonly municipalities: readonly Municipality[]
  readonly selected?: string
  readonly error?: string
  /** Start from the latest published scan instead of an empty one. */
  readonly fromPublished?: boolean
  readonly basisError?: string
}

/** The start form's fields: the municipality and what the scan starts with. */
export const START_FIELDS = { municipality: 'gemeente', basis: 'basis' } as const
export const START_BASIS = { empty: 'leeg', published: 'vorige' } as const

export function startPage(ctx: PageContext, input: StartPageInput): SafeHtml {
  const t = ctx.t.basisniveau
  const fieldId = START_FIELDS.municipality
  const errors = [
    ...(input.error === undefined ? [] : [{ fieldId, message: input.error }]),
    ...(input.basisError === undefined ? [] : [{ fieldId: START_FIELDS.basis, message: input.basisError }]),
  ]
  const body = html`${heading(1, t.scanTitle)}
${paragraph(t.startText, { lead: true })}
${errorSummary(t.errorSummary, errors)}
<form method="post" action="${ctx.url('/basisniveau/scan')}" novalidate>
${heading(2, t.chooseHeading)}
${selectField({
  id: fieldId,
  name: START_FIELDS.municipality,
  label: t.municipalityLabel,
  description: t.municipalityHelp,
  ...(input.error === undefined ? {} : { error: input.error }),
  options: [
    { value: '', label: t.chooseOption },
    ...input.municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.id})` })),
  ],
  ...(input.selected === undefined ? {} : { selected: input.selected }),
})}
${radioGroup({
  id: START_FIELDS.basis,
  name: START_FIELDS.basis,
  legend: t.startFromLegend,
  description: t.startFromHelp,
  options: [
    { value: START_BASIS.empty, label: t.startEmpty },
    { value: START_BASIS.published, label: t.startFromPublished },
  ],
  checked: input.fromPublished === true ? START_BASIS.published : START_BASIS.empty,
  ...(input.basisError === undefined ? {} : { error: input.basisError }),
})}
<div class="wgw-actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">${t.create}</button></div>
</form>`
  return renderPage(ctx, { title: t.scanTitle, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export type FormNotice =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'not-published'; readonly open: number; readonly unconfirmed: number }
  | { readonly kind: 'conflict'; readonly mine: number }
  | { readonly kind: 'published-conflict' }
  | { readonly kind: 'publish-refused' }

function noticeBlock(ctx: PageContext, scan: Scan, notice: FormNotice, back: string): SafeHtml {
  const t = ctx.t.basisniveau
  switch (notice.kind) {
    case 'none':
      return html``
    case 'saved':
      return alert('ok', paragraph(t.saved(scan.version)))
    case 'invalid':
      return paragraph(html`<strong>${t.notSavedNote}</strong>`)
    case 'not-published':
      return alert('warning', paragraph(t.notPublished(notice.open, notice.unconfirmed)))
    case 'publish-refused':
      return alert('warning', paragraph(t.publishRefused), 'alert')
    case 'conflict':
      return alert(
        'warning',
        html`${heading(2, t.conflictTitle)}${paragraph(t.conflictText(notice.mine, scan.version))}${paragraph(t.conflictKeep)}${paragraph(
          link(back, t.conflictReload),
        )}`,
        'alert',
      )
    case 'published-conflict':
      return alert(
        'warning',
        html`${heading(2, t.publishedConflictTitle)}${paragraph(t.publishedConflictText)}${paragraph(
          link(newScanHref(ctx, scan.municipality), t.newScan),
        )}`,
        'alert',
      )
  }
}

/** The start form for a new scan of this municipality, starting from its latest published answers. */
export function newScanHref(ctx: PageContext, municipality: string): string {
  return `${ctx.url('/basisniveau/scan')}?gemeente=${encodeURIComponent(municipality)}&basis=${START_BASIS.published}`
}

function scanHeader(ctx: PageContext, scan: Scan): SafeHtml {
  const t = ctx.t.basisniveau
  const status =
    scan.status !== 'draft' && scan.publishedAt !== null
      ? `${t.statusPublished(formatDate(ctx, scan.publishedAt.slice(0, 10)))} ${t.publishedBy(scan.publisher?.role ?? null, scan.publisher?.role === 'municipality' ? scan.publisher.scope : '')}`
      : t.statusDraft(scan.version)
  return html`<p class="utrecht-paragraph"><strong>${status}</strong></p>${
    scan.withdrawal === null
      ? ''
      : alert(
          'warning',
          paragraph(t.withdrawnNote(formatDate(ctx, scan.withdrawal.at.slice(0, 10)), scan.withdrawal.reason)),
        )
  }
<p class="utrecht-paragraph wgw-no-print">${t.linkNote} ${link(ctx.url(scanPath(scan.id)), t.linkLabel)}</p>`
}

function elementIntro(ctx: PageContext, e: ElementView): SafeHtml {
  const t = ctx.t.basisniveau
  // A derived element (our own derivation, not a literal part of the basisniveau) is marked as such.
  const mark = e.element.status === 'derived' ? html` ${statusBadge(ctx, 'derived')}` : ''
  return html`${heading(2, html`${e.element.code} ${localized(e.name, ctx.locale)}${mark}`, { id: `onderdeel-${e.element.code.toLowerCase()}` })}
${localizedParagraph(localText(e.element, 'requirement', ctx.locale), ctx.locale)}
<details class="wgw-details"><summary>${t.evidenceExamples}</summary>${unorderedList(
    e.element.evidenceExamples.map((_, i) =>
      localized(localListItem(e.element, 'evidenceExamples', e.element.evidenceExamples, i, ctx.locale), ctx.locale),
    ),
  )}</details>`
}

export interface SectionPageInput {
  /** The stored scan (after a conflict: the one stored now). */
  readonly scan: Scan
  readonly municipalityName: string
  readonly section: ElementView
  /** Progress over the stored answers. */
  readonly progress: ScanProgress
  readonly errors: readonly FieldError[]
  readonly notice: FormNotice
  /** The version the form will send: the stored one, also after a conflict (saving again then replaces it). */
  readonly version: number
}

/** Where the person is: section n of N and how many questions are answered, as text (no bar to read). */
function progressLine(ctx: PageContext, progress: ScanProgress, index?: number): SafeHtml {
  const t = ctx.t.basisniveau
  const parts: SafeHtml[] = []
  if (index !== undefined) {
    parts.push(html`<strong>${t.sectionOf(index + 1, progress.sections.length)}</strong>`)
  }
  parts.push(html`${t.answeredOf(progress.answered, progress.questions)}`)
  if (progress.unconfirmed > 0) {
    parts.push(html`${t.toConfirm(progress.unconfirmed)}`)
  }
  return html`<p class="utrecht-paragraph wgw-scan-progress">${parts.map((p, i) => html`${i === 0 ? '' : ' · '}${p}`)}</p>`
}

function sectionNav(ctx: PageContext, scan: Scan, progress: ScanProgress, index: number): SafeHtml {
  const t = ctx.t.basisniveau
  const prev = progress.sections[index - 1]
  const next = progress.sections[index + 1]
  const items: SafeHtml[] = []
  if (prev !== undefined) {
    items.push(link(ctx.url(sectionPath(scan.id, prev.slug)), t.previousSection(prev.code)))
  }
  items.push(link(ctx.url(scanPath(scan.id)), t.toOverview))
  if (next !== undefined) {
    items.push(link(ctx.url(sectionPath(scan.id, next.slug)), t.nextSection(next.code)))
  }
  return html`<nav class="wgw-scan-nav" aria-label="${t.sectionNavLabel}"><ul class="wgw-scan-nav__list">${items.map(
    (i) => html`<li>${i}</li>`,
  )}</ul></nav>`
}

export const sectionPath = (token: string, slug: string): string => `${scanPath(token)}/onderdeel/${slug}`

/** One section of the form: its questions, saved on their own (plain POST, version in a hidden field). */
export function sectionPage(ctx: PageContext, input: SectionPageInput): SafeHtml {
  const t = ctx.t.basisniveau
  const answerLabel = (v: string): string => (v === '' ? t.storedOpen : ((t.answers as Record<string, string>)[v] ?? v))
  const e = input.section
  const index = input.progress.sections.findIndex((x) => x.code === e.element.code)
  const last = index === input.progress.sections.length - 1
  const carried = e.questions.filter((q) => q.carriedFrom !== undefined)
  const carriedDate = carried[0]?.carriedFrom
  const title = t.formTitle(input.municipalityName)
  const body = html`${heading(1, title)}
${scanHeader(ctx, input.scan)}
${progressLine(ctx, input.progress, index)}
${errorSummary(
  t.errorSummary,
  input.errors.map((x) => ({ fieldId: x.fieldId, message: x.message })),
)}
${noticeBlock(ctx, input.scan, input.notice, ctx.url(sectionPath(input.scan.id, sectionSlug(e.element.code))))}
<form method="post" action="${ctx.url(sectionPath(input.scan.id, sectionSlug(e.element.code)))}" id="${SCAN_FORM_ID}" tabindex="-1" novalidate>
<input type="hidden" name="${VERSION_FIELD}" value="${input.version}">
<section class="wgw-scan-element">
${elementIntro(ctx, e)}
${carriedDate === undefined ? '' : alert('info', paragraph(t.carriedSection(carried.length, formatDate(ctx, carriedDate))))}
${e.questions.map(
  (q) => html`<div class="wgw-scan-question">
${radioGroup({
  id: answerId(q.id),
  name: answerField(q.id),
  legend: html`${t.answerLegend(questionLabel(q.id))}: ${localized(q.text, ctx.locale)}`,
  options: ANSWER_VALUES.map((v) => ({ value: v, label: t.answers[v] })),
  ...(q.raw?.answer === undefined ? {} : { checked: q.raw.answer }),
  ...(q.answerError === undefined ? {} : { error: q.answerError }),
  ...(q.storedAnswer !== undefined
    ? { note: t.storedValue(answerLabel(q.storedAnswer ?? '')) }
    : q.carriedFrom !== undefined
      ? { note: t.carriedNote(formatDate(ctx, q.carriedFrom)) }
      : {}),
})}
${textArea({
  id: evidenceId(q.id),
  name: evidenceField(q.id),
  label: html`${t.evidenceLabel} <span class="wgw-visually-hidden">${questionLabel(q.id)}</span>`,
  value: q.raw?.evidence ?? '',
  rows: 2,
  maxLength: EVIDENCE_MAX,
  ...(q.evidenceError === undefined ? {} : { error: q.evidenceError }),
})}
</div>`,
)}
</section>
${carriedDate === undefined ? '' : paragraph(t.saveConfirms)}
<div class="wgw-actions">
<button class="utrecht-button utrecht-button--primary-action" type="submit" name="${ACTION_FIELD}" value="volgende">${last ? t.saveAndOverview : t.saveAndNext}</button>
<button class="utrecht-button utrecht-button--secondary-action" type="submit" name="${ACTION_FIELD}" value="opslaan">${t.save}</button>
</div>
</form>
${sectionNav(ctx, input.scan, input.progress, index)}`
  return renderPage(ctx, {
    title: `${e.element.code} – ${title}`,
    body,
    nav: 'basisniveau',
    breadcrumbs: basisniveauCrumbs(ctx),
  })
}

export interface ScanOverviewInput {
  readonly scan: Scan
  readonly municipalityName: string
  readonly progress: ScanProgress
  readonly errors: readonly { readonly fieldId: string; readonly message: string; readonly href?: string }[]
  readonly notice: FormNotice
  readonly version: number
}

function sectionStatus(ctx: PageContext, s: SectionProgress): string {
  const t = ctx.t.basisniveau
  const open = s.questions - s.answered
  if (open === 0 && s.unconfirmed === 0) {
    return t.sectionComplete
  }
  return [open > 0 ? t.sectionOpen(open) : undefined, s.unconfirmed > 0 ? t.sectionToConfirm(s.unconfirmed) : undefined]
    .filter((x) => x !== undefined)
    .join(', ')
}

/** The draft's overview: progress per section with links, and publishing (issue #20 item 5). */
export function scanOverviewPage(ctx: PageContext, input: ScanOverviewInput): SafeHtml {
  const t = ctx.t.basisniveau
  const { scan, progress } = input
  const title = t.formTitle(input.municipalityName)
  const next = progress.sections.find((s) => s.answered < s.questions || s.unconfirmed > 0) ?? progress.sections[0]
  const body = html`${heading(1, title)}
${scanHeader(ctx, scan)}
${errorSummary(t.errorSummary, input.errors)}
${noticeBlock(ctx, scan, input.notice, ctx.url(scanPath(scan.id)))}
${heading(2, t.progressHeading)}
${progressLine(ctx, progress)}
${paragraph(t.sectionsComplete(progress.complete, progress.sections.length))}
${heading(3, t.sectionsCaption)}
<ol class="utrecht-ordered-list wgw-scan-sections">${progress.sections.map(
    (s) =>
      html`<li class="utrecht-ordered-list__item">${link(ctx.url(sectionPath(scan.id, s.slug)), html`${s.code} ${localized(s.name, ctx.locale)}`)}${s.derived ? html` ${statusBadge(ctx, 'derived')}` : ''}<br><span class="wgw-small">${t.answeredOf(s.answered, s.questions)}: ${sectionStatus(ctx, s)}</span></li>`,
  )}</ol>
${next === undefined ? '' : html`<div class="wgw-actions">${buttonLink(ctx.url(sectionPath(scan.id, next.slug)), t.continueWith(next.code), 'primary-action')}</div>`}
${heading(2, t.publishHeading)}
<form method="post" action="${ctx.url(scanPath(scan.id))}" id="${SCAN_FORM_ID}" tabindex="-1" novalidate>
<input type="hidden" name="${VERSION_FIELD}" value="${input.version}">
${paragraph(t.publishHelp)}
<p class="utrecht-paragraph">${t.publishKeyHelp} ${link('/beheer/inloggen', t.publishKeyLabel)}</p>
<div class="wgw-actions">
<button class="utrecht-button utrecht-button--secondary-action" type="submit" name="${ACTION_FIELD}" value="publiceren" id="${PUBLISH_KEY_ID}">${t.publish}</button>
</div>
</form>
<p class="utrecht-paragraph">${link(ctx.url(`${scanPath(scan.id)}/rapport`), t.reportLink)}</p>`
  return renderPage(ctx, { title, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export function publishedScanPage(
  ctx: PageContext,
  scan: Scan,
  municipalityName: string,
  elements: readonly ElementView[],
  justPublished: boolean,
  /** A change was posted after publication: say that nothing was saved. */
  conflict = false,
): SafeHtml {
  const t = ctx.t.basisniveau
  const title = t.formTitle(municipalityName)
  const body = html`${heading(1, title)}
${scanHeader(ctx, scan)}
${justPublished ? alert('ok', paragraph(t.published)) : ''}
${conflict ? noticeBlock(ctx, scan, { kind: 'published-conflict' }, ctx.url(scanPath(scan.id))) : ''}
${paragraph(t.readOnlyNote)}
<div class="wgw-actions">${buttonLink(ctx.url(`${scanPath(scan.id)}/rapport`), t.reportLink, 'primary-action')}${link(
    newScanHref(ctx, scan.municipality),
    t.newScan,
  )}</div>
${elements.map(
  (e) => html`<section class="wgw-scan-element">${elementIntro(ctx, e)}
${table({
  caption: html`${e.element.code} ${localized(e.name, ctx.locale)}`,
  head: [t.question, t.answer, t.evidenceLabel],
  rows: e.questions.map((q) => [
    html`${questionLabel(q.id)}: ${localized(q.text, ctx.locale)}`,
    q.raw?.answer === undefined ? t.notAnswered : ((t.answers as Record<string, string>)[q.raw.answer] ?? q.raw.answer),
    q.raw?.evidence === undefined || q.raw.evidence === ''
      ? ''
      : html`<span class="wgw-pre-line">${q.raw.evidence}</span>`,
  ]),
})}</section>`,
)}`
  return renderPage(ctx, { title, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export function forbiddenPage(ctx: PageContext): SafeHtml {
  const t = ctx.t.basisniveau
  const body = html`${heading(1, t.forbiddenTitle)}
${paragraph(t.forbiddenText, { lead: true })}
<p class="utrecht-paragraph">${link(ctx.url('/basisniveau'), t.shortTitle)}</p>`
  return renderPage(ctx, { title: t.forbiddenTitle, body, nav: 'basisniveau' })
}

export function formProblemPage(ctx: PageContext, message: string): SafeHtml {
  const body = html`${heading(1, ctx.t.badRequest.title)}
${paragraph(message, { lead: true })}
<p class="utrecht-paragraph">${link(ctx.url('/basisniveau'), ctx.t.basisniveau.shortTitle)}</p>`
  return renderPage(ctx, { title: ctx.t.badRequest.title, body, nav: 'basisniveau' })
}
