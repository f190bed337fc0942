// SPDX-License-Identifier: EUPL-1.2
// The report of a self-scan, for the alderman: the verdict on the basisniveau proper, the three
// priorities (largest gaps in the minimum first), the change since the previous published scan, the
// regional comparison with its n; then the scores, and for every question answered niet or deels
// the concrete next steps tied to that question and who helps — national parties from the action
// perspectives, regional ones (with their checked phone numbers) from the municipality's regions.
// Advice follows the answer, never the element: what is in place is never advised.
import type { Barrier } from '../barrier.ts'
import type { BasisniveauElement } from '../basisniveau.ts'
import type { Status } from '../common.ts'
import type { Party, Phone } from '../party.ts'
import type { Municipality, Region, RegionKind } from '../region.ts'
import { MUNICIPALITY_REGION_KINDS } from '../region.ts'
import { partyRefs, type PartyRef } from '../barrier-model/build-barrier-model.ts'
import { orderedElements, type AnswerValue, type ScanAnswers } from './answers.ts'
import { latestPerMunicipality, type Average, type PublishedScan } from './overview.ts'
import { ANSWER_WEIGHTS, isScored, scoreScan, type ElementScore, type ScanScore, type Verdict } from './score.ts'

export interface ReportData {
  readonly basisniveau: readonly BasisniveauElement[]
  readonly barriers: readonly Barrier[]
  readonly parties: readonly Party[]
  readonly regions: readonly Region[]
  readonly municipalities: readonly Municipality[]
}

/** The answers that call for advice: something asked for is missing or only partly there. */
export const ADVISED_ANSWERS: ReadonlySet<AnswerValue> = new Set<AnswerValue>(['niet', 'deels'])

/** One piece of advice: an action perspective for a question answered niet or deels. */
export interface Advice {
  /** The question the advice answers (bn03-1 …). */
  readonly question: string
  readonly answer: AnswerValue
  /** Index of the action perspective in its element, for its English text. */
  readonly index: number
  readonly text: string
  readonly barriers: readonly { id: string; name: string }[]
  readonly parties: readonly PartyRef[]
}

export interface NextStep {
  readonly element: ElementScore
  /** derived: our own derivation, not a literal part of a source (marked wherever it appears). */
  readonly status: Status
  readonly requirement: string
  readonly questions: readonly {
    id: string
    text: string
    minimum: boolean
    answer: AnswerValue | null
    evidence?: string
  }[]
  /** Advice for the questions of this element answered niet or deels, in question order. */
  readonly actionPerspectives: readonly Advice[]
}

/** One of the report's priorities: a question answered niet or deels, with its advice. */
export interface Priority {
  readonly question: string
  readonly text: string
  readonly element: { readonly id: string; readonly code: string; readonly name: string; readonly status: Status }
  /** Part of the basisniveau proper (the verdict), or beyond it. */
  readonly minimum: boolean
  readonly answer: AnswerValue
  /** What is missing: 1 for niet, ½ for deels. */
  readonly gap: number
  readonly actions: readonly Advice[]
}

/** A question left out of the score, shown so the reader sees what was not counted and why. */
export interface NotCounted {
  readonly question: string
  readonly text: string
  readonly elementCode: string
  readonly answer: 'nvt' | 'weet-niet'
  /** For n.v.t.: the reason given. */
  readonly reason?: string
}

export interface ContactParty extends PartyRef {
  readonly phones: readonly Pick<Phone, 'number' | 'purpose' | 'hours'>[]
  readonly website?: string
}

export interface RegionalContact {
  readonly kind: RegionKind
  readonly region: { readonly id: string; readonly name: string }
  readonly parties: readonly ContactParty[]
}

/** What changed since the municipality's previous published scan. */
export interface ChangeSincePrevious {
  readonly publishedAt: string
  readonly before: { readonly verdict: Verdict; readonly minimumPercent: number | null; readonly percent: number }
  readonly now: { readonly verdict: Verdict; readonly minimumPercent: number | null; readonly percent: number }
  /** Percentage points on the minimum; null when either has no minimum score. */
  readonly minimumDelta: number | null
  readonly improved: readonly string[]
  readonly worsened: readonly string[]
}

/** This municipality against the other published scans of one of its regions. */
export interface RegionalComparison {
  readonly kind: 'riec' | 'zorgcoordinatie'
  readonly region: { readonly id: string; readonly name: string }
  readonly municipalities: number
  /** Mean minimum percentage of the other municipalities' latest published scans, with n. */
  readonly minimumAverage: Average
  readonly verdicts: Readonly<Record<Verdict, number>>
}

export interface ScanReport {
  readonly municipality: { readonly code: string; readonly name: string } | null
  readonly score: ScanScore
  /** The three largest gaps, minimum first. */
  readonly priorities: readonly Priority[]
  readonly change: ChangeSincePrevious | null
  readonly regionalComparison: readonly RegionalComparison[]
  readonly notCounted: readonly NotCounted[]
  readonly nextSteps: readonly NextStep[]
  /** Every party named in the next steps, with the element codes it helps with. */
  readonly helpers: readonly (PartyRef & { readonly elements: readonly string[] })[]
  readonly regionalContacts: readonly RegionalContact[]
}

