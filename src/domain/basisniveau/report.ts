// SPDX-License-Identifier: EUPL-1.2
// The report of a self-scan: the scores, and for every question answered niet or deels the
// concrete next steps tied to that question and who helps — national parties from the action
// perspectives, regional ones from the municipality's regions (its RIEC, police unit,
// zorgcoördinatie …). Advice follows the answer, never the element: what is in place is never advised.
import type { Barrier } from '../barrier.ts'
import type { BasisniveauElement } from '../basisniveau.ts'
import type { Party } from '../party.ts'
import type { Municipality, Region, RegionKind } from '../region.ts'
import { MUNICIPALITY_REGION_KINDS } from '../region.ts'
import { partyRefs, type PartyRef } from '../barrier-model/build-barrier-model.ts'
import { orderedElements, type AnswerValue, type ScanAnswers } from './answers.ts'
import { scoreScan, type ElementScore, type ScanScore } from './score.ts'

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
  readonly requirement: string
  readonly questions: readonly { id: string; text: string; answer: AnswerValue | null; evidence?: string }[]
  /** Advice for the questions of this element answered niet or deels, in question order. */
  readonly actionPerspectives: readonly Advice[]
}

export interface RegionalContact {
  readonly kind: RegionKind
  readonly region: { readonly id: string; readonly name: string }
  readonly parties: readonly PartyRef[]
}

export interface ScanReport {
  readonly municipality: { readonly code: string; readonly name: string } | null
  readonly score: ScanScore
  readonly nextSteps: readonly NextStep[]
  /** Every party named in the next steps, with the element codes it helps with. */
  readonly helpers: readonly (PartyRef & { readonly elements: readonly string[] })[]
  readonly regionalContacts: readonly RegionalContact[]
}

export function buildScanReport(data: ReportData, input: { municipality?: string; answers: ScanAnswers }): ScanReport {
  const score = scoreScan(data.basisniveau, input.answers)
  const barrierNames = new Map(data.barriers.map((b) => [b.id, b.name]))
  const byCode = new Map(score.elements.map((s) => [s.id, s]))
  const nextSteps: NextStep[] = []
  for (const element of orderedElements(data.basisniveau)) {
    const s = byCode.get(element.id)
    const advice = adviceFor(element, input.answers, barrierNames, data.parties)
    if (s === undefined || advice.length === 0) {
      continue
    }
    nextSteps.push({
      element: s,
      requirement: element.requirement,
      questions: element.questions.map((q) => {
        const a = input.answers[q.id]
        return {
          id: q.id,
          text: q.text,
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

/** The regions the municipality belongs to that help with the administrative approach, with their parties. */
const CONTACT_KINDS: readonly (keyof Municipality['regions'])[] = [
  'riec',
  'policeUnit',
  'zorgcoordinatie',
  'veiligThuis',
  'centrumgemeenteVo',
  'safetyRegion',
]

function regionalContacts(m: Municipality, data: ReportData): RegionalContact[] {
  const regions = new Map(data.regions.map((r) => [r.id, r]))
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
      parties: partyRefs(region.parties ?? [], data.parties),
    })
  }
  return out
}
