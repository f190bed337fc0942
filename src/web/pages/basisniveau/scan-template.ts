// SPDX-License-Identifier: EUPL-1.2
// Self-scan pages: the basisniveau introduction, the start form (choose a municipality), the scan
// form (plain HTML POST with inline errors, an error summary, the version as a hidden field and the
// conflict message), the read-only view of a published scan, and the refusal of a cross-site POST.
import { html, type HtmlValue, type SafeHtml } from '../../html.ts'
import { renderPage, type Crumb } from '../../layouts/page.ts'
import { buttonLink, errorSummary, selectField, textField } from '../../components/form.ts'
import { radioGroup, textArea } from '../../components/choice-fields.ts'
import { link, unorderedList } from '../../components/link.ts'
import { formatDate, sourceList, statusBadge } from '../../components/record-meta.ts'
import { table } from '../../components/table.ts'
import { heading, localized, paragraph } from '../../components/text.ts'
import type { PageContext } from '../../page-context.ts'
import { ANSWER_VALUES } from '../../../domain/basisniveau/answers.ts'
import { orderedElements } from '../../../domain/basisniveau/answers.ts'
import type { BasisniveauElement } from '../../../domain/basisniveau.ts'
import type { Municipality } from '../../../domain/region.ts'
import type { Scan } from '../../../data/repositories/scan.repository.ts'
import { localText } from '../../i18n.ts'
import {
  ACTION_FIELD,
  answerField,
  answerId,
  EVIDENCE_MAX,
  evidenceField,
  evidenceId,
  PUBLISH_KEY_FIELD,
  PUBLISH_KEY_ID,
  questionLabel,
  VERSION_FIELD,
  type FieldError,
} from './form-input.ts'
import type { ElementView } from './view-model.ts'

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
    html`${e.code} ${localized(localText(e, 'name', ctx.locale), ctx.locale)}`,
    html`<span lang="nl">${e.requirement}</span>`,
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
}

