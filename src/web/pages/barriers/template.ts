// SPDX-License-Identifier: EUPL-1.2
// Barrier model pages: the index (forms, the loverboy path, every barrier), the diagram per form
// with its municipal filter (a GET form, no JavaScript needed) and list alternative, and the page
// of one barrier with its instrument, legal basis, organisations, signals and sources.
import { html, trustedHtml, type SafeHtml } from '../../html.ts'
import { renderPage, type Crumb } from '../../layouts/page.ts'
import { errorSummary, submitButton } from '../../components/form.ts'
import { link, linkList, unorderedList } from '../../components/link.ts'
import { recordMeta, statusBadge } from '../../components/record-meta.ts'
import { dataList, table } from '../../components/table.ts'
import { heading, localField, localized, localizedParagraph, paragraph } from '../../components/text.ts'
import { localListItem, localText } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import { EXPLOITATION_FORMS } from '../../../domain/facets.ts'
import { isMunicipalBarrier, type Barrier, type BarrierStage } from '../../../domain/barrier.ts'
import { barrierDiagramSvg, type DiagramLabels } from './diagram.ts'
import { MUNICIPAL_FIELD, type BarrierModelView, type BarrierTopic, type LocalBarrier } from './view-model.ts'
import type { StageView } from '../../../domain/barrier-model/build-barrier-model.ts'

function crumbs(ctx: PageContext): Crumb[] {
  return [
    { href: ctx.url('/'), label: ctx.t.nav.home },
    { href: ctx.url('/barrieremodel'), label: ctx.t.barriers.title },
  ]
}

function topicName(ctx: PageContext, topic: BarrierTopic): string {
  return topic === 'loverboy' ? ctx.t.labels.recruitment.loverboy : ctx.t.labels.forms[topic]
}

export function topicTitle(ctx: PageContext, topic: BarrierTopic): string {
  return topic === 'loverboy' ? ctx.t.barriers.loverboyTitle : ctx.t.barriers.formTitle(ctx.t.labels.forms[topic])
}

function partyLink(ctx: PageContext, id: string, fallback: string): SafeHtml {
  const party = ctx.data.byId('parties', id)
  return party === undefined ? html`${fallback}` : link(ctx.url(`/organisaties/${id}`), localField(ctx, party, 'name'))
}

function partyName(ctx: PageContext, id: string, fallback: string): string {
  const party = ctx.data.byId('parties', id)
  // The diagram is dense: short names (AVIM, IND) where the data has them; the list has full names.
  return party === undefined
    ? fallback
    : ((ctx.locale === 'en' ? (party.en?.shortName ?? party.en?.name) : undefined) ?? ctx.data.partyLabel(party))
}

export function barrierIndexPage(
  ctx: PageContext,
  barriers: readonly { barrier: Barrier; stage: BarrierStage | undefined }[],
): SafeHtml {
  const t = ctx.t.barriers
  const body = html`${heading(1, t.title)}
${paragraph(t.intro, { lead: true })}
${heading(2, t.formsHeading)}
${linkList([
  ...EXPLOITATION_FORMS.map((f) => ({ href: ctx.url(`/barrieremodel/${f}`), title: ctx.t.labels.forms[f] })),
  { href: ctx.url('/barrieremodel/loverboy'), title: t.loverboyLink, text: t.loverboyText },
])}
${heading(2, t.allHeading)}
${table({
  caption: t.allHeading,
  head: [t.barrier, t.stage, t.types, t.municipal],
  rows: barriers.map(({ barrier, stage }) => [
    link(ctx.url(`/barrieremodel/barrieres/${barrier.id}`), localField(ctx, barrier, 'name')),
    stage === undefined ? barrier.stage : localField(ctx, stage, 'name'),
    barrier.instrumentTypes.map((x) => t.typeLabels[x]).join(', '),
    isMunicipalBarrier(barrier) ? t.yes : t.no,
  ]),
})}`
  return renderPage(ctx, {
    title: t.title,
    body,
    nav: 'barriers',
    breadcrumbs: [{ href: ctx.url('/'), label: ctx.t.nav.home }],
  })
}

function barrierItem(ctx: PageContext, b: LocalBarrier): SafeHtml {
  const t = ctx.t.barriers
  return html`${link(ctx.url(`/barrieremodel/barrieres/${b.view.id}`), localized(b.name, ctx.locale))}${
    b.view.municipal ? html` <strong class="wgw-municipal-mark">(${t.municipalMark})</strong>` : ''
  }
<br>${t.parties}: ${b.view.parties.map((p, i) => html`${i === 0 ? '' : ', '}${partyLink(ctx, p.id, p.name)}`)}`
}

