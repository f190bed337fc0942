// SPDX-License-Identifier: EUPL-1.2
// The scenario wizard in two GET steps (works without JavaScript; the answers live in the URL):
// step 1 asks what decides the follow-up questions, step 2 asks only what is relevant then.
// Errors from the route engine sit next to their field and in a summary that links to it.
import { countryName, matchCountry } from '../../../domain/country-names.ts'
import { ASKERS } from '../../../domain/asker.ts'
import {
  AGE_GROUPS,
  COOPERATION,
  EXPLOITATION_FORMS,
  GENDERS,
  NATIONALITY_GROUPS,
  RECRUITMENT_METHODS,
  RESIDENCE_STATUSES,
} from '../../../domain/facets.ts'
import type { ScenarioError } from '../../../domain/route/index.ts'
import { render } from '../../../messages/catalogue.ts'
import { radioGroup } from '../../components/choice-fields.ts'
import { buttonLink, errorSummary, selectField, submitButton, textField } from '../../components/form.ts'
import { dataList } from '../../components/table.ts'
import { heading, paragraph } from '../../components/text.ts'
import { html, type SafeHtml } from '../../html.ts'
import { renderPage } from '../../layouts/page.ts'
import { foldName, municipalityNames } from '../../../domain/municipality-names.ts'
import type { PageContext } from '../../page-context.ts'
import {
  residenceRelevant,
  scenarioSearch,
  STEP1_FIELDS,
  STEP2_FIELDS,
  STEP_FIELD,
  stepOfError,
  unaccompaniedRelevant,
  type ScenarioField,
  type ScenarioQueryValues,
} from './scenario-query.ts'

export interface WizardView {
  readonly step: 1 | 2
  readonly query: ScenarioQueryValues
  /** Errors of the shown step only (the other step shows its own when reached). */
  readonly errors: readonly ScenarioError[]
}

/** Id of a field's first control, the target of the error summary's link. */
export function fieldId(field: string): string {
  return `sc-${field}`
}

const FIELD_SET: ReadonlySet<string> = new Set([...STEP1_FIELDS, ...STEP2_FIELDS])

function fieldLabel(ctx: PageContext, field: string): string {
  const label = (ctx.t.route.situation as Readonly<Record<string, unknown>>)[field]
  return typeof label === 'string' ? label : field
}

/** The message shown for an error, in the page language and prefixed with the field. */
export function errorMessage(ctx: PageContext, e: ScenarioError): string {
  if (!FIELD_SET.has(e.path)) {
    return ctx.t.wizard.unknownField(e.path)
  }
  return ctx.t.wizard.fieldError(fieldLabel(ctx, e.path), render(ctx.locale, e))
}

function errorOf(ctx: PageContext, view: WizardView, field: ScenarioField): { error?: string } {
  const messages = view.errors.filter((e) => e.path === field).map((e) => errorMessage(ctx, e))
  return messages.length === 0 ? {} : { error: messages.join(' ') }
}

function option(ctx: PageContext, value: string): string {
  return (ctx.t.wizard.options as Readonly<Record<string, string>>)[value] ?? value
}

function radios(
  ctx: PageContext,
  view: WizardView,
  field: ScenarioField,
  values: readonly string[],
  description?: string,
  noneLabel: string = ctx.t.wizard.unknown,
): SafeHtml {
  return radioGroup({
    id: fieldId(field),
    name: field,
    legend: (ctx.t.wizard.fields as Readonly<Record<string, string>>)[field] ?? field,
    options: [...values.map((v) => ({ value: v, label: option(ctx, v) })), { value: '', label: noneLabel }],
    checked: view.query.values[field] ?? '',
    ...(description === undefined ? {} : { description }),
    ...errorOf(ctx, view, field),
  })
}

