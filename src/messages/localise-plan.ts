// SPDX-License-Identifier: EUPL-1.2
// A B8 plan as the API and `wegwijzer trajectory --json` hand it out: the reason, the warnings,
// every step's notes and every date's label with its text in one language beside code and params;
// and the words of its calendar export in that language (ADR 0011, ADR 0023).
import type { ICalTexts } from '../domain/trajectory/ical.ts'
import { planInEnglish, type PlanStep, type TrajectoryPlan } from '../domain/trajectory/index.ts'
import { messages, rendered, render, type Locale, type Names } from './catalogue.ts'
import { catalogNames } from './names.ts'

/**
 * The plan in one language. In English, `catalog` puts the dataset texts (step, right, rule and
 * party names, step summaries) into English too (ADR 0038); it also words the limits the date
 * labels name by id (without it they show as ids).
 */
export function localisePlan(
  plan: TrajectoryPlan,
  locale: Locale,
  catalog?: Parameters<typeof planInEnglish>[1],
): TrajectoryPlan {
  const names = catalog === undefined ? undefined : catalogNames(catalog, locale)
  const text = (m: Parameters<typeof rendered>[1]) => rendered(locale, m, names)
  const texts = locale === 'en' && catalog !== undefined ? planInEnglish(plan, catalog) : plan
  return {
    ...texts,
    ...(plan.reason === undefined ? {} : { reason: text(plan.reason) }),
    steps: texts.steps.map((s) => ({
      ...s,
      notes: s.notes.map(text),
      deadlines: s.deadlines.map((d) => ({ ...d, label: text(d.label) })),
    })),
    warnings: plan.warnings.map(text),
  }
}

/** A step's name in the language, from the dataset's English name when there is one. */
export function stepName(step: Pick<PlanStep, 'name' | 'nameEn'>, locale: Locale): string {
  return locale === 'en' ? (step.nameEn ?? step.name) : step.name
}

/** The calendar's words in the language; `names` words the limits the labels name by id. */
export function icalTexts(locale: Locale, names?: Names): ICalTexts {
  const t = messages(locale).trajectoryCalendar
  return {
    calendarName: t.name,
    label: (m) => render(locale, m, names),
    stepName: (step) => stepName(step, locale),
    description: t.description,
    reminder: t.reminder,
  }
}
