// SPDX-License-Identifier: EUPL-1.2
// Municipalities and the regions they belong to; regions bring their regional parties.
import { Type, type Static } from '@sinclair/typebox'
import { English, Id, NonEmptyText, ShortText, literalUnion, provenanceFields, strictObject } from './common.ts'

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

export const Municipality = strictObject(
  {
    id: MunicipalityCode,
    name: ShortText,
    regions: MunicipalityRegions,
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
