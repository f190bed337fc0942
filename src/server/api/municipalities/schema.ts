// SPDX-License-Identifier: EUPL-1.2
// Schemas of the municipality endpoints: the 342 municipalities, and one with its regions and the
// regional parties to contact.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, literalUnion } from '../../../domain/common.ts'
import { Municipality, MUNICIPALITY_REGION_KINDS, REGION_KINDS } from '../../../domain/region.ts'
import { PageOf, paginationQuery } from '../pagination.ts'
import { Status } from '../../../domain/common.ts'
import { PartyRef, QueryOf, withResolvedSources } from '../refs.ts'

export const MunicipalitiesQuery = QueryOf({
  q: Type.Optional(
    Type.String({
      maxLength: 200,
      description:
        'CBS code, or (part of) a name: the CBS name, the common name ("Den Haag"), a municipality merged into it since 2015 ("Weesp") or a large town ("Hoofddorp"). Case and accents are ignored.',
    }),
  ),
  region: Type.Optional({ ...Id, description: 'Only municipalities in this region (region id).' }),
  ...paginationQuery,
})
export type MunicipalitiesQuery = Static<typeof MunicipalitiesQuery>

export const MunicipalityParams = Type.Object(
  { id: Type.String({ pattern: '^[Gg][Mm]\\d{4}$', description: 'CBS municipality code, e.g. GM0344.' }) },
  { additionalProperties: false },
)
export type MunicipalityParams = Static<typeof MunicipalityParams>

export const RegionPartyRef = Type.Object(
  {
    ...PartyRef.properties,
    fallback: Type.Optional(
      Type.Boolean({
        description: "True for the fallback party, not the region's own (its coordinator is not confirmed).",
      }),
    ),
  },
  { additionalProperties: false },
)

export const MunicipalityRegion = Type.Object(
  {
    key: literalUnion(
      Object.keys(MUNICIPALITY_REGION_KINDS) as (keyof typeof MUNICIPALITY_REGION_KINDS)[],
      "Which of the municipality's regions this is.",
    ),
    id: Id,
    kind: literalUnion(REGION_KINDS),
    name: Type.String(),
    code: Type.Optional(Type.String()),
    status: Status,
    verifiedAt: Type.Optional(
      Type.String({ format: 'date', description: 'The day an editor last checked the region.' }),
    ),
    note: Type.Optional(Type.String()),
    en: Type.Optional(English),
    parties: Type.Array(RegionPartyRef, {
      description:
        "The regional parties of this region, with contact; a party with fallback: true is the one to call when the region's own parties are not confirmed (CoMensha for zorgcoördinatie).",
    }),
  },
  { additionalProperties: false },
)

const { regions: _regions, ...municipalityFields } = withResolvedSources(Municipality.properties)
export const MunicipalityDetail = Type.Object(
  {
    ...municipalityFields,
    regions: Type.Array(MunicipalityRegion, {
      description: 'The regions the municipality belongs to, contacts first.',
    }),
  },
  { title: 'Municipality with regions', additionalProperties: false },
)

const tags = ['municipalities']

export const listMunicipalitiesSchema = {
  summary: 'Gemeenten',
  description: 'Dutch municipalities (CBS codes) with the ids of their regions.',
  tags,
  querystring: MunicipalitiesQuery,
  response: { 200: PageOf(Municipality, 'Page of municipalities') },
} as const

export const getMunicipalitySchema = {
  summary: "Eén gemeente met regio's en regionale partijen",
  description:
    'One municipality with its regions (police unit, RIEC, Veilig Thuis, zorgcoördinatie, …) and the regional parties to contact.',
  tags,
  params: MunicipalityParams,
  response: { 200: MunicipalityDetail },
  examples: ['/municipalities/GM0344'],
} as const
