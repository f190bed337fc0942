// SPDX-License-Identifier: EUPL-1.2
// Schemas of the route endpoints: the scenario (body or query string) in, the route out. Both come
// from the domain, so validation, serialisation and OpenAPI share one definition.
import { Type } from '@sinclair/typebox'
import { Route, ScenarioInput, ScenarioQuery } from '../../../domain/route/index.ts'
import { LangField, LangQuery } from '../language.ts'

/** The scenario's query fields plus the language of the texts. */
const RouteQuery = Type.Composite([ScenarioQuery, Type.Object({ lang: LangField })], {
  title: 'Scenario (query string) and language',
  additionalProperties: false,
})

const description =
  'Welke partijen per fase en aspect een rol hebben en welke rechten gelden voor een scenario, met de reden per onderdeel. ' +
  'Who acts in which phase and aspect and which rights apply for a scenario, each with the reason. ' +
  'Reasons, warnings and open questions come as code and params with the text (message) in the language of `lang` or Accept-Language (nl by default).' +
  'The Scenario is the one the B8 planner takes too; the route needs exploitation and ignores the event dates.'

export const postRouteSchema = {
  summary: 'Route voor een scenario (JSON)',
  description,
  tags: ['route'],
  body: ScenarioInput,
  querystring: LangQuery,
  response: { 200: Route },
  examples: [{ exploitation: ['labour'], nationality: 'RO', age: 34, municipality: 'GM0344' }],
} as const

export const getRouteSchema = {
  summary: 'Route voor een scenario (deelbare link)',
  description: `${description} The same fields as the JSON body, as query string; repeat \`exploitation\` or separate forms with commas.`,
  tags: ['route'],
  querystring: RouteQuery,
  response: { 200: Route },
  examples: [
    '/route?exploitation=sexual&age=16&municipality=GM0344',
    '/route?exploitation=labour,criminal&nationality=RO&asOf=2021-06-01',
  ],
} as const
