// SPDX-License-Identifier: EUPL-1.2
// A party (organisation or organisational role) in the chain against human trafficking.
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

export const PARTY_KINDS = [
  'ministry',
  'policy-body',
  'independent-body',
  'police-justice',
  'inspectorate',
  'executive-agency',
  'municipality',
  'regional-network',
  'care-provider',
  'coordination',
  'ngo',
  'fund',
  'international',
  'private',
  'sector-body',
] as const
export const PARTY_LEVELS = ['national', 'regional', 'local', 'international'] as const
export const SERVICE_TYPES = [
  'medisch',
  'psychisch',
  'opvang',
  'financieel',
  'woonruimte',
  'werk-dagbesteding',
  'sociaal-praktisch',
  'opsporing-aangifte-vervolging',
  'terugkeer',
  'juridisch',
  'tolk',
  'zorgcoordinatie',
  'registratie-advies',
  'signalering-melding',
  'bestuurlijke-aanpak',
  'toezicht',
  'beleid-kennis',
] as const
export type PartyKind = (typeof PARTY_KINDS)[number]
export type ServiceType = (typeof SERVICE_TYPES)[number]

export const Contact = strictObject(
  {
    phone: Type.Optional(
      Type.String({ pattern: '^[0-9 +()-]{3,30}$', description: 'Phone number as dialled in the Netherlands.' }),
    ),
    phoneNote: Type.Optional(ShortText),
    website: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://' })),
    email: Type.Optional(Type.String({ format: 'email' })),
  },
  { description: 'Public contact route. Shelter addresses are never published.' },
)
export type Contact = Static<typeof Contact>

export const Identifiers = strictObject(
  {
    kvk: Type.Optional(Type.String({ pattern: '^\\d{8}$', description: 'Kamer van Koophandel number.' })),
    oin: Type.Optional(Type.String({ pattern: '^\\d{20}$', description: 'Organisatie-identificatienummer.' })),
    tooi: Type.Optional(
      Type.String({ format: 'uri', pattern: '^https://identifier\\.overheid\\.nl/tooi/', description: 'TOOI URI.' }),
    ),
  },
  { description: 'Official identifiers, where known.' },
)

export const Party = strictObject(
  {
    id: Id,
    name: ShortText,
    shortName: Type.Optional(ShortText),
    kind: literalUnion(PARTY_KINDS, 'Kind of organisation.'),
    level: literalUnion(PARTY_LEVELS, 'Level at which the party operates.'),
    parent: Type.Optional({ ...Id, description: 'Id of the party this one is part of.' }),
    successor: Type.Optional({
      ...Id,
      description: 'Id of the party that took over after validTo (renames, mergers).',
    }),
    description: NonEmptyText,
    identifiers: Type.Optional(Identifiers),
    contact: Type.Optional(Contact),
    serviceTypes: Type.Optional(
      Type.Array(literalUnion(SERVICE_TYPES), {
        uniqueItems: true,
        description: 'Types of help the party offers (wegwijzer profiles).',
      }),
    ),
    lastVerified: Type.Optional({
      ...IsoDate,
      description: 'When an editor last checked this record against its sources.',
    }),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'Party', title: 'Party', description: 'An organisation or organisational role in the chain.' },
)
export type Party = Static<typeof Party>