export interface ReportInput {
  readonly municipality?: string
  readonly answers: ScanAnswers
  /** The municipality's previous published scan (before this one), for the change. */
  readonly previous?: { readonly publishedAt: string; readonly answers: ScanAnswers }
  /** The latest published scores of all municipalities, for the regional comparison. */
  readonly published?: readonly PublishedScan[]
}

export const PRIORITY_COUNT = 3

export function buildScanReport(data: ReportData, input: ReportInput): ScanReport {
  const score = scoreScan(data.basisniveau, input.answers)
  const barrierNames = new Map(data.barriers.map((b) => [b.id, b.name]))
  const byId = new Map(score.elements.map((s) => [s.id, s]))
  const nextSteps: NextStep[] = []
  const notCounted: NotCounted[] = []
  for (const element of orderedElements(data.basisniveau)) {
    for (const q of element.questions) {
      const a = input.answers[q.id]
      if (a?.answer === 'nvt' || a?.answer === 'weet-niet') {
        notCounted.push({
          question: q.id,
          text: q.text,
          elementCode: element.code,
          answer: a.answer,
          ...(a.answer === 'nvt' && a.evidence !== undefined ? { reason: a.evidence } : {}),
        })
      }
    }
    const s = byId.get(element.id)
    const advice = adviceFor(element, input.answers, barrierNames, data.parties)
    if (s === undefined || advice.length === 0) {
      continue
    }
    nextSteps.push({
      element: s,
      status: element.status,
      requirement: element.requirement,
      questions: element.questions.map((q) => {
        const a = input.answers[q.id]
        return {
          id: q.id,
          text: q.text,
          minimum: q.minimum === true,
          answer: a?.answer ?? null,
          ...(a?.evidence === undefined ? {} : { evidence: a.evidence }),
        }
      }),
      actionPerspectives: advice,
    })
  }

  const helpers = new Map<string, PartyRef & { elements: string[] }>()
  for (const step of nextSteps) {
    for (const ap of step.actionPerspectives) {
      for (const p of ap.parties) {
        const h = helpers.get(p.id) ?? { ...p, elements: [] }
        if (!h.elements.includes(step.element.code)) {
          h.elements.push(step.element.code)
        }
        helpers.set(p.id, h)
      }
    }
  }

  const municipality =
    input.municipality === undefined ? undefined : data.municipalities.find((m) => m.id === input.municipality)
  return {
    municipality: municipality === undefined ? null : { code: municipality.id, name: municipality.name },
    score,
    priorities: priorities(data.basisniveau, score, nextSteps),
    change: input.previous === undefined ? null : changeSince(data.basisniveau, score, input.previous),
    regionalComparison:
      municipality === undefined || input.published === undefined
        ? []
        : regionalComparison(municipality, data, input.published),
    notCounted,
    nextSteps,
    helpers: [...helpers.values()].sort(
      (a, b) => b.elements.length - a.elements.length || a.name.localeCompare(b.name, 'nl'),
    ),
    regionalContacts: municipality === undefined ? [] : regionalContacts(municipality, data),
  }
}

/** The action perspectives of the questions answered niet or deels, in question order. */
export function adviceFor(
  element: BasisniveauElement,
  answers: ScanAnswers,
  barrierNames: ReadonlyMap<string, string>,
  parties: readonly Party[],
): Advice[] {
  const out: Advice[] = []
  for (const q of element.questions) {
    const answer = answers[q.id]?.answer ?? null
    if (answer === null || !ADVISED_ANSWERS.has(answer)) {
      continue
    }
    element.actionPerspectives.forEach((ap, index) => {
      if (ap.question === q.id) {
        out.push({
          question: q.id,
          answer,
          index,
          text: ap.text,
          barriers: (ap.barriers ?? []).map((id) => ({ id, name: barrierNames.get(id) ?? id })),
          parties: partyRefs(ap.parties, parties),
        })
      }
    })
  }
  return out
}

/**
 * The largest gaps first: questions of the minimum before those beyond it; then niet before deels;
 * then the element that is furthest from its minimum (lowest score); then scan order.
 */
