// SPDX-License-Identifier: EUPL-1.2
// Words that tie a text to one form of exploitation (issue 11): a role that speaks of "uitgebuite
// werknemers" fits a labour case, not a sexual one. `wegwijzer validate` uses this to catch a role
// text that names one form on a record whose conditions also let it show for another.
import { EXPLOITATION_FORMS, type ExploitationFormId } from './facets.ts'

/**
 * Per form, the words that name it or the people it concerns, in Dutch and English. Only words
 * that belong to one form: "uitbuiting" or "loverboy" alone do not say which form.
 */
export const FORM_TERMS: Readonly<Record<ExploitationFormId, readonly RegExp[]>> = {
  labour: [
    /arbeidsuitbuiting/i,
    /uitgebuite werknemers/i,
    /schijnzelfstandig/i,
    /arbeids\)?migrant/i,
    /labour exploitation/i,
    /exploited workers/i,
    /bogus self-employ/i,
    /false self-employ/i,
    /migrant workers?/i,
  ],
  sexual: [
    /seksuele uitbuiting/i,
    /sekswerk/i,
    /prostituee/i,
    /gedwongen prostitutie/i,
    /sexual exploitation/i,
    /sex work/i,
    /prostitutes?\b/i,
    /forced prostitution/i,
  ],
  criminal: [/criminele uitbuiting/i, /gedwongen criminaliteit/i, /criminal exploitation/i, /forced criminality/i],
  'organ-removal': [/orgaanverwijdering/i, /orgaanhandel/i, /organ removal/i, /organ trafficking/i],
}

/** The forms a text names, each with the first word found for it. */
export function formsNamed(text: string): { form: ExploitationFormId; word: string }[] {
  const out: { form: ExploitationFormId; word: string }[] = []
  for (const form of EXPLOITATION_FORMS) {
    for (const term of FORM_TERMS[form]) {
      const m = term.exec(text)
      if (m !== null) {
        out.push({ form, word: m[0] })
        break
      }
    }
  }
  return out
}

export interface FormTextMismatch {
  /** The forms the text names, with the word that names each. */
  readonly named: readonly { form: ExploitationFormId; word: string }[]
  /** Forms the record is shown for that the text does not name. */
  readonly unnamed: readonly ExploitationFormId[]
  /** Forms the text names that the record is never shown for. */
  readonly excluded: readonly ExploitationFormId[]
}

/**
 * A text fits its record when it names no form, or names every form the record is shown for and
 * none it is not. `allowed` is the record's `conditions.exploitation` (absent: every form).
 */
export function formTextMismatch(
  text: string,
  allowed: readonly ExploitationFormId[] | undefined,
): FormTextMismatch | undefined {
  const named = formsNamed(text)
  if (named.length === 0) {
    return undefined
  }
  const shownFor = allowed ?? EXPLOITATION_FORMS
  const names = new Set(named.map((n) => n.form))
  const unnamed = shownFor.filter((f) => !names.has(f))
  const excluded = named.map((n) => n.form).filter((f) => !shownFor.includes(f))
  return unnamed.length === 0 && excluded.length === 0 ? undefined : { named, unnamed, excluded }
}
