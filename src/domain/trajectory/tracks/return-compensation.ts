// SPDX-License-Identifier: EUPL-1.2
// Track 5 — return and compensation: return (T14) is expected when the route ends without a permit
// and stays an option otherwise; compensation (P01) runs beside the criminal case, with the CJIB's
// advance payment once a conviction has been final for the legal period.
import { STEP, type PlanContext } from '../context.ts'

export function returnAndCompensationTrack(c: PlanContext): void {
  const { input, is } = c
  const t14 = c.draft(STEP.returnHome, 'possible')
  if (
    is.reflectionEndedWithout ||
    c.permitBlocked ||
    (input.cooperation === 'declined' && input.permitGranted === undefined)
  ) {
    t14.status = 'upcoming'
  }
  if (!is.cooperates) {
    return
  }
  const p01 = c.draft(
    STEP.compensation,
    input.caseOutcome === 'conviction' ? 'current' : 'possible',
    input.caseOutcomeDate,
  )
  if (input.caseOutcome === 'conviction' && input.caseOutcomeDate !== undefined) {
    c.deadline(p01, STEP.compensation, 'cjib-advance-after', input.caseOutcomeDate)
  }
}
