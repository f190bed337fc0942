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
import { TranslationStatusSchema } from './languages.ts'

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

/** What a phone number is for, so a caller picks the right one. */
export const PHONE_PURPOSES = [
  'general',
  'helpdesk',
  'professionals',
  '24-7',
  'emergency',
  'anonymous',
  'abroad',
] as const
export type PhonePurpose = (typeof PHONE_PURPOSES)[number]

/**
 * A phone number a caller can use. Only numbers an editor checked against a source go in the
 * dataset (verify it or leave it out), so `source` and `verifiedAt` are required.
 */
const PHONE_STATUS = Type.Unsafe<'machine' | 'reviewed'>({ type: 'string', enum: ['machine', 'reviewed'] })

/** English hours, cost and note of a phone (issue 15), each with its translation status (ADR 0027). */
export const PhoneEnglish = strictObject(
  {
    hours: Type.Optional(ShortText),
    cost: Type.Optional(ShortText),
    note: Type.Optional(ShortText),
    translation: Type.Optional(
      strictObject({
        hours: Type.Optional(PHONE_STATUS),
        cost: Type.Optional(PHONE_STATUS),
        note: Type.Optional(PHONE_STATUS),
      }),
    ),
  },
  { description: 'English hours, cost and note of the phone; translation says machine or reviewed per text.' },
)

export const Phone = strictObject(
  {
    number: Type.String({
      pattern: '^[0-9 +()-]{3,30}$',
      description: 'Phone number as dialled (from abroad with +31).',
    }),
    purpose: literalUnion(
      PHONE_PURPOSES,
      'general: main number; helpdesk: advice line; professionals: line or menu option for professionals; 24-7: reachable day and night; emergency: acute danger; anonymous: anonymous reporting; abroad: the number to dial from outside the Netherlands.',
    ),
    hours: Type.Optional({
      ...ShortText,
      description: 'When the number is answered, in Dutch (as the source states it).',
    }),
    free: Type.Optional(
      Type.Boolean({ description: 'True when calling is free, false when the caller pays; absent when unknown.' }),
    ),
    cost: Type.Optional({ ...ShortText, description: 'What a call costs when it is not free, e.g. "lokaal tarief".' }),
    note: Type.Optional(ShortText),
    en: Type.Optional(PhoneEnglish),
    source: { ...Id, description: 'The source (id in data/sources) the number was checked against.' },
    verifiedAt: { ...IsoDate, description: 'The day an editor checked the number against the source.' },
  },
  { description: 'A checked phone number with its purpose, opening hours and cost.' },
)
export type Phone = Static<typeof Phone>

export const Contact = strictObject(
  {
    phones: Type.Optional(
      Type.Array(Phone, { minItems: 1, description: 'Checked phone numbers, the one to call first first.' }),
    ),
    website: Type.Optional(Type.String({ format: 'uri', pattern: '^https?://' })),
    email: Type.Optional(Type.String({ format: 'email', description: 'General e-mail address.' })),
    professionalEmail: Type.Optional(
      Type.String({ format: 'email', description: 'E-mail address meant for professionals (referrals, advice).' }),
    ),
    form: Type.Optional(
      Type.String({ format: 'uri', pattern: '^https?://', description: 'Online form to report or ask for help.' }),
    ),
    verifiedAt: Type.Optional({
      ...IsoDate,
      description: 'The day an editor last checked the website, e-mail and form against the organisation.',
    }),
  },
  {
    description:
      'Public contact routes. Shelter addresses are never published; numbers that could not be checked are left out.',
  },
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

/** Most words a plain-language party text may have (issue 21: B1, one breath on a phone screen). */
export const PLAIN_TEXT_MAX_WORDS = 25

const plainFields = {
  text: {
    ...ShortText,
    description: `What the party does for you, in plain language (B1), addressing the reader as "you", at most ${PLAIN_TEXT_MAX_WORDS} words.`,
  },
  whenToCall: {
    ...ShortText,
    description:
      'One line on when to call which number (or use which route); every number in it must be one of the party’s checked phones, or 112.',
  },
}
const PlainText = strictObject(plainFields, { description: 'The Dutch plain-language text (the source language).' })
const TranslatedPlainText = strictObject(
  { ...plainFields, translation: TranslationStatusSchema },
  { description: 'The plain-language text in another language, with its translation status.' },
)
export type PlainText = Static<typeof PlainText>
export type TranslatedPlainText = Static<typeof TranslatedPlainText>

/**
 * The texts a possible victim or a bystander reads about the party (issue 21, item 3): Dutch is
 * required, the other languages are translations with a status. Pages for professionals keep the
 * professional description.
 */
export const PartyPlain = strictObject(
  {
    nl: PlainText,
    en: Type.Optional(TranslatedPlainText),
    pl: Type.Optional(TranslatedPlainText),
    ro: Type.Optional(TranslatedPlainText),
    bg: Type.Optional(TranslatedPlainText),
    uk: Type.Optional(TranslatedPlainText),
    es: Type.Optional(TranslatedPlainText),
    pt: Type.Optional(TranslatedPlainText),
    ar: Type.Optional(TranslatedPlainText),
    hu: Type.Optional(TranslatedPlainText),
    vi: Type.Optional(TranslatedPlainText),
  },
  { description: 'Plain-language texts for victims and bystanders, per language (nl required).' },
)
export type PartyPlain = Static<typeof PartyPlain>

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
    plain: Type.Optional(PartyPlain),
    identifiers: Type.Optional(Identifiers),
    contact: Type.Optional(Contact),
    serviceTypes: Type.Optional(
      Type.Array(literalUnion(SERVICE_TYPES), {
        uniqueItems: true,
        description: 'Types of help the party offers (wegwijzer profiles).',
      }),
    ),
    en: Type.Optional(English),
    ...provenanceFields,
  },
  { $id: 'Party', title: 'Party', description: 'An organisation or organisational role in the chain.' },
)
export type Party = Static<typeof Party>
