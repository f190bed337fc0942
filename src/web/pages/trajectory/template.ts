// SPDX-License-Identifier: EUPL-1.2
// The B8 trajectory planner page: a GET form in fieldsets (rarer situations behind <details>),
// inline errors with a summary, and below it the printable timeline with links to the calendar
// file and to the input as a JSON file. Nothing is stored: the input lives in the URL.
import { EXPLOITATION_FORMS } from '../../../domain/facets.ts'
import { html, type HtmlValue, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { errorSummary, selectField, submitButton, textField, type SelectOption } from '../../components/form.ts'
import { phoneLine } from '../../components/contact.ts'
import { link } from '../../components/link.ts'
import { formatDate, statusBadge } from '../../components/record-meta.ts'
import { table, type DataListItem } from '../../components/table.ts'
import { heading, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import { localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import {
  COLLAPSIBLE_GROUPS,
  FIELD_GROUPS,
  fieldId,
  type FieldError,
  type FieldGroup,
  type FormValues,
  type PlannerField,
  type PlannerFieldName,
} from './form-input.ts'
import type { PagePath } from '../../slugs.ts'
import type { RefView, StepView, TimelineView } from './view-model.ts'

export const PLANNER_PATH: PagePath = '/b8-planner'
export const INPUT_FILE_PATH: PagePath = '/b8-planner/invoer.json'
/** The calendar export of the API; it takes the same query fields as the form. */
export const ICS_PATH = '/api/v1/trajectory.ics'

export interface PlannerPageInput {
  readonly values: FormValues
  readonly errors: readonly FieldError[]
  readonly result?: {
    readonly timeline: TimelineView
    /** Query string of the input (without '?') for the calendar link, with the plan date. */
    readonly icsQuery: string
    /** Query string for the JSON input file (the plan date only when it was given). */
    readonly fileQuery: string
  }
}

type Trajectory = PageContext['t']['trajectory']

function optionsFor(ctx: PageContext, field: PlannerField): SelectOption[] {
  const t = ctx.t.trajectory
  const unknown: SelectOption = { value: '', label: t.unknown }
  if (field.kind === 'yes-no') {
    return [unknown, { value: 'true', label: t.yes }, { value: 'false', label: t.no }]
  }
  if (field.kind !== 'choice') {
    return [unknown]
  }
  const labels = (t.options as Readonly<Record<string, Readonly<Record<string, string>>>>)[field.name] ?? {}
  return [unknown, ...field.options.map((value) => ({ value, label: labels[value] ?? value }))]
}

function fieldHtml(
  ctx: PageContext,
  field: PlannerField,
  value: string | undefined,
  error: string | undefined,
): SafeHtml {
  const t = ctx.t.trajectory
  const texts = t.fields[field.name]
  const label: HtmlValue =
    field.name === 'nationalityGroup'
      ? html`${texts.label} <span class="wgw-required">${t.required}</span>`
      : texts.label
  if (field.kind === 'forms') {
    return formsField(ctx, field.name, value, error)
  }
  const isDate = field.kind === 'date' || field.kind === 'dates'
  // Date fields always say the format, so it is announced with the field (not only in the legend).
  const help = isDate ? [texts.help, t.dateFormat].filter((x) => x !== '').join(' ') : texts.help
  const common = {
    id: fieldId(field.name),
    name: field.name,
    label,
    ...(help === '' ? {} : { description: help }),
    ...(error === undefined ? {} : { error }),
  }
  if (isDate || field.kind === 'text') {
    // Text, not type="date": a mistyped date is shown back as typed, next to its error.
    return textField({ ...common, ...(value === undefined ? {} : { value }), autocomplete: 'off' })
  }
  return selectField({
    ...common,
    options: optionsFor(ctx, field),
    ...(value === undefined ? {} : { selected: value }),
  })
}

/** Forms of exploitation as checkboxes (the scenario's list; none checked means unknown). */
function formsField(
  ctx: PageContext,
  name: PlannerFieldName,
  value: string | undefined,
  error: string | undefined,
): SafeHtml {
  const texts = ctx.t.trajectory.fields[name]
  const id = fieldId(name)
  const checked = new Set((value ?? '').split(',').map((v) => v.trim()))
  const described = error === undefined ? `${id}-description` : `${id}-description ${id}-error`
  return html`<div class="utrecht-form-fieldset utrecht-form-fieldset--distanced${error === undefined ? '' : ' utrecht-form-fieldset--invalid'}">
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="${described}">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${texts.label}</legend>
<div class="utrecht-form-field-description" id="${id}-description">${texts.help}</div>
${error === undefined ? '' : html`<div class="utrecht-form-field-error-message" id="${id}-error">${error}</div>`}
<div class="wgw-radio-row">${EXPLOITATION_FORMS.map(
    (form, i) =>
      html`<label class="utrecht-form-label utrecht-form-label--checkbox wgw-radio"><input class="utrecht-checkbox utrecht-checkbox--html-input${
        error === undefined ? '' : ' utrecht-checkbox--invalid'
      }" type="checkbox" id="${i === 0 ? id : `${id}-${form}`}" name="${name}" value="${form}"${
        checked.has(form) ? html` checked` : ''
      }>${ctx.t.labels.forms[form]}</label>`,
  )}</div>
</fieldset>
</div>`
}

function groupHtml(
  ctx: PageContext,
  group: FieldGroup,
  fields: readonly PlannerField[],
  values: FormValues,
  errors: ReadonlyMap<PlannerFieldName, string>,
): SafeHtml {
  const t = ctx.t.trajectory
  const legend = t.groups[group]
  const hint = group === 'special' ? t.groups.specialHint : group === 'dates' ? t.groups.datesHint : undefined
  const body = html`${hint === undefined ? '' : html`<p class="utrecht-form-field-description">${hint}</p>`}
${fields.map((f) => fieldHtml(ctx, f, values[f.name], errors.get(f.name)))}`
  if (!COLLAPSIBLE_GROUPS.has(group)) {
    return html`<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset wgw-planner-group">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${legend}</legend>
${body}
</fieldset>`
  }
  // Rarer facts stay folded away, but open as soon as one of them is filled in or wrong.
  const open = fields.some((f) => values[f.name] !== undefined || errors.has(f.name))
  return html`<details class="wgw-details wgw-planner-group"${open ? html` open` : ''}><summary>${legend}</summary>
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
<legend class="wgw-visually-hidden">${legend}</legend>
${body}
</fieldset>
</details>`
}

function plannerForm(ctx: PageContext, input: PlannerPageInput): SafeHtml {
  const t = ctx.t.trajectory
  const byField = new Map<PlannerFieldName, string>()
  for (const e of input.errors) {
    if (e.field !== undefined) {
      byField.set(e.field, byField.has(e.field) ? `${byField.get(e.field) ?? ''} ${e.message}` : e.message)
    }
  }
  return html`<form method="get" action="${ctx.url(PLANNER_PATH)}" class="wgw-no-print" aria-labelledby="planner-form">
${heading(2, t.formHeading, { id: 'planner-form' })}
${FIELD_GROUPS.map((g) => groupHtml(ctx, g.group, g.fields, input.values, byField))}
<div class="wgw-actions">${submitButton(t.submit)}${Object.keys(input.values).length > 0 || input.errors.length > 0 ? link(ctx.url(PLANNER_PATH), t.reset) : ''}</div>
</form>`
}

function summaryErrors(ctx: PageContext, errors: readonly FieldError[]): { fieldId: string; message: string }[] {
  const t = ctx.t.trajectory
  return errors.map((e) =>
    e.field === undefined
      ? { fieldId: 'planner-form', message: t.unknownField(e.path) }
      : { fieldId: fieldId(e.field), message: `${t.fields[e.field].label}: ${e.message}` },
  )
}

function refLink(ctx: PageContext, ref: RefView, base: '/organisaties' | '/rechten'): SafeHtml {
  const name = localized(ref.name, ctx.locale)
  return ref.linked ? link(ctx.url(`${base}/${ref.id}`), name) : name
}

function refList(
  ctx: PageContext,
  refs: readonly RefView[],
  base: '/organisaties' | '/rechten',
  none: string,
): SafeHtml {
  if (refs.length === 0) {
    return html`${none}`
  }
  // Inline, comma-separated: compact on paper, and inline links are exempt from the 24 px target size.
  // A party's regional branch follows it, pointing at its contacts below the timeline.
  return html`${refs.map(
    (r, i) =>
      html`${i === 0 ? '' : ', '}${refLink(ctx, r, base)}${
        r.regional === undefined
          ? ''
          : html` (${ctx.t.route.regionalBranch}: ${r.regional.map((b, j) => html`${j === 0 ? '' : ', '}${link(`#regio-${b.id}`, localized(b.name, ctx.locale))}`)})`
      }`,
  )}`
}

function dateHtml(ctx: PageContext, iso: string): SafeHtml {
  return html`<time datetime="${iso}">${formatDate(ctx, iso)}</time>`
}

function deadlineList(ctx: PageContext, step: StepView): SafeHtml {
  const t = ctx.t.trajectory
  return html`<ul class="utrecht-unordered-list wgw-deadlines">${step.deadlines.map(
    (d) => html`<li class="utrecht-unordered-list__item${d.passed ? ' wgw-deadline--passed' : ''}">
<strong>${t.deadlineKinds[d.kind]} ${dateHtml(ctx, d.date)}</strong>${d.passed ? html` (${t.passed})` : ''}: ${localized(d.label, ctx.locale)}
<span class="wgw-legal-basis">(<span lang="nl">${d.legalBasis}</span>)</span></li>`,
  )}</ul>`
}

/** Sources are numbered once for the whole timeline; steps refer to them (keeps the page small). */
function sourceNumbers(timeline: TimelineView): Map<string, number> {
  const numbers = new Map<string, number>()
  for (const s of timeline.steps) {
    for (const id of s.sources) {
      if (!numbers.has(id)) {
        numbers.set(id, numbers.size + 1)
      }
    }
  }
  return numbers
}

function sourceSection(ctx: PageContext, numbers: ReadonlyMap<string, number>): SafeHtml {
  const t = ctx.t.trajectory
  return html`<section aria-labelledby="bronnen">${heading(2, t.sourcesHeading, { id: 'bronnen' })}
<ol class="utrecht-ordered-list wgw-spaced-links">${[...numbers.keys()].map((id) => {
    const source = ctx.data.source(id)
    return html`<li class="utrecht-ordered-list__item" id="bron-${id}">${source === undefined ? id : link(source.url, source.title, { lang: 'nl' })}</li>`
  })}</ol></section>`
}

/** A plain description list: a timeline has some twenty steps, so the lean markup keeps the page small. */
function factList(items: readonly DataListItem[]): SafeHtml {
  return html`<dl class="wgw-step-facts">${items.map((i) => html`<dt>${i.key}</dt><dd>${i.value}</dd>`)}</dl>`
}

function stepItem(ctx: PageContext, step: StepView, numbers: ReadonlyMap<string, number>): SafeHtml {
  const t = ctx.t.trajectory
  const items = [
    { key: t.parties, value: refList(ctx, step.parties, '/organisaties', t.none) },
    { key: t.rights, value: refList(ctx, step.rights, '/rechten', t.none) },
    ...(step.deadlines.length === 0 ? [] : [{ key: t.deadlines, value: deadlineList(ctx, step) }]),
    { key: t.legalBasis, value: html`<span lang="nl">${step.legalBasis}</span>` },
    ...(step.notes.length === 0
      ? []
      : [
          {
            key: t.notes,
            value: html`<ul class="utrecht-unordered-list">${step.notes.map((n) => html`<li class="utrecht-unordered-list__item">${localized(n, ctx.locale)}</li>`)}</ul>`,
          },
        ]),
    ...(step.rules.length === 0
      ? []
      : [
          {
            key: t.rulesApplied,
            value: step.rules.map((r, i) => html`${i === 0 ? '' : '; '}${localized(r.name, ctx.locale)}`),
          },
        ]),
    {
      key: t.next,
      value:
        step.next.length === 0
          ? t.nextNone
          : step.next.map(
              (n, i) => html`${i === 0 ? '' : ', '}${link(`#stap-${n.id}`, localized(n.name, ctx.locale))}`,
            ),
    },
    {
      key: t.stepStatus,
      value: html`${statusBadge(ctx, step.recordStatus)} ${t.sources}: ${step.sources.map((id, i) => html`${i === 0 ? '' : ', '}${link(`#bron-${id}`, t.sourceRef(numbers.get(id) ?? 0))}`)}`,
    },
  ]
  return html`<li class="wgw-timeline__step wgw-timeline__step--${step.status}" id="stap-${step.id}">
${heading(3, html`<span class="wgw-step-code">${step.code}</span> ${localized(step.name, ctx.locale)}`)}
<p class="utrecht-paragraph"><span class="wgw-step-status wgw-step-status--${step.status}">${t.statuses[step.status]}</span></p>
${localizedParagraph(step.summary, ctx.locale)}
${factList(items)}
</li>`
}

function downloads(ctx: PageContext, result: NonNullable<PlannerPageInput['result']>): SafeHtml {
  const t = ctx.t.trajectory
  return html`<section class="wgw-no-print" aria-labelledby="downloads-heading">${heading(2, t.downloadsHeading, { id: 'downloads-heading' })}
<ul class="utrecht-unordered-list wgw-spaced-links">
<li class="utrecht-unordered-list__item">${link(`${ICS_PATH}?${result.icsQuery}`, t.icsLink, { download: true })}</li>
<li class="utrecht-unordered-list__item">${link(`${ctx.url(INPUT_FILE_PATH)}?${result.fileQuery}`, t.jsonLink, { download: true })}<br><span class="wgw-link-list__text">${t.jsonHint}</span></li>
</ul>
${paragraph(t.printHint)}
</section>`
}

function rulesTable(ctx: PageContext, timeline: TimelineView): SafeHtml {
  const t = ctx.t.trajectory
  if (timeline.rules.length === 0) {
    return html``
  }
  const c = t.ruleColumns
  return html`${heading(2, t.rulesHeading, { id: 'regels' })}
${table({
  caption: t.rulesHeading,
  head: [c.name, c.legalBasis, c.validity, c.decisive, c.status],
  rows: timeline.rules.map((r) => {
    const rule = ctx.data.byId('trajectoryRules', r.id)
    const name = localized(
      rule === undefined ? { text: r.name, lang: 'nl' } : localText(rule, 'name', ctx.locale),
      ctx.locale,
    )
    const validity = [
      r.validFrom === undefined ? undefined : t.validSince(formatDate(ctx, r.validFrom)),
      r.validTo === undefined ? undefined : t.validUntil(formatDate(ctx, r.validTo)),
    ].filter((x) => x !== undefined)
    return [
      name,
      html`<span lang="nl">${r.legalBasis}</span>`,
      validity.length === 0 ? t.always : validity.join(', '),
      localized(
        rule === undefined ? { text: r.decisiveDate, lang: 'nl' } : localText(rule, 'decisiveDate', ctx.locale),
        ctx.locale,
      ),
      statusBadge(ctx, r.status === 'derived' || r.status === 'unverified' ? r.status : 'sourced'),
    ]
  }),
})}`
}

function timelineSection(ctx: PageContext, result: NonNullable<PlannerPageInput['result']>): SafeHtml {
  const t = ctx.t.trajectory
  const { timeline } = result
  const intro = html`${paragraph(html`${t.planDate}: ${dateHtml(ctx, timeline.asOf)}`)}`
  const numbers = sourceNumbers(timeline)
  if (!timeline.applicable) {
    return html`<section aria-labelledby="tijdlijn">${heading(2, t.notApplicableHeading, { id: 'tijdlijn' })}
${intro}
${timeline.reason === undefined ? '' : localizedParagraph(timeline.reason, ctx.locale)}
${
  timeline.alternatives.length === 0
    ? ''
    : html`${heading(3, t.alternativesHeading)}
<ul class="utrecht-unordered-list wgw-spaced-links">${timeline.alternatives.map(
        (a) =>
          html`<li class="utrecht-unordered-list__item">${refLink(ctx, a.right, '/rechten')}<br><span${
            a.summary.lang === ctx.locale ? '' : html` lang="${a.summary.lang}"`
          }>${a.summary.text}</span></li>`,
      )}</ul>`
}
</section>
${downloads(ctx, result)}
${rulesTable(ctx, timeline)}`
  }
  return html`<section aria-labelledby="tijdlijn">${heading(2, t.timelineHeading, { id: 'tijdlijn' })}
${intro}
${timeline.permitGrounds.length === 0 ? '' : paragraph(html`${t.permitGrounds}: ${timeline.permitGrounds.join(', ')}`)}
${
  timeline.warnings.length === 0
    ? ''
    : html`<div class="utrecht-alert utrecht-alert--warning" role="status"><div class="utrecht-alert__content"><div class="utrecht-alert__message">
${heading(3, t.warningsHeading)}
<ul class="utrecht-unordered-list">${timeline.warnings.map((w) => html`<li class="utrecht-unordered-list__item"${w.lang === ctx.locale ? '' : html` lang="${w.lang}"`}>${w.text}</li>`)}</ul>
</div></div></div>`
}
<ol class="wgw-timeline">${timeline.steps.map((s) => stepItem(ctx, s, numbers))}</ol>
${paragraph(link(ctx.url('/doorstroom'), t.doorstroomLink))}
</section>
${regionalSection(ctx, timeline)}
${sourceSection(ctx, numbers)}
${downloads(ctx, result)}
${rulesTable(ctx, timeline)}`
}

/** The municipality's regional parties with phone and website, the zorgcoördinator first (#20 item 10). */
function regionalSection(ctx: PageContext, timeline: TimelineView): SafeHtml {
  const regional = timeline.regional
  if (regional?.municipality === null || regional === undefined) {
    return html``
  }
  const t = ctx.t.route
  // A party can stand twice (its own region and as another region's fallback); the first carries the anchor.
  const anchored = new Set<string>()
  const anchor = (id: string): SafeHtml => {
    const first = !anchored.has(id)
    anchored.add(id)
    return first ? html` id="regio-${id}"` : html``
  }
  return html`<section aria-labelledby="regio">${heading(2, t.regionalHeading, { id: 'regio' })}
${paragraph(t.regionalIntro(regional.municipality.name))}
<ul class="utrecht-unordered-list wgw-spaced-links">${regional.parties.map(
    (p) =>
      html`<li class="utrecht-unordered-list__item"${anchor(p.id)}>${link(ctx.url(`/organisaties/${p.id}`), p.name)} (${
        p.fallback === true ? ctx.t.contacts.fallback : ctx.t.labels.regionKinds[p.region.kind]
      })${(p.contact?.phones ?? []).map((ph) => html`<br>${phoneLine(ctx, ph)}`)}${
        p.contact?.website === undefined ? '' : html`<br>${link(p.contact.website, p.contact.website)}`
      }</li>`,
  )}</ul>
</section>`
}

function privacyNote(t: Trajectory): SafeHtml {
  return html`<aside class="wgw-privacy-note" aria-labelledby="privacy-heading">
<h2 class="utrecht-heading-3" id="privacy-heading">${t.privacyHeading}</h2>
${paragraph(t.privacy)}
</aside>`
}

export function plannerPage(ctx: PageContext, input: PlannerPageInput): SafeHtml {
  const t = ctx.t.trajectory
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${privacyNote(t)}
${paragraph(t.disclaimer)}
${errorSummary(ctx.t.trajectory.errorSummary, summaryErrors(ctx, input.errors))}
${input.result === undefined ? '' : html`<p class="utrecht-paragraph wgw-no-print">${link('#tijdlijn', t.toTimeline)}</p>`}
${plannerForm(ctx, input)}
${input.result === undefined ? '' : timelineSection(ctx, input.result)}`
  return renderPage(ctx, {
    title: t.title,
    body,
    breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }],
    description: t.intro,
  })
}
