// SPDX-License-Identifier: EUPL-1.2
// Words the route page gained with issue 11 (summary first, folded phases, capped warnings), in both
// languages; kept in one block so they move as one into the message catalogue (src/messages).

export const TEXTS = {
  nl: {
    heading: 'Eerst doen',
    call: 'Bel',
    fallback: 'terugval',
    unconfirmed: (name: string, region: string) => `${name} is niet bevestigd als organisatie van ${region}.`,
    why: 'Waarom',
    conditional: 'alleen bij bepaalde antwoorden',
    askHeading: 'Vraag nog na',
    affects: (n: number) => (n === 1 ? '1 onderdeel hangt ervan af' : `${n} onderdelen hangen ervan af`),
    showAll: (n: number) => `Toon alles (nog ${n})`,
  },
  en: {
    heading: 'Do this first',
    call: 'Call',
    fallback: 'fallback',
    unconfirmed: (name: string, region: string) => `${name} is not confirmed as the organisation of ${region}.`,
    why: 'Why',
    conditional: 'only for some answers',
    askHeading: 'Ask next',
    affects: (n: number) => (n === 1 ? '1 part depends on it' : `${n} parts depend on it`),
    showAll: (n: number) => `Show all (${n} more)`,
  },
} as const
