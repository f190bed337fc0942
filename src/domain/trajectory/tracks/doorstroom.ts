// SPDX-License-Identifier: EUPL-1.2
// Track 4 — doorstroom (T15a–d): once a permit is held, registration in the BRP, matching to a
// municipality's housing task, a home, and support towards work and income. Only on the way to a
// permit: not when no permit will come or the person declined to cooperate.
import { STEP, type PlanContext } from '../context.ts'

export function doorstroomTrack(c: PlanContext): void {
  const { input, is } = c
  const onPermitPath = !c.permitBlocked && (is.cooperates || is.unable || input.cooperation === undefined)
  if (!onPermitPath) {
    return
  }
  const held = input.permitGranted !== undefined
  c.draft(STEP.brp, held ? 'current' : 'upcoming', input.permitGranted)
  c.draft(STEP.matching, 'upcoming', input.permitGranted)
  c.draft(STEP.housing, 'upcoming', input.permitGranted)
  c.draft(STEP.support, 'upcoming', input.permitGranted)
}
