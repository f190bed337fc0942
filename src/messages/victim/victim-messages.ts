// SPDX-License-Identifier: EUPL-1.2
// The texts of the victim pages (issue 15) in one typed catalogue per language: Dutch and English
// (the whole site has them) and the languages victims read. Partial catalogues: they cover the
// victim pages only (help, rights, reporting, browsing safely, the referral card), so a page in
// Polish never needs a Polish text for the organogram. Every text is plain language (B1) and
// speaks to the reader. Numbers and party texts come from the dataset, never from here.
import type { TextLanguage } from '../../domain/languages.ts'

/** `source`: written in this language; `machine`/`reviewed`: see ADR 0027. */
export type CatalogueStatus = 'source' | 'machine' | 'reviewed'

export interface VictimMessages {
  readonly lang: TextLanguage
  readonly dir: 'ltr' | 'rtl'
  /** The language's name in itself and its own script (the chooser shows this). */
  readonly languageName: string
  readonly status: CatalogueStatus
  readonly siteName: string
  readonly skipLink: string
  readonly quickExit: {
    readonly label: string
    readonly hint: string
    readonly shortcut: string
    readonly presses: string
    readonly leaving: string
  }
  readonly chooser: { readonly label: string }
  /** Shown at the top when `status` is `machine`. */
  readonly machineNote: string
  readonly nav: { readonly label: string }
  readonly emergency: string
  readonly help: {
    readonly title: string
    readonly intro: string
    readonly safeNote: string
    readonly questionsHeading: string
    readonly questions: readonly string[]
    readonly helpHeading: string
    readonly helpIntro: string
    /** Shown under the parties on a page whose language has no party page of its own. */
    readonly moreInfo: string
  }
  readonly rights: {
    readonly title: string
    readonly intro: string
    readonly items: readonly string[]
    readonly reflectionHeading: string
    readonly reflection: readonly string[]
  }
  readonly report: {
    readonly title: string
    readonly intro: string
    readonly steps: readonly string[]
    readonly choice: string
  }
  readonly safe: {
    readonly title: string
    readonly intro: string
    readonly tips: readonly string[]
    readonly noCookies: string
  }
  readonly card: {
    readonly title: string
    readonly what: string
    readonly rightsHeading: string
    readonly rights: readonly string[]
    readonly numbersHeading: string
    readonly print: string
    readonly a4: string
    readonly a6: string
    readonly website: string
  }
  readonly footer: string
  /** An address under the language's prefix that does not exist (a mistyped or English path). */
  readonly notFound: { readonly title: string; readonly text: string }
}
