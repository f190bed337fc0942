// SPDX-License-Identifier: EUPL-1.2
// The words of the route summary, per message code, in Dutch and English. Kept apart from the logic
// (summary.ts) so they move as one block into the message catalogue (src/messages) once it exists.
import type { GeneralSummaryCode } from './summary-schema.ts'

export interface Text {
  readonly nl: string
  readonly en: string
}

/** Parameters a summary message may use; absent ones are left out of the sentence. */
export interface SummaryParams {
  /** The regional organisation (e.g. "Veilig Thuis Utrecht"). */
  readonly regional?: string
  /** The region's name (e.g. "Zorgcoördinatie mensenhandel Utrecht"). */
  readonly region?: string
  /** The party to call instead while the regional one is unconfirmed (CoMensha). */
  readonly fallback?: string
  /** A duration such as "3 maanden" / "3 months". */
  readonly duration?: string
  readonly durationEn?: string
  /** 'criminal' when the case names criminal but not labour exploitation (the NLA's wider remit). */
  readonly scope?: 'criminal'
}

const within = (p: SummaryParams): Text =>
  p.regional === undefined ? { nl: '', en: '' } : { nl: ` (${p.regional})`, en: ` (${p.regional})` }

/** Message `summary.<code>` with its parameters, in both languages. */
export const SUMMARY_TEXTS: Readonly<Record<GeneralSummaryCode, (p: SummaryParams) => Text>> = {
  'acute-danger': () => ({
    nl: 'Bel 112 als het slachtoffer of iemand anders in acuut gevaar is.',
    en: 'Call 112 when the victim or anyone else is in acute danger.',
  }),
  'care-coordinator': (p) => {
    if (p.fallback !== undefined && p.regional !== undefined) {
      return {
        nl: `Overleg met de zorgcoördinator mensenhandel van de regio (${p.region ?? p.regional}); waarschijnlijk ${p.regional}, maar dat is niet bevestigd: bel ${p.fallback} als terugval.`,
        en: `Consult the region's care coordinator for trafficking (${p.region ?? p.regional}); probably ${p.regional}, but that is not confirmed: call ${p.fallback} as fallback.`,
      }
    }
    if (p.fallback !== undefined) {
      return {
        nl: `Overleg met de zorgcoördinator mensenhandel; ${p.region === undefined ? 'zonder gemeente' : `voor ${p.region}`} is dat ${p.fallback}.`,
        en: `Consult the care coordinator for trafficking; ${p.region === undefined ? 'without a municipality' : `for ${p.region}`} that is ${p.fallback}.`,
      }
    }
    return {
      nl: `Overleg met de zorgcoördinator mensenhandel${within(p).nl}: eerste aanspreekpunt, regelt opvang en begeleiding.`,
      en: `Consult the care coordinator for trafficking${within(p).en}: first point of contact, arranges shelter and support.`,
    }
  },
  'veilig-thuis': (p) => ({
    nl: `Vraag advies of meld bij ${p.regional ?? 'Veilig Thuis'}: uitbuiting van een minderjarige of in huiselijke kring.`,
    en: `Ask ${p.regional ?? 'Veilig Thuis'} (Safe at Home) for advice or report: exploitation of a minor or in a domestic setting.`,
  }),
  'guardian-nidos': () => ({
    nl: 'Schakel Nidos in: de voogd van alleenstaande minderjarige vreemdelingen beslist over beschermde opvang.',
    en: 'Involve Nidos: the guardian of unaccompanied foreign minors decides on protected shelter.',
  }),
  'police-report': (p) => ({
    nl: `Meld het vermoeden bij de politie${within(p).nl}; rechercheurs mensenhandel (AVIM) voeren het informatief gesprek en nemen aangifte op.`,
    en: `Report the suspicion to the police${within(p).en}; trafficking detectives (AVIM) hold the information interview and take the report.`,
  }),
  // A text that names one form must not show for another (issue 11): criminal-only cases read the
  // NLA's remit as the data words it, exploitation outside the sex industry.
  'labour-inspectorate': (p) =>
    p.scope === 'criminal'
      ? {
          nl: 'Meld uitbuiting buiten de seksindustrie bij de Nederlandse Arbeidsinspectie (NLA), ook anoniem.',
          en: 'Report exploitation outside the sex industry to the Netherlands Labour Authority (NLA), anonymously if need be.',
        }
      : {
          nl: 'Meld arbeidsuitbuiting bij de Nederlandse Arbeidsinspectie (NLA), ook anoniem.',
          en: 'Report labour exploitation to the Netherlands Labour Authority (NLA), anonymously if need be.',
        },
  'reflection-period': (p) => ({
    nl: `Zorg dat de bedenktijd wordt aangeboden${p.duration === undefined ? '' : ` (ten hoogste ${p.duration})`}, bij de geringste aanwijzing; dat doet de politie of KMar.`,
    en: `Make sure the reflection period is offered${p.durationEn === undefined ? '' : ` (at most ${p.durationEn})`} at the slightest indication; the police or KMar do so.`,
  }),
  'register-comensha': () => ({
    nl: 'Zorg dat het mogelijke slachtoffer bij CoMensha wordt aangemeld (dat doen politie, KMar, NLA of de zorgcoördinator).',
    en: 'Make sure the possible victim is registered with CoMensha (the police, KMar, NLA or the care coordinator do so).',
  }),
}

/** Why the acute-danger action is always there. */

/** "3 maanden" / "3 months" for the reflection period's limit. */
export const UNIT_TEXTS: Readonly<Record<string, { one: Text; many: Text }>> = {
  hours: { one: { nl: 'uur', en: 'hour' }, many: { nl: 'uur', en: 'hours' } },
  days: { one: { nl: 'dag', en: 'day' }, many: { nl: 'dagen', en: 'days' } },
  weeks: { one: { nl: 'week', en: 'week' }, many: { nl: 'weken', en: 'weeks' } },
  months: { one: { nl: 'maand', en: 'month' }, many: { nl: 'maanden', en: 'months' } },
  years: { one: { nl: 'jaar', en: 'year' }, many: { nl: 'jaar', en: 'years' } },
}
