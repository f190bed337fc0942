// SPDX-License-Identifier: EUPL-1.2
// The shape of a route (the engine's output), as a schema so the API can serialise and document it.
import { Type, type Static } from '@sinclair/typebox'
import { Id, Status, TRANSLATION_STATUS, literalUnion } from '../common.ts'
import { MessageSchema } from '../message.ts'
import { Contact } from '../party.ts'
import { PhaseId } from '../phase.ts'
import { ROLE_TYPES } from '../responsibility.ts'
import { RIGHT_KINDS, TimeLimit } from '../right.ts'
import { REGION_KINDS } from '../region.ts'
import { Scenario } from '../scenario.ts'
import { RouteLinks } from './links.ts'
import { PARTY_REACHES } from './party-order.ts'
import { AskNext, SummaryAction } from './summary-schema.ts'

const Why = Type.Array(MessageSchema, {
  description: 'Why this item is in the route: the conditions that matched, as codes with parameters and text.',
})
const DependsOn = Type.Optional(Type.Array(Type.String(), { description: 'Unknown facets the item depends on.' }))
/** In an English route: the status of each of the item's texts given in English (ADR 0038). */
const Translation = Type.Optional(
  Type.Record(Type.String(), TRANSLATION_STATUS, {
    description:
      'Only in English answers: each text of the item that is given in English (role, description; name, summary, amount) with its translation status. A text not listed has no English yet and is the Dutch one.',
  }),
)
const Conditional = Type.Optional(
  Type.Boolean({
    description: 'True when the item applies only for some values of facets the scenario leaves unknown.',
  }),
)

export const PartyRef = Type.Object(
  { id: Id, name: Type.String(), shortName: Type.Optional(Type.String()), contact: Type.Optional(Contact) },
  { additionalProperties: false },
)
export type PartyRef = Static<typeof PartyRef>

export const RegionRef = Type.Object(
  { id: Id, kind: literalUnion(REGION_KINDS), name: Type.String(), code: Type.Optional(Type.String()) },
  { additionalProperties: false },
)
export type RegionRef = Static<typeof RegionRef>

export const RegionalParty = Type.Object(
  {
    id: Id,
    name: Type.String(),
    shortName: Type.Optional(Type.String()),
    contact: Type.Optional(Contact),
    status: Status,
    region: RegionRef,
    fallback: Type.Optional(
      Type.Boolean({
        description:
          "True when this is the region's fallback (CoMensha for an unconfirmed zorgcoördinatie region), not a party of the region itself.",
      }),
    ),
    why: Why,
  },
  { additionalProperties: false },
)
export type RegionalParty = Static<typeof RegionalParty>

export const RouteParty = Type.Object(
  {
    id: Type.String({ description: 'Party id valid on asOf (a predecessor for dates before a rename).' }),
    name: Type.String(),
    shortName: Type.Optional(Type.String()),
    role: Type.String(),
    roleType: literalUnion(ROLE_TYPES),
    contact: Type.Optional(Contact),
    status: Status,
    reach: literalUnion(
      PARTY_REACHES,
      'national: one organisation working nationally; regional: found per region or municipality; sector: a kind of business or profession or its branch body. Within an aspect parties are ordered by role type, status, reach, name (docs/route-summary.md).',
    ),
    why: Why,
    conditional: Conditional,
    dependsOn: DependsOn,
    responsibility: Id,
    description: Type.String(),
    legalBasis: Type.Optional(Type.String()),
    sources: Type.Array(Id),
    currentId: Type.Optional(
      Type.String({ description: 'Id the party has today, when the route shows an older name.' }),
    ),
    translation: Translation,
    regional: Type.Optional(
      Type.Array(RegionalParty, {
        description: "The regional branch(es) of this party for the scenario's municipality.",
      }),
    ),
  },
  { additionalProperties: false },
)
export type RouteParty = Static<typeof RouteParty>

export const RouteAspect = Type.Object(
  {
    id: Id,
    name: Type.String(),
    order: Type.Integer(),
    status: Status,
    parties: Type.Array(RouteParty, {
      description:
        'Ranked: role type (lead, executes, … ), then sourced before derived/unverified, then national before regional before sector, then name.',
    }),
  },
  { additionalProperties: false },
)
export type RouteAspect = Static<typeof RouteAspect>

export const RoutePhase = Type.Object(
  { id: PhaseId, name: Type.String(), order: Type.Integer(), aspects: Type.Array(RouteAspect) },
  { additionalProperties: false },
)
export type RoutePhase = Static<typeof RoutePhase>

export const RouteRight = Type.Object(
  {
    id: Id,
    name: Type.String(),
    kind: literalUnion(RIGHT_KINDS),
    summary: Type.String(),
    limits: Type.Array(TimeLimit),
    providers: Type.Array(Type.String(), { description: 'Ids of the providing parties, as valid on asOf.' }),
    providerParties: Type.Array(PartyRef),
    amount: Type.Optional(Type.String()),
    legalBasis: Type.String(),
    status: Status,
    why: Why,
    conditional: Conditional,
    dependsOn: DependsOn,
    sources: Type.Array(Id),
    translation: Translation,
  },
  { additionalProperties: false },
)
export type RouteRight = Static<typeof RouteRight>

export const ItemRef = Type.Object(
  {
    kind: literalUnion(['party', 'right'] as const),
    id: Type.String({ description: 'Party id (for kind party) or right id.' }),
    name: Type.String(),
    aspect: Type.Optional(Type.String({ description: 'Aspect id, for parties.' })),
    responsibility: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
)
export type ItemRef = Static<typeof ItemRef>

export const OpenQuestionOption = Type.Object(
  {
    value: Type.String(),
    label: Type.Optional(Type.String({ description: 'The value in the language asked (set by the API).' })),
    confirms: Type.Array(ItemRef, { description: 'Conditional items that then certainly apply.' }),
    dropsOut: Type.Array(ItemRef, { description: 'Conditional items that then drop out of the route.' }),
  },
  { additionalProperties: false },
)

export const OpenQuestion = Type.Object(
  {
    facet: Type.String(),
    question: Type.Optional(Type.String({ description: 'The question in the language asked (set by the API).' })),
    effect: MessageSchema,
    options: Type.Array(OpenQuestionOption),
  },
  { additionalProperties: false },
)
export type OpenQuestion = Static<typeof OpenQuestion>

export const Route = Type.Object(
  {
    scenario: Scenario,
    summary: Type.Array(SummaryAction, {
      maxItems: 7,
      description: 'The ranked next actions for this scenario, first first (ranking rule: docs/route-summary.md).',
    }),
    askNext: Type.Array(AskNext, {
      maxItems: 3,
      description: 'The open questions whose answers change most of the route, most first.',
    }),
    phases: Type.Array(RoutePhase),
    rights: Type.Array(RouteRight),
    regional: Type.Object(
      {
        municipality: Type.Union([
          Type.Object(
            { code: Type.String(), name: Type.String(), regions: Type.Array(RegionRef) },
            { additionalProperties: false },
          ),
          Type.Null(),
        ]),
        parties: Type.Array(RegionalParty),
      },
      { additionalProperties: false },
    ),
    warnings: Type.Array(MessageSchema),
    openQuestions: Type.Array(OpenQuestion),
    links: RouteLinks,
  },
  {
    $id: 'Route',
    title: 'Route',
    additionalProperties: false,
    description: 'Who does what for a scenario, with the rights that apply and why.',
  },
)
export type Route = Static<typeof Route>