export function priorities(
  elements: readonly BasisniveauElement[],
  score: ScanScore,
  steps: readonly NextStep[],
): Priority[] {
  const byId = new Map(score.elements.map((e) => [e.id, e]))
  const order = new Map(
    orderedElements(elements)
      .flatMap((e) => e.questions.map((q) => q.id))
      .map((id, i) => [id, i]),
  )
  const candidates = steps.flatMap((step) =>
    step.questions.flatMap((q) => {
      if (q.answer === null || !isScored(q.answer) || !ADVISED_ANSWERS.has(q.answer)) {
        return []
      }
      const element = byId.get(step.element.id)
      const partScore = (q.minimum ? element?.minimum?.score : element?.beyond?.score) ?? 0
      const item: Priority = {
        question: q.id,
        text: q.text,
        element: { id: step.element.id, code: step.element.code, name: step.element.name, status: step.status },
        minimum: q.minimum,
        answer: q.answer,
        gap: 1 - ANSWER_WEIGHTS[q.answer],
        actions: step.actionPerspectives.filter((a) => a.question === q.id),
      }
      return [{ item, partScore }]
    }),
  )
  candidates.sort(
    (a, b) =>
      Number(b.item.minimum) - Number(a.item.minimum) ||
      b.item.gap - a.item.gap ||
      a.partScore - b.partScore ||
      (order.get(a.item.question) ?? 0) - (order.get(b.item.question) ?? 0),
  )
  return candidates.slice(0, PRIORITY_COUNT).map((c) => c.item)
}

function changeSince(
  elements: readonly BasisniveauElement[],
  now: ScanScore,
  previous: { publishedAt: string; answers: ScanAnswers },
): ChangeSincePrevious {
  // The previous scan is scored against today's questions, so both sides use the same yardstick.
  const before = scoreScan(elements, previous.answers)
  const beforeById = new Map(before.elements.map((e) => [e.id, e]))
  const improved: string[] = []
  const worsened: string[] = []
  for (const e of now.elements) {
    const was = beforeById.get(e.id)?.score
    if (was === null || was === undefined || e.score === null) {
      continue
    }
    if (e.score > was) {
      improved.push(e.code)
    } else if (e.score < was) {
      worsened.push(e.code)
    }
  }
  const b = before.minimum.percent
  const n = now.minimum.percent
  return {
    publishedAt: previous.publishedAt,
    before: { verdict: before.minimum.verdict, minimumPercent: b, percent: before.overall.percent },
    now: { verdict: now.minimum.verdict, minimumPercent: n, percent: now.overall.percent },
    minimumDelta: b === null || n === null ? null : n - b,
    improved,
    worsened,
  }
}

const COMPARISON_KINDS = [
  ['riec', 'riec'],
  ['zorgcoordinatie', 'zorgcoordinatie'],
] as const

function regionalComparison(
  m: Municipality,
  data: ReportData,
  published: readonly PublishedScan[],
): RegionalComparison[] {
  const latest = latestPerMunicipality(published).filter((s) => s.municipality !== m.id)
  const municipalities = new Map(data.municipalities.map((x) => [x.id, x]))
  const out: RegionalComparison[] = []
  for (const [kind, key] of COMPARISON_KINDS) {
    const regionId = m.regions[key]
    const region = data.regions.find((r) => r.id === regionId)
    if (region === undefined) {
      continue
    }
    const others = latest.filter((s) => municipalities.get(s.municipality)?.regions[key] === region.id)
    const scores = others.flatMap((s) => (typeof s.score.minimum?.score === 'number' ? [s.score.minimum.score] : []))
    const verdicts: Record<Verdict, number> = { voldoet: 0, 'voldoet-deels': 0, 'voldoet-niet': 0 }
    for (const s of others) {
      if (s.score.minimum !== undefined) {
        verdicts[s.score.minimum.verdict] += 1
      }
    }
    out.push({
      kind,
      region: { id: region.id, name: region.name },
      municipalities: data.municipalities.filter((x) => x.regions[key] === region.id).length,
      minimumAverage: {
        percent: scores.length === 0 ? null : Math.round((scores.reduce((a, v) => a + v, 0) / scores.length) * 100),
        n: scores.length,
      },
      verdicts,
    })
  }
  return out
}

/** The regions the municipality belongs to that help with the administrative approach, with their parties. */
const CONTACT_KINDS: readonly (keyof Municipality['regions'])[] = [
  'riec',
  'policeUnit',
  'zorgcoordinatie',
  'veiligThuis',
  'centrumgemeenteVo',
  'safetyRegion',
]

function contactParty(ref: PartyRef, party: Party | undefined): ContactParty {
  const website = party?.contact?.website
  return {
    ...ref,
    phones: (party?.contact?.phones ?? []).map((p) => ({
      number: p.number,
      purpose: p.purpose,
      ...(p.hours === undefined ? {} : { hours: p.hours }),
    })),
    ...(website === undefined ? {} : { website }),
  }
}

function regionalContacts(m: Municipality, data: ReportData): RegionalContact[] {
  const regions = new Map(data.regions.map((r) => [r.id, r]))
  const parties = new Map(data.parties.map((p) => [p.id, p]))
  const out: RegionalContact[] = []
  for (const key of CONTACT_KINDS) {
    const id = m.regions[key]
    const region = id === undefined ? undefined : regions.get(id)
    if (region === undefined) {
      continue
    }
    out.push({
      kind: MUNICIPALITY_REGION_KINDS[key],
      region: { id: region.id, name: region.name },
      parties: partyRefs(region.parties ?? [], data.parties).map((ref) => contactParty(ref, parties.get(ref.id))),
    })
  }
  return out
}
