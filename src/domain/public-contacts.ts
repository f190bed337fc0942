// SPDX-License-Identifier: EUPL-1.2
// The parties the entrance pages list as channels for advice and reporting, per audience (by
// party id, docs/dev/ids.md). Defined here, not in the web layer, so that `wegwijzer validate`
// can require a plain-language text for every party a victim or a bystander is shown.
import type { Party } from './party.ts'

export const CONTACT_PARTIES = {
  victim: ['comensha', 'fairwork', 'politie', 'veilig-thuis', 'slachtofferhulp'],
  citizen: ['politie', 'meld-misdaad-anoniem', 'arbeidsinspectie', 'veilig-thuis', 'comensha'],
  professional: ['comensha', 'politie', 'arbeidsinspectie', 'veilig-thuis', 'kmar', 'zorgcoordinator'],
} as const satisfies Record<string, readonly string[]>

export type ContactAudience = keyof typeof CONTACT_PARTIES

/** Audiences that read plain language: their cards show `plain`, never the professional description. */
export const PLAIN_AUDIENCES = ['victim', 'citizen'] as const satisfies readonly ContactAudience[]

/** Ids of every party a victim or a bystander is shown. */
export function plainPartyIds(): string[] {
  return [...new Set(PLAIN_AUDIENCES.flatMap((a) => CONTACT_PARTIES[a]))]
}

/** Number always allowed in a "when to call" line besides the party's own phones. */
export const EMERGENCY_NUMBER = '112'

/** Digits of a phone number, for comparing "0800 5151" with "0800-5151". */
export function phoneDigits(number: string): string {
  return number.replace(/[^0-9+]/g, '').replace(/^\+31/, '0')
}

/** Phone-number-like runs in a text ("033 448 11 86", "0800-2000", "112"). */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\+?\d[\d -]{1,16}\d/g)]
    .map((m) => m[0].trim())
    .filter((n) => n.replace(/\D/g, '').length >= 3)
}

/** Numbers in a plain text that are neither 112 nor one of the party's checked phones. */
export function unknownNumbers(party: Party, text: string): string[] {
  const known = new Set([EMERGENCY_NUMBER, ...(party.contact?.phones ?? []).map((p) => phoneDigits(p.number))])
  return numbersIn(text).filter((n) => !known.has(phoneDigits(n)))
}

/** Words in a text, as a reader counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}
