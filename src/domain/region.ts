// SPDX-License-Identifier: EUPL-1.2
// Municipalities and the regions they belong to; regions bring their regional parties.
import { Type, type Static } from '@sinclair/typebox'
import {
  English,
  Id,
  IsoDate,
  NonEmptyText,
  ShortText,
  literalUnion,
  provenanceFields,
  strictObject,
} from './common.ts'

export const REGION_KINDS = [
  'police-unit',
  'riec',
  'safety-region',
  'veilig-thuis',
  'zorgcoordinatie',
  'centrumgemeente-vo',
  'province',
] as const
export type RegionKind = (typeof REGION_KINDS)[number]

export const Region = strictObject(
  {
    id: Id,
    kind: literalUnion(REGION_KINDS, 'Kind of region.'),
    name: ShortText,
    code: Type.Optional(
      Type.String({ minLength: 1, maxLength: 20, description: 'Official code, e.g. VR09 for a safety region.' }),
    ),
    description: Type.Optional(NonEmptyText),
    parties: Type.Optional(
      Type.Array(Id, {
        uniqueItems: true,
        description: 'Regional parties known for this region (ids in data/parties).',
      }),
    ),
    fallback: Type.Optional({
      ...Id,
      description:
        "Party to call when the region's own parties are not confirmed or have no checked number (id in data/parties); shown as fallback, never as the regional party.",
    }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'Region', title: 'Region', description: 'A region of one kind, with the regional parties known for it.' },
)
export type Region = Static<typeof Region>

export const MunicipalityCode = Type.String({
  pattern: '^GM\\d{4}$',
  description: 'CBS municipality code, e.g. GM0344.',
})

export const MunicipalityRegions = strictObject(
  {
    province: Id,
    policeUnit: Id,
    riec: Id,
    safetyRegion: Id,
    veiligThuis: Type.Optional(Id),
    zorgcoordinatie: Type.Optional(Id),
    centrumgemeenteVo: Type.Optional(Id),
  },
  { description: 'Ids of the regions (data/regions) the municipality belongs to, per kind.' },
)

export const ALIAS_KINDS = ['common-name', 'former-municipality', 'place'] as const

export const MunicipalityAlias = strictObject(
  {
    name: ShortText,
    kind: literalUnion(
      ALIAS_KINDS,
      'common-name: the name people use ("Den Haag"); former-municipality: merged into this one; place: a town or village in it.',
    ),
    until: Type.Optional({ ...IsoDate, description: 'For a former municipality: the day it merged (exclusive).' }),
    source: Type.Optional({
      ...Id,
      description: 'Source that states the merger (id in data/sources), where one was read.',
    }),
  },
  { description: 'Another name under which people look for the municipality.' },
)
export type MunicipalityAlias = Static<typeof MunicipalityAlias>

export const Municipality = strictObject(
  {
    id: MunicipalityCode,
    name: ShortText,
    aliases: Type.Optional(Type.Array(MunicipalityAlias, { description: 'Other names that find this municipality.' })),
    regions: MunicipalityRegions,
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'Municipality', title: 'Municipality', description: 'A Dutch municipality (CBS code) with its regions.' },
)
export type Municipality = Static<typeof Municipality>

/** Which region kind each key of Municipality.regions must point at. */
export const MUNICIPALITY_REGION_KINDS: Record<keyof Static<typeof MunicipalityRegions>, RegionKind> = {
  province: 'province',
  policeUnit: 'police-unit',
  riec: 'riec',
  safetyRegion: 'safety-region',
  veiligThuis: 'veilig-thuis',
  zorgcoordinatie: 'zorgcoordinatie',
  centrumgemeenteVo: 'centrumgemeente-vo',
}
