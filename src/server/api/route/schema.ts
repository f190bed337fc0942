// SPDX-License-Identifier: EUPL-1.2
// Schemas of the route endpoints: the scenario (body or query string) in, the route out. Both come
// from the domain, so validation, serialisation and OpenAPI share one definition.
import { Route, ScenarioInput, ScenarioQuery } from '../../../domain/route/index.ts'

const description =
  'Welke partijen per fase en aspect een rol hebben en welke rechten gelden voor een scenario, met de reden per onderdeel. ' +
  'Who acts in which phase and aspect and which rights apply for a scenario, each with the reason.'

export const postRouteSchema = {
  summary: 'Route voor een scenario (JSON)',
  description,
  tags: ['route'],
  body: ScenarioInput,
  response: { 200: Route },
  examples: [{ exploitation: ['labour'], nationality: 'RO', age: 34, municipality: 'GM0344' }],
} as const

export const getRouteSchema = {
  summary: 'Route voor een scenario (deelbare link)',
  description: `${description} The same fields as the JSON body, as query string; repeat \`exploitation\` or separate forms with commas.`,
  tags: ['route'],
  querystring: ScenarioQuery,
  response: { 200: Route },
  examples: [
    '/route?exploitation=sexual&age=16&municipality=GM0344',
    '/route?exploitation=labour,criminal&nationality=RO&asOf=2021-06-01',
  ],
} as const