/** The lists of a stage (opportunities, signals, facilitators), folded so the list stays scannable. */
function stageDetails(ctx: PageContext, stage: StageView): SafeHtml {
  const t = ctx.t.barriers
  // The view holds the Dutch lists; their English sits on the stage record (item by item).
  const record = ctx.data.byId('barrierStages', stage.id) ?? {}
  const item = (list: 'opportunities' | 'signals', items: readonly string[]) =>
    items.map((_, i) => localized(localListItem(record, list, items, i, ctx.locale), ctx.locale))
  const folded = (summary: string, items: readonly SafeHtml[]) =>
    items.length === 0
      ? ''
      : html`<details class="wgw-details"><summary>${summary}</summary>${unorderedList(items)}</details>`
  return html`${folded(
    t.stageOpportunities,
    item('opportunities', stage.opportunities),
  )}${folded(t.stageSignals, item('signals', stage.signals))}${folded(
    t.stageFacilitators,
    stage.facilitators.map(
      (f) =>
        html`<strong>${f.party === undefined ? localField(ctx, f, 'name') : partyLink(ctx, f.party, f.name)}</strong>: ${localField(ctx, f, 'how')}`,
    ),
  )}`
}

/** A form page shows the general path; the forms the loverboy path leads to link to its own model. */
function loverboyNote(ctx: PageContext, topic: BarrierTopic): SafeHtml | '' {
  const leadsToLoverboy =
    topic !== 'loverboy' &&
    ctx.data.valid('barrierStages').some((s) => s.recruitment?.includes('loverboy') === true && s.forms.includes(topic))
  return leadsToLoverboy
    ? paragraph(
        html`${ctx.t.barriers.loverboyPathNote} ${link(ctx.url('/barrieremodel/loverboy'), ctx.t.barriers.loverboyLink)}`,
      )
    : ''
}

export interface BarrierTopicPageInput {
  readonly topic: BarrierTopic
  readonly view: BarrierModelView
  /** The raw filter value when it was invalid: shown as a field error with a 400. */
  readonly filterError?: string
  /** Whether the PNG download exists (resvg installed). */
  readonly pngAvailable?: boolean
}

/** Steps per row of the page's three layouts: wide screens, tablets, phones. */
export const DIAGRAM_VARIANTS = [
  { name: 'wide', columns: 4 },
  { name: 'medium', columns: 2 },
  { name: 'narrow', columns: 1 },
] as const

/** Steps per row of the SVG and PNG downloads (landscape, like the wide screen). */
export const DOWNLOAD_COLUMNS = 4

/** Title, description and names of the diagram, in the page language. */
export function diagramLabels(ctx: PageContext, topic: BarrierTopic, view: BarrierModelView): DiagramLabels {
  const t = ctx.t.barriers
  return {
    title: t.diagramTitle(topicName(ctx, topic)),
    description: t.diagramDesc(view.steps.length, view.barrierCount),
    step: t.step,
    municipalMark: t.municipalMark,
    partyNames: (id) =>
      view.steps
        .flatMap((s) => s.stages)
        .flatMap((s) => s.barriers)
        .find((b) => b.view.id === id)
        ?.view.parties.map((p) => partyName(ctx, p.id, p.name)) ?? [],
  }
}