function exploitationField(ctx: PageContext, view: WizardView): SafeHtml {
  const t = ctx.t.wizard.fields
  const { error } = errorOf(ctx, view, 'exploitation')
  const id = fieldId('exploitation')
  const described = error === undefined ? `${id}-description` : `${id}-description ${id}-error`
  return html`<div class="utrecht-form-fieldset utrecht-form-fieldset--distanced${error === undefined ? '' : ' utrecht-form-fieldset--invalid'}">
<fieldset class="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset" aria-describedby="${described}">
<legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">${t.exploitation}</legend>
<div class="utrecht-form-field-description" id="${id}-description">${t.exploitationHelp}</div>
${error === undefined ? '' : html`<div class="utrecht-form-field-error-message" id="${id}-error">${error}</div>`}
<div class="wgw-radio-row">${EXPLOITATION_FORMS.map(
    (form, i) =>
      html`<label class="utrecht-form-label utrecht-form-label--checkbox wgw-radio"><input class="utrecht-checkbox utrecht-checkbox--html-input${
        error === undefined ? '' : ' utrecht-checkbox--invalid'
      }" type="checkbox" id="${i === 0 ? id : `${id}-${form}`}" name="exploitation" value="${form}"${
        view.query.exploitation.includes(form) ? html` checked` : ''
      }>${ctx.t.labels.forms[form]}</label>`,
  )}</div>
</fieldset>
</div>`
}

function text(ctx: PageContext, view: WizardView, field: 'age' | 'nationality' | 'asOf'): SafeHtml {
  const t = ctx.t.wizard.fields
  const labels = {
    age: [t.age, t.ageHelp],
    nationality: [t.nationality, t.nationalityHelp],
    asOf: [t.asOf, t.asOfHelp],
  } as const
  const [label, description] = labels[field]
  const value = view.query.values[field]
  return textField({
    id: fieldId(field),
    name: field,
    label,
    description,
    ...errorOf(ctx, view, field),
    ...(value === undefined ? {} : { value }),
  })
}

/** Hidden inputs that carry the other step's answers, so going back and forth loses nothing. */
function carried(view: WizardView, fields: readonly ScenarioField[]): SafeHtml {
  return html`${fields.map((f) => {
    if (f === 'exploitation') {
      return view.query.exploitation.map((v) => html`<input type="hidden" name="exploitation" value="${v}">`)
    }
    const v = view.query.values[f]
    return v === undefined ? '' : html`<input type="hidden" name="${f}" value="${v}">`
  })}`
}

/** Progressive disclosure without JavaScript; open when it holds a value or an error. */
function more(ctx: PageContext, view: WizardView, fields: readonly ('age' | 'nationality' | 'asOf')[]): SafeHtml {
  const open = fields.some((f) => view.query.values[f] !== undefined || view.errors.some((e) => e.path === f))
  return html`<details class="wgw-details"${open ? html` open` : ''}><summary>${ctx.t.wizard.moreHeading}</summary>${fields.map((f) => text(ctx, view, f))}</details>`
}

function step1(ctx: PageContext, view: WizardView): SafeHtml {
  const t = ctx.t.wizard
  return html`<form method="get" action="${ctx.url('/situatie')}" class="wgw-wizard" novalidate>
${heading(2, html`<span class="wgw-step">${t.step(1, 2)}</span> ${t.step1Heading}`)}
<input type="hidden" name="${STEP_FIELD}" value="2">
${exploitationField(ctx, view)}
${radios(ctx, view, 'asker', ASKERS, t.fields.askerHelp, t.fields.askerNone)}
${radios(ctx, view, 'ageGroup', AGE_GROUPS)}
${radios(ctx, view, 'nationalityGroup', NATIONALITY_GROUPS)}
${more(ctx, view, ['age', 'nationality'])}
${carried(view, STEP2_FIELDS)}
<div class="wgw-actions">${submitButton(t.next)}</div>
</form>`
}

function step1Answers(ctx: PageContext, view: WizardView): SafeHtml {
  const s = ctx.t.route.situation
  const q = view.query
  const items = [
    ...(q.values.asker === undefined ? [] : [{ key: s.asker, value: option(ctx, q.values.asker) }]),
    {
      key: s.exploitation,
      value: q.exploitation.map((f) => (ctx.t.labels.forms as Readonly<Record<string, string>>)[f] ?? f).join(', '),
    },
    {
      key: s.ageGroup,
      value:
        q.values.age === undefined
          ? option(ctx, q.values.ageGroup ?? '') || s.unknownValue
          : ctx.t.route.years(Number(q.values.age)),
    },
    {
      key: s.nationalityGroup,
      value:
        q.values.nationality === undefined
          ? option(ctx, q.values.nationalityGroup ?? '') || s.unknownValue
          : nationalityText(ctx, q.values.nationality),
    },
  ]
  return html`<section aria-labelledby="step1-answers" class="wgw-answers">${heading(3, ctx.t.wizard.answersHeading, { id: 'step1-answers' })}${dataList(items)}
<p class="utrecht-paragraph">${buttonLink(ctx.url(`/situatie${scenarioSearch(q)}`), html`${ctx.t.wizard.change}<span class="wgw-visually-hidden">: ${ctx.t.wizard.step1Heading}</span>`)}</p></section>`
}

