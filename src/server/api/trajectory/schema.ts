// SPDX-License-Identifier: EUPL-1.2
// Schemas of the trajectory endpoints: the planner input (JSON body or query string) in, the plan
// or an iCalendar file out. All come from the domain schemas.
import { Type } from '@sinclair/typebox'
import { TrajectoryInput, TrajectoryPlan, TrajectoryQuery } from '../../../domain/trajectory/index.ts'
import { LangField, LangQuery } from '../language.ts'

/** The planner's query fields plus the language of the calendar's texts. */
const IcsQuery = Type.Composite([TrajectoryQuery, Type.Object({ lang: LangField })], {
  title: 'Trajectory input (query string) and language',
  additionalProperties: false,
})

const description =
  'Tijdlijn van de verblijfsregeling mensenhandel (B8) en de doorstroom naar huisvesting, met verantwoordelijke partijen, rechten en termijnen. ' +
  'Stateless: nothing is stored; the input lives in the request. Timeline of the B8 residence scheme and the outflow to housing, with parties, rights and deadlines. ' +
  'The input is the same Scenario the route takes (person, situation, events so far); no field is required. ' +
  'Notes, warnings, the reason and the labels of dates come as code and params with the text (message) in the language of `lang` or Accept-Language (nl by default).'

export const postTrajectorySchema = {
  summary: 'Trajectplan (JSON)',
  description,
  tags: ['trajectory'],
  body: TrajectoryInput,
  querystring: LangQuery,
  response: { 200: TrajectoryPlan },
  examples: [
    {
      age: 40,
      nationality: 'CN',
      residence: 'none',
      exploitation: ['labour'],
      municipality: 'GM1783',
      reflectionStart: '2025-03-10',
      asOf: '2025-04-01',
    },
  ],
} as const

export const getTrajectoryIcsSchema = {
  summary: 'Termijnen van het trajectplan als agenda (iCalendar)',
  description: `${description} The same fields as the JSON body, as query string; repeat \`renewals\` or separate dates with commas. Answers text/calendar.`,
  tags: ['trajectory'],
  querystring: IcsQuery,
  produces: ['text/calendar'],
  examples: [
    '/api/v1/trajectory.ics?nationality=CN&residence=none&exploitation=labour&reflectionStart=2025-03-10&asOf=2025-04-01',
  ],
} as const