export function barrierTopicPage(ctx: PageContext, input: BarrierTopicPageInput): SafeHtml {
  const t = ctx.t.barriers
  const { view } = input
  const title = topicTitle(ctx, input.topic)
  const labels = diagramLabels(ctx, input.topic, view)
  // Three layouts of the same picture; CSS shows the one that fits the screen (no sideways scroll).
  const svgs = DIAGRAM_VARIANTS.map(
    (v) =>
      html`<div class="wgw-barrier-diagram-variant wgw-barrier-diagram-variant--${v.name}">${trustedHtml(
        barrierDiagramSvg(view.steps, labels, ctx.locale, {
          columns: v.columns,
          idPrefix: `barrier-diagram-${v.name}`,
        }),
      )}</div>`,
  )
  const downloadQuery = `${view.municipalOnly ? `?${MUNICIPAL_FIELD}=1` : ''}${ctx.locale === 'en' ? `${view.municipalOnly ? '&' : '?'}lang=en` : ''}`
  const downloadBase = `/barrieremodel/${input.topic}/schema`
  const fieldId = 'bm-gemeente'
  const invalid = input.filterError !== undefined
  const errorMessage = input.filterError === undefined ? undefined : t.invalidFilter(input.filterError)
  const action = ctx.url(`/barrieremodel/${input.topic}`)
  const body = html`${heading(1, title)}
${paragraph(t.formIntro, { lead: true })}
${loverboyNote(ctx, input.topic)}
${errorSummary(t.errorSummary, errorMessage === undefined ? [] : [{ fieldId, message: errorMessage }])}
<form method="get" action="${action}" class="wgw-no-print">
${heading(2, t.filterHeading)}
<div class="utrecht-form-field utrecht-form-field--checkbox${invalid ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__input"><input class="utrecht-checkbox utrecht-checkbox--html-input${invalid ? ' utrecht-checkbox--invalid' : ''}" type="checkbox" id="${fieldId}" name="${MUNICIPAL_FIELD}" value="1"${
    view.municipalOnly ? html` checked` : ''
  }${invalid ? html` aria-invalid="true"` : ''} aria-describedby="${fieldId}-description${invalid ? ` ${fieldId}-error` : ''}"></div>
<div class="utrecht-form-field__label utrecht-form-field__label--checkbox"><label class="utrecht-form-label utrecht-form-label--checkbox" for="${fieldId}">${t.filterLabel}</label></div>
<div class="utrecht-form-field__description utrecht-form-field-description" id="${fieldId}-description">${t.filterHelp}</div>
${errorMessage === undefined ? '' : html`<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${fieldId}-error">${errorMessage}</div>`}
</div>
<div class="wgw-actions">${submitButton(t.filterApply)}${view.municipalOnly || invalid ? link(action, t.filterReset) : ''}</div>
</form>
${view.municipalOnly ? html`<p class="utrecht-paragraph" role="status">${t.filterActive(view.barrierCount)}</p>` : ''}
${heading(2, t.diagramHeading)}
<section class="wgw-barrier-model" aria-label="${t.diagramHeading}">${svgs}</section>
<p class="utrecht-paragraph wgw-no-print">${t.download}: ${link(`${downloadBase}.svg${downloadQuery}`, t.downloadSvg, { download: true })}${
    input.pngAvailable === true
      ? html` · ${link(`${downloadBase}.png${downloadQuery}`, t.downloadPng, { download: true })}`
      : ''
  }</p>
${heading(2, t.listHeading, { id: 'lijst' })}
<ol class="utrecht-ordered-list wgw-barrier-list">${view.steps.map(
    (step) => html`<li class="utrecht-ordered-list__item">
${step.stages.map(
  (
    stage,
  ) => html`${heading(3, html`${t.step(step.step)}: ${localized(stage.name, ctx.locale)}${stage.view.status === 'sourced' ? '' : html` ${statusBadge(ctx, stage.view.status)}`}`)}
${localizedParagraph(stage.description, ctx.locale)}
${
  stage.barriers.length === 0
    ? paragraph(view.municipalOnly ? t.noBarriersMunicipal : t.noBarriers)
    : html`<ul class="utrecht-unordered-list wgw-spaced-links">${stage.barriers.map((b) => html`<li class="utrecht-unordered-list__item">${barrierItem(ctx, b)}</li>`)}</ul>`
}
${stageDetails(ctx, stage.view)}`,
)}
</li>`,
  )}</ol>`
  return renderPage(ctx, { title, body, nav: 'barriers', breadcrumbs: crumbs(ctx) })
}

function examplesSection(ctx: PageContext, barrier: Barrier): SafeHtml | '' {
  const examples = barrier.examples ?? []
  if (examples.length === 0) {
    return ''
  }
  const t = ctx.t.barriers
  return html`${heading(2, t.examples)}
${examples.map((e) => {
  const source = ctx.data.byId('sources', e.source)
  const where = [e.place, e.year === undefined ? undefined : String(e.year)].filter((x) => x !== undefined).join(', ')
  return html`${heading(3, localField(ctx, e, 'title'))}
${paragraph(html`${localField(ctx, e, 'text')}${where === '' ? '' : html` (${where})`}`)}
${paragraph(html`${t.exampleSource}: ${source === undefined ? e.source : link(source.url, source.title)}`)}`
})}`
}

export function barrierPage(ctx: PageContext, barrier: Barrier, stage: BarrierStage | undefined): SafeHtml {
  const t = ctx.t.barriers
  const name = localText(barrier, 'name', ctx.locale)
  const formLinks = barrier.forms.map((f) => link(ctx.url(`/barrieremodel/${f}`), ctx.t.labels.forms[f]))
  const body = html`${heading(1, localized(name, ctx.locale))}
${localizedParagraph(localText(barrier, 'instrument', ctx.locale), ctx.locale, { lead: true })}
${dataList([
  {
    key: t.stage,
    value: stage === undefined ? barrier.stage : localField(ctx, stage, 'name'),
  },
  { key: t.types, value: barrier.instrumentTypes.map((x) => t.typeLabels[x]).join(', ') },
  {
    key: t.legalBasis,
    value: barrier.legalBasis.length === 0 ? t.none : html`<span lang="nl">${barrier.legalBasis.join(', ')}</span>`,
  },
  { key: t.forms, value: formLinks.map((l, i) => html`${i === 0 ? '' : ', '}${l}`) },
  {
    key: t.recruitment,
    value:
      barrier.recruitment === undefined
        ? t.allPaths
        : barrier.recruitment.map((r) => ctx.t.labels.recruitment[r]).join(', '),
  },
  { key: t.municipal, value: isMunicipalBarrier(barrier) ? t.yes : t.no },
  { key: ctx.t.record.status, value: statusBadge(ctx, barrier.status) },
])}
${heading(2, t.parties)}
${unorderedList(barrier.parties.map((id) => partyLink(ctx, id, id)))}
${heading(2, t.signals)}
${
  barrier.signals.length === 0
    ? paragraph(t.none)
    : unorderedList(
        barrier.signals.map((_, i) =>
          localized(localListItem(barrier, 'signals', barrier.signals, i, ctx.locale), ctx.locale),
        ),
      )
}
${examplesSection(ctx, barrier)}
${recordMeta(ctx, barrier)}`
  return renderPage(ctx, { title: name.text, body, nav: 'barriers', breadcrumbs: crumbs(ctx) })
}