/** A typed nationality as understood: "chinees" → "China (CN)"; text we do not know stays as typed. */
function nationalityText(ctx: PageContext, typed: string): string {
  const match = matchCountry(typed)
  return match.kind === 'code' ? `${countryName(match.code, ctx.locale)} (${match.code})` : typed
}

function step2(ctx: PageContext, view: WizardView): SafeHtml {
  const t = ctx.t.wizard
  const f = t.fields
  const q = view.query
  const shown = (field: 'residence' | 'unaccompanied', relevant: boolean): boolean =>
    relevant || q.values[field] !== undefined || view.errors.some((e) => e.path === field)
  const municipalities = municipalityOptions(ctx)
  return html`${heading(2, html`<span class="wgw-step">${t.step(2, 2)}</span> ${t.step2Heading}`)}
${step1Answers(ctx, view)}
<form method="get" action="${ctx.url('/route')}" class="wgw-wizard" novalidate>
${paragraph(t.step2Intro)}
${carried(view, STEP1_FIELDS)}
${shown('residence', residenceRelevant(q)) ? radios(ctx, view, 'residence', RESIDENCE_STATUSES, f.residenceHelp) : ''}
${shown('unaccompanied', unaccompaniedRelevant(q)) ? radios(ctx, view, 'unaccompanied', ['true', 'false'], f.unaccompaniedHelp) : ''}
${radios(ctx, view, 'gender', GENDERS)}
${radios(ctx, view, 'recruitment', RECRUITMENT_METHODS)}
${radios(ctx, view, 'cooperation', COOPERATION)}
${selectField({
  id: fieldId('municipality'),
  name: 'municipality',
  label: f.municipality,
  description: f.municipalityHelp,
  ...errorOf(ctx, view, 'municipality'),
  options: [{ value: '', label: t.chooseMunicipality }, ...municipalities],
  ...(q.values.municipality === undefined
    ? {}
    : {
        selected: /^gm\d{4}$/i.test(q.values.municipality)
          ? q.values.municipality.toUpperCase()
          : q.values.municipality,
      }),
})}
${more(ctx, view, ['asOf'])}
<div class="wgw-actions">${submitButton(t.show)}</div>
</form>`
}

/**
 * Every municipality by its CBS name, plus the other names people look for ("Den Haag", "Weesp",
 * "Hoofddorp") that point to one municipality only; such an option sends the name, which the scenario
 * parser resolves to the code. Sorted by label, so typing the first letters in the list finds them.
 */
function municipalityOptions(ctx: PageContext): { value: string; label: string }[] {
  const all = ctx.data.valid('municipalities')
  const names = municipalityNames(all)
  const options = all.map((m) => ({ value: m.id, label: m.name }))
  for (const m of all) {
    for (const alias of m.aliases ?? []) {
      const hits = names.exact(alias.name)
      if (hits.length === 1 && foldName(alias.name) !== foldName(m.name)) {
        options.push({ value: alias.name, label: ctx.t.wizard.municipalityAlias(alias.name, m.name) })
      }
    }
  }
  const unique = new Map(options.map((o) => [o.value, o]))
  return [...unique.values()].sort((a, b) => a.label.localeCompare(b.label, 'nl'))
}

export function wizardPage(ctx: PageContext, view: WizardView): SafeHtml {
  const t = ctx.t.wizard
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${paragraph(t.privacy)}
${errorSummary(
  t.errorSummary,
  view.errors.map((e) => ({
    fieldId: FIELD_SET.has(e.path) ? fieldId(e.path) : fieldId('exploitation'),
    message: errorMessage(ctx, e),
  })),
)}
${view.step === 1 ? step1(ctx, view) : step2(ctx, view)}`
  const title = view.errors.length === 0 ? t.title : t.errorTitle(t.title)
  return renderPage(ctx, { title, body, nav: 'route', description: t.intro })
}

/** Keeps only the errors the given step shows. */
export function errorsOfStep(errors: readonly ScenarioError[], step: 1 | 2): ScenarioError[] {
  return errors.filter((e) => stepOfError(e) === step)
}
