// SPDX-License-Identifier: EUPL-1.2
// From a route to the other instruments for the same case (#12): the B8 planner pre-filled with the
// scenario (only the dates left to enter), the barrier model for the form, the doorstroom and the
// municipality's basisniveau. The scenario travels in the URL; nothing is stored. Paths are the
// Dutch site's; a page in another language prefixes its own locale.
import { Type, type Static } from '@sinclair/typebox'
import type { Scenario } from '../scenario.ts'

export const PLANNER_PAGE = '/b8-planner'
export const BARRIER_MODEL_PAGE = '/barrieremodel'
export const DOORSTROOM_PAGE = '/doorstroom'
export const BASISNIVEAU_OVERVIEW_PAGE = '/basisniveau/overzicht'

export const RouteLinks = Type.Object(
  {
    trajectory: Type.String({
      description: 'The B8 planner for this person, pre-filled with the scenario (only the dates left to enter).',
    }),
    barrierModels: Type.Array(
      Type.Object({ topic: Type.String(), href: Type.String() }, { additionalProperties: false }),
      { description: 'The barrier model per form of exploitation (the loverboy path for the loverboy method).' },
    ),
    doorstroom: Type.String({ description: 'The doorstroom from shelter to housing.' }),
    basisniveau: Type.Optional(
      Type.String({
        description: "With a municipality: the basisniveau overview where the municipality's scan stands.",
      }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Links to the other instruments for the same case; the scenario is carried in the URL.',
  },
)
export type RouteLinks = Static<typeof RouteLinks>

/** The facets as query fields the planner and the wizard read (the same names everywhere). */
export function scenarioQueryString(s: Scenario): string {
  const p = new URLSearchParams()
  for (const form of s.exploitation) {
    p.append('exploitation', form)
  }
  // Given values only: derived groups follow from them again, so the link stays one description.
  const derived = new Set(s.derived)
  const fields = [
    'age',
    'ageGroup',
    'nationality',
    'nationalityGroup',
    'residence',
    'gender',
    'recruitment',
    'unaccompanied',
    'cooperation',
    'municipality',
  ] as const
  for (const f of fields) {
    const v = s[f]
    if (v !== undefined && !derived.has(f)) {
      p.set(f, String(v))
    }
  }
  return p.toString()
}

export function routeLinks(s: Scenario): RouteLinks {
  const query = scenarioQueryString(s)
  const topics: string[] = s.recruitment === 'loverboy' ? ['loverboy'] : []
  for (const form of s.exploitation) {
    if (!(s.recruitment === 'loverboy' && form === 'sexual')) {
      topics.push(form)
    }
  }
  return {
    trajectory: `${PLANNER_PAGE}?${query}`,
    barrierModels: topics.map((topic) => ({ topic, href: `${BARRIER_MODEL_PAGE}/${topic}` })),
    doorstroom: DOORSTROOM_PAGE,
    ...(s.municipality === undefined ? {} : { basisniveau: BASISNIVEAU_OVERVIEW_PAGE }),
  }
}