export function startPage(ctx: PageContext, input: StartPageInput): SafeHtml {
  const t = ctx.t.basisniveau
  const fieldId = 'gemeente'
  const body = html`${heading(1, t.scanTitle)}
${paragraph(t.startText, { lead: true })}
${errorSummary(t.errorSummary, input.error === undefined ? [] : [{ fieldId, message: input.error }])}
<form method="post" action="${ctx.url('/basisniveau/scan')}" novalidate>
${heading(2, t.chooseHeading)}
${selectField({
  id: fieldId,
  name: 'gemeente',
  label: t.municipalityLabel,
  description: t.municipalityHelp,
  ...(input.error === undefined ? {} : { error: input.error }),
  options: [
    { value: '', label: t.chooseOption },
    ...input.municipalities.map((m) => ({ value: m.id, label: `${m.name} (${m.id})` })),
  ],
  ...(input.selected === undefined ? {} : { selected: input.selected }),
})}
<div class="wgw-actions"><button class="utrecht-button utrecht-button--primary-action" type="submit">${t.create}</button></div>
</form>`
  return renderPage(ctx, { title: t.scanTitle, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export type FormNotice =
  | { readonly kind: 'none' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'saved-but-open'; readonly open: number }
  | { readonly kind: 'conflict'; readonly mine: number }
  | { readonly kind: 'published-conflict' }
  | { readonly kind: 'publish-refused' }

export interface ScanFormInput {
  readonly scan: Scan
  readonly municipalityName: string
  readonly elements: readonly ElementView[]
  readonly errors: readonly FieldError[]
  readonly notice: FormNotice
  /** The version the form will send: the stored one, also after a conflict (saving again then replaces it). */
  readonly version: number
}

function noticeBlock(ctx: PageContext, input: ScanFormInput): SafeHtml {
  const t = ctx.t.basisniveau
  const n = input.notice
  switch (n.kind) {
    case 'none':
      return html``
    case 'saved':
      return alert('ok', paragraph(t.saved(input.scan.version)))
    case 'invalid':
      return paragraph(html`<strong>${t.notSavedNote}</strong>`)
    case 'saved-but-open':
      return alert('warning', paragraph(t.savedButOpen(n.open)))
    case 'publish-refused':
      return alert('warning', paragraph(t.publishRefused), 'alert')
    case 'conflict':
      return alert(
        'warning',
        html`${heading(2, t.conflictTitle)}${paragraph(t.conflictText(n.mine, input.scan.version))}${paragraph(t.conflictKeep)}${paragraph(
          link(ctx.url(scanPath(input.scan.id)), t.conflictReload),
        )}`,
        'alert',
      )
    case 'published-conflict':
      return alert(
        'warning',
        html`${heading(2, t.publishedConflictTitle)}${paragraph(t.publishedConflictText)}${paragraph(
          link(ctx.url(`/basisniveau/scan?gemeente=${encodeURIComponent(input.scan.municipality)}`), t.newScan),
        )}`,
        'alert',
      )
  }
}

function scanHeader(ctx: PageContext, scan: Scan): SafeHtml {
  const t = ctx.t.basisniveau
  const status =
    scan.status === 'published' && scan.publishedAt !== null
      ? t.statusPublished(formatDate(ctx, scan.publishedAt.slice(0, 10)))
      : t.statusDraft(scan.version)
  return html`<p class="utrecht-paragraph"><strong>${status}</strong></p>
<p class="utrecht-paragraph wgw-no-print">${t.linkNote} ${link(ctx.url(scanPath(scan.id)), t.linkLabel)}</p>`
}

function elementIntro(ctx: PageContext, e: ElementView): SafeHtml {
  const t = ctx.t.basisniveau
  return html`${heading(2, html`${e.element.code} ${localized(e.name, ctx.locale)}`, { id: `onderdeel-${e.element.code.toLowerCase()}` })}
<p class="utrecht-paragraph" lang="nl">${e.element.requirement}</p>
<details class="wgw-details"><summary>${t.evidenceExamples}</summary>${unorderedList(e.element.evidenceExamples.map((x) => html`<span lang="nl">${x}</span>`))}</details>`
}

export function scanFormPage(ctx: PageContext, input: ScanFormInput): SafeHtml {
  const t = ctx.t.basisniveau
  const answerLabel = (v: string): string => (v === '' ? t.storedOpen : ((t.answers as Record<string, string>)[v] ?? v))
  const title = t.formTitle(input.municipalityName)
  const body = html`${heading(1, title)}
${scanHeader(ctx, input.scan)}
${errorSummary(
  t.errorSummary,
  input.errors.map((e) => ({ fieldId: e.fieldId, message: e.message })),
)}
${noticeBlock(ctx, input)}
<form method="post" action="${ctx.url(scanPath(input.scan.id))}" id="${SCAN_FORM_ID}" tabindex="-1" novalidate>
<input type="hidden" name="${VERSION_FIELD}" value="${input.version}">
${input.elements.map(
  (e) => html`<section class="wgw-scan-element">
${elementIntro(ctx, e)}
${e.questions.map(
  (q) => html`<div class="wgw-scan-question">
${radioGroup({
  id: answerId(q.id),
  name: answerField(q.id),
  legend: html`${t.answerLegend(questionLabel(q.id))}: ${localized(q.text, ctx.locale)}`,
  options: ANSWER_VALUES.map((v) => ({ value: v, label: t.answers[v] })),
  ...(q.raw?.answer === undefined ? {} : { checked: q.raw.answer }),
  ...(q.answerError === undefined ? {} : { error: q.answerError }),
  ...(q.storedAnswer === undefined ? {} : { note: t.storedValue(answerLabel(q.storedAnswer ?? '')) }),
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
</section>`,
)}
${paragraph(t.publishHelp)}
${textField({
  id: PUBLISH_KEY_ID,
  name: PUBLISH_KEY_FIELD,
  label: t.publishKeyLabel,
  description: t.publishKeyHelp,
  type: 'password',
  autocomplete: 'current-password',
  ...(input.notice.kind === 'publish-refused' ? { error: t.publishRefused } : {}),
})}
<div class="wgw-actions">
<button class="utrecht-button utrecht-button--primary-action" type="submit" name="${ACTION_FIELD}" value="opslaan">${t.save}</button>
<button class="utrecht-button utrecht-button--secondary-action" type="submit" name="${ACTION_FIELD}" value="publiceren">${t.publish}</button>
</div>
</form>
<p class="utrecht-paragraph">${link(ctx.url(`${scanPath(input.scan.id)}/rapport`), t.reportLink)}</p>`
  return renderPage(ctx, { title, body, nav: 'basisniveau', breadcrumbs: basisniveauCrumbs(ctx) })
}

export function publishedScanPage(
  ctx: PageContext,
  scan: Scan,
  municipalityName: string,
  elements: readonly ElementView[],
  justPublished: boolean,
): SafeHtml {
  const t = ctx.t.basisniveau
  const title = t.formTitle(municipalityName)
  const body = html`${heading(1, title)}
${scanHeader(ctx, scan)}
${justPublished ? alert('ok', paragraph(t.published)) : ''}
${paragraph(t.readOnlyNote)}
<div class="wgw-actions">${buttonLink(ctx.url(`${scanPath(scan.id)}/rapport`), t.reportLink, 'primary-action')}${link(
    ctx.url(`/basisniveau/scan?gemeente=${encodeURIComponent(scan.municipality)}`),
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
