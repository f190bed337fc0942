// SPDX-License-Identifier: EUPL-1.2
// The trajectory planner: from the facts known so far to a timeline of steps with responsible
// parties, rights, and deadlines computed from the legal limits in the data. Pure and stateless.
//
// Which date decides a versioned rule: each rule is looked up on the date of the event it is about
// (written in the rule record's `decisiveDate`): the OM's decision to prosecute for the 2018 rule,
// the report (the application) for the 2019 Dublin rule, the start of the reflection period for
// the reflection rules. When that event has not happened yet, the plan date (asOf) decides.
import type { Dataset } from '../entities.ts'
import { mayHold } from '../conditions/index.ts'
import type { Conditions } from '../facets.ts'
import type { Party } from '../party.ts'
import type { Right } from '../right.ts'
import type { LimitKey, RuleKind, StepLimit, TrajectoryRule, TrajectoryStep } from '../trajectory.ts'
import { isValidOn } from '../validity.ts'
import { addDays, dayAfterPeriod, periodLastDay } from './calendar.ts'
import { trajectoryFacts } from './facts.ts'
import type { ParsedTrajectoryInput } from './input.ts'
import type { PlanDeadline, PlanStep, StepStatus, TrajectoryPlan } from './plan-schema.ts'

export type TrajectoryData = Pick<Dataset, 'trajectorySteps' | 'trajectoryRules' | 'parties' | 'rights'>

/** Step ids the engine walks; they are the record ids in data/trajectory-steps. */
export const STEP = {
  signal: 't01-signaal',
  offer: 't02-aanbod-bedenktijd',
  notify: 't03-aanmelding-comensha',
  shelter: 't04-opvang',
  rvb: 't05-rvb-aanvraag',
  reflection: 't06-bedenktijd',
  reflectionEnd: 't06x-einde-bedenktijd-zonder-vergunning',
  report: 't07-aangifte-of-medewerking',
  permit: 't08-tijdelijke-vergunning',
  renewal: 't09-verlenging',
  withdrawal: 't10-intrekking',
  continued: 't11-voortgezet-verblijf',
  noncoop: 't12-vergunning-niet-kunnen-meewerken',
  noncoopAfter: 't12b-na-een-jaar-niet-meewerken',
  asylum: 't13-asielprocedure',
  returnHome: 't14-terugkeer',
  brp: 't15a-inschrijving-brp',
  matching: 't15b-koppeling-taakstelling',
  housing: 't15c-woning',
  support: 't15d-begeleiding-werk-inkomen',
  compensation: 'p01-schadevergoeding',
} as const

interface Draft {
  status: StepStatus
  /** The date the step's parties and rights are looked up on (its event date, else asOf). */
  on?: string
  deadlines: Omit<PlanDeadline, 'passed'>[]
  notes: string[]
  rules: TrajectoryRule[]
}

export function planTrajectory(data: TrajectoryData, input: ParsedTrajectoryInput): TrajectoryPlan {
  const asOf = input.asOf
  // Step records describe the scheme as a whole; validity of parties and rights is checked per step date.
  const stepsById = new Map(data.trajectorySteps.map((s) => [s.id, s]))
  const warnings: string[] = []
  const usedRules = new Map<string, { rule: TrajectoryRule }>()
  const ruleOn = (kind: RuleKind, date: string | undefined): TrajectoryRule | undefined => {
    const on = date ?? asOf
    const rule = data.trajectoryRules.find((r) => r.rule === kind && isValidOn(r, on))
    if (rule !== undefined) {
      usedRules.set(rule.id, { rule })
    }
    return rule
  }

  // Scope: Dutch nationals and EU citizens with EU residence rights fall outside the scheme.
  if (input.nationalityGroup === 'nl' || (input.nationalityGroup === 'eu' && input.euResidenceRight !== false)) {
    const kind: RuleKind = input.nationalityGroup === 'nl' ? 'scope-dutch-nationals' : 'scope-eu-citizens'
    const rule = ruleOn(kind, input.firstSignal)
    const reason =
      input.nationalityGroup === 'nl'
        ? 'De verblijfsregeling mensenhandel (Vc B8/3) geldt niet voor Nederlanders: er is geen verblijfsvraag. Opvang, zorg en begeleiding lopen via de gemeente en de zorgcoördinator.'
        : 'Burgers van de EU, de EER en Zwitserland ontlenen hun verblijfsrecht aan het EU-recht en vallen daarom buiten de verblijfsregeling mensenhandel. Hun verblijfsrecht eindigt niet doordat zij als slachtoffer een beroep op bijstand doen. Geef euResidenceRight: false op als de persoon geen verblijfsrecht aan het EU-recht ontleent; dan geldt de regeling wel.'
    return {
      applicable: false,
      reason: rule === undefined ? reason : `${reason} (${rule.legalBasis})`,
      alternatives: alternativesFor(data, rule, input),
      asOf,
      permitGrounds: [],
      steps: [],
      warnings,
      rules: [...usedRules.values()].map(({ rule }) => ruleSummary(rule)),
    }
  }
  if (input.nationalityGroup === undefined) {
    warnings.push(
      'Nationaliteit onbekend: de verblijfsregeling mensenhandel geldt niet voor Nederlanders en niet voor burgers van de EU, de EER en Zwitserland met verblijfsrecht op grond van het EU-recht. Geef de nationaliteit op (nationality) om dat vast te stellen.',
    )
  }
  if (input.nationalityGroup === 'eu') {
    warnings.push(
      'Burger van de EU/EER/Zwitserland zonder verblijfsrecht op grond van het EU-recht: de regeling geldt alleen voor zover het EU-recht geen verblijfsrecht geeft.',
    )
  }

  const drafts = new Map<string, Draft>()
  const draft = (id: string, status: StepStatus, on?: string): Draft => {
    const d: Draft = { status, ...(on === undefined ? {} : { on }), deadlines: [], notes: [], rules: [] }
    drafts.set(id, d)
    return d
  }
  // Limits a rule in force sets for its steps (e.g. 30 days of reflection for Dublin claimants).
  const ruleLimits = new Map<string, StepLimit>()
  const limit = (stepId: string, key: LimitKey): StepLimit | undefined => {
    const found = ruleLimits.get(`${stepId}/${key}`) ?? stepsById.get(stepId)?.limits.find((l) => l.key === key)
    if (found === undefined) {
      warnings.push(`De gegevens missen termijn '${key}' bij stap ${stepId}; die termijn is niet berekend.`)
    }
    return found
  }
  /** A deadline from a limit in the data, counted from `from`. */
  const deadline = (
    d: Draft,
    stepId: string,
    key: LimitKey,
    from: string,
    suffix = '',
    n?: number,
  ): string | undefined => {
    const l = limit(stepId, key)
    if (l === undefined) {
      return undefined
    }
    const date =
      l.kind === 'after' || l.kind === 'min'
        ? dayAfterPeriod(from, l.value, l.unit)
        : periodLastDay(from, l.value, l.unit)
    d.deadlines.push({
      id: `${stepId}.${key}${n === undefined ? '' : `.${n}`}`,
      label: `${l.label}${suffix}`,
      ...(l.en === undefined ? {} : { labelEn: `${l.en}${suffix}` }),
      date,
      legalBasis: l.legalBasis,
      kind: l.kind,
    })
    return date
  }
  const event = (d: Draft, stepId: string, key: string, label: string, date: string, legalBasis: string): void => {
    d.deadlines.push({ id: `${stepId}.${key}`, label, date, legalBasis, kind: 'event' })
  }
  const useRule = (d: Draft, kind: RuleKind, on: string | undefined): TrajectoryRule | undefined => {
    const r = ruleOn(kind, on)
    if (r !== undefined && !d.rules.includes(r)) {
      d.rules.push(r)
    }
    return r
  }
  const status = (done: boolean, started: boolean): StepStatus => (done ? 'done' : started ? 'current' : 'upcoming')

  const witness = input.witness === true
  const unable = input.cooperation === 'unable'
  const lawfulStay = input.residence === 'lawful' || input.residence === 'asylum' || input.residence === 'dublin'
  const noTitle = input.residence === undefined || input.residence === 'none' || input.residence === 'detained'
  const cooperates =
    witness ||
    input.cooperation === 'reporting' ||
    input.cooperation === 'cooperating-otherwise' ||
    input.report !== undefined
  const reflectionEndedWithout =
    input.reflectionEndReason === 'declined' ||
    input.reflectionEndReason === 'disappeared' ||
    input.reflectionEndReason === 'other-application'

  // T01 — signal.
  const t01 = draft(STEP.signal, 'done', input.firstSignal)
  if (input.firstSignal !== undefined) {
    event(t01, STEP.signal, 'date', 'Eerste signaal', input.firstSignal, 'Vc 2000 (B) B8/3.1')
  }

  // T02–T06 — reflection period, never for witnesses. The rule in force on the start (else the first
  // signal) decides: until 18 May 2023 only without lawful stay; since then for every presumed
  // victim, with a shorter period for Dublin claimants (the rule record carries that limit).
  const reflectionOn = input.reflectionStart ?? input.firstSignal
  const t02 = draft(STEP.offer, 'upcoming', reflectionOn)
  const openRule = useRule(t02, 'reflection-for-presumed-victims', reflectionOn)
  const reflectionRule = openRule ?? useRule(t02, 'reflection-only-without-lawful-stay', reflectionOn)
  const lawfulBlocks = lawfulStay && openRule === undefined
  if (input.residence === 'dublin' && openRule !== undefined) {
    const shorter = useRule(t02, 'reflection-dublin-shorter', reflectionOn)
    for (const l of shorter?.limits ?? []) {
      for (const stepId of shorter?.steps ?? []) {
        ruleLimits.set(`${stepId}/${l.key}`, l)
      }
    }
  }
  let reflectionPossible = !witness && !lawfulBlocks && reflectionRule !== undefined
  if (witness) {
    useRule(t02, 'reflection-not-for-witnesses', reflectionOn)
    t02.status = 'not-applicable'
    t02.notes.push('Een getuige-aangever heeft al aangifte gedaan en krijgt geen bedenktijd.')
  } else if (lawfulBlocks) {
    t02.status = 'not-applicable'
    const until = reflectionRule?.validTo === undefined ? '' : ` tot ${reflectionRule.validTo}`
    t02.notes.push(
      `Bij rechtmatig verblijf (${input.residence}) werd${until} geen bedenktijd gegeven; de vergunning kan wel worden aangevraagd na aangifte of medewerking.`,
    )
    if (input.reflectionStart !== undefined) {
      warnings.push(
        `Op ${input.reflectionStart} gold de bedenktijd alleen zonder rechtmatig verblijf; de opgegeven begindatum past niet bij verblijfssituatie '${input.residence}'.`,
      )
    }
  } else if (lawfulStay && openRule !== undefined) {
    t02.notes.push(`${openRule.name}.`)
  } else if (input.residence === 'detained') {
    useRule(t02, 'reflection-detention-consent', reflectionOn)
    if (input.detentionConsent !== true) {
      reflectionPossible = false
      t02.status = input.cooperation === 'reporting' || input.report !== undefined ? 'not-applicable' : 'possible'
      t02.notes.push('In vreemdelingenbewaring alleen als het OM en de politie instemmen met de bedenktijd.')
    }
  }
  if (input.residence === undefined && !witness && openRule === undefined) {
    t02.notes.push(
      'Alleen als de persoon geen rechtmatig verblijf heeft; geef de verblijfssituatie op om dat vast te stellen.',
    )
  }
  if (input.refusedEntry === true && !witness) {
    useRule(t02, 'reflection-refused-entry', reflectionOn)
    t02.notes.push(
      'Geweigerd aan de grens: de Koninklijke Marechaussee beslist, zo nodig met het OM, of de signalen volstaan.',
    )
  }
  if (reflectionPossible && (input.reflectionStart !== undefined || input.report === undefined)) {
    t02.status = status(input.reflectionStart !== undefined, false)
    const t06 = draft(
      STEP.reflection,
      input.reflectionStart === undefined ? 'upcoming' : input.reflectionEnd === undefined ? 'current' : 'done',
      input.reflectionStart,
    )
    t06.rules.push(...t02.rules.filter((r) => r.rule !== 'reflection-refused-entry'))
    if (input.reflectionStart !== undefined) {
      event(t06, STEP.reflection, 'start', 'Begin van de bedenktijd', input.reflectionStart, 'Vc 2000 (B) B8/3.1')
      const last = deadline(t06, STEP.reflection, 'reflection-max', input.reflectionStart)
      // Monthly reporting: the last day of each month of the period, up to the end of the period.
      const reporting = limit(STEP.reflection, 'reflection-reporting')
      const until = input.reflectionEnd ?? last
      if (reporting !== undefined && until !== undefined) {
        for (let k = 1; k <= 12; k++) {
          const due = periodLastDay(input.reflectionStart, reporting.value * k, reporting.unit)
          if (due >= until) {
            break
          }
          t06.deadlines.push({
            id: `${STEP.reflection}.reflection-reporting.${k}`,
            label: `${reporting.label} (${k}e maand)`,
            ...(reporting.en === undefined ? {} : { labelEn: `${reporting.en} (month ${k})` }),
            date: due,
            legalBasis: reporting.legalBasis,
            kind: reporting.kind,
          })
        }
      }
      if (input.reflectionEnd !== undefined) {
        event(t06, STEP.reflection, 'end', 'Einde van de bedenktijd', input.reflectionEnd, 'Vc 2000 (B) B8/3.1')
      } else if (last !== undefined && last < asOf) {
        warnings.push(
          `De bedenktijd liep uiterlijk tot en met ${last} en kan niet worden verlengd. Leg vast hoe die eindigde (reflectionEnd en reflectionEndReason).`,
        )
      }
    } else {
      t06.notes.push('De termijnen worden berekend zodra de begindatum bekend is (reflectionStart).')
      const shorter = ruleLimits.get(`${STEP.reflection}/reflection-max`)
      if (shorter !== undefined) {
        t06.notes.push(`${shorter.label} (${shorter.legalBasis}).`)
      }
    }
    draft(STEP.notify, input.reflectionStart === undefined ? 'upcoming' : 'done', input.reflectionStart)
    draft(STEP.shelter, input.reflectionStart === undefined ? 'upcoming' : 'current', input.reflectionStart)
    draft(STEP.rvb, input.reflectionStart === undefined ? 'upcoming' : 'done', input.reflectionStart)
    const t06x = draft(STEP.reflectionEnd, reflectionEndedWithout ? 'done' : 'possible', input.reflectionEnd)
    if (reflectionEndedWithout && input.reflectionEnd !== undefined) {
      event(
        t06x,
        STEP.reflectionEnd,
        'date',
        'Bedenktijd geëindigd zonder vergunning',
        input.reflectionEnd,
        'Vc 2000 (B) B8/3.1',
      )
    }
  } else {
    // No reflection period; CoMensha is still notified and shelter can still be needed.
    draft(STEP.notify, input.report === undefined ? 'upcoming' : 'done', input.report)
    if (!lawfulStay) {
      draft(STEP.shelter, 'upcoming', input.report)
    }
  }

  // T13 — asylum route: the IND checks the B8 permit ex officio in the asylum procedure.
  if (input.residence === 'asylum' || input.residence === 'dublin') {
    const t13 = draft(STEP.asylum, 'current')
    if (!cooperates) {
      t13.notes.push('De IND verleent de B8-vergunning in de asielprocedure alleen na aangifte of andere medewerking.')
    }
  }

  // Permit grounds (Vb 2000 art. 3.48 lid 1).
  const reportOn = input.report
  const groundsRule = ruleOn('permit-grounds', reportOn)
  const grounds: string[] = []
  if (groundsRule !== undefined) {
    if (witness) {
      grounds.push('c')
    } else if (unable) {
      if (noTitle) {
        grounds.push('d')
      }
    } else {
      if (
        input.cooperation === 'reporting' ||
        (input.report !== undefined && input.cooperation !== 'cooperating-otherwise')
      ) {
        grounds.push('a')
      }
      if (input.cooperation === 'cooperating-otherwise') {
        grounds.push('b')
      }
      if (
        input.exploitation?.includes('labour') === true &&
        noTitle &&
        (cooperates || input.cooperation === undefined)
      ) {
        grounds.push('g')
      }
    }
  }

  // Dublin claimants (2019 rule): a permit only when their presence is needed for the case.
  let permitBlocked = false
  const permitOn = input.report ?? input.permitGranted
  const dublinRule = input.residence === 'dublin' ? ruleOn('dublin-presence-needed', permitOn) : undefined

  if (unable) {
    // T12 / T12b — permit for victims unable to cooperate: one year, not renewable.
    const t12 = draft(STEP.noncoop, input.permitGranted === undefined ? 'upcoming' : 'done', input.permitGranted)
    useRule(t12, 'permit-grounds', input.permitGranted)
    if (!noTitle) {
      t12.status = 'not-applicable'
      t12.notes.push('Deze vergunning (grond d) is er alleen voor slachtoffers zonder verblijfstitel.')
    } else if (input.permitGranted !== undefined) {
      event(t12, STEP.noncoop, 'granted', 'Vergunning verleend', input.permitGranted, 'Vb 2000 art. 3.48 lid 1 onder d')
      deadline(t12, STEP.noncoop, 'noncoop-permit', input.permitGranted)
      const t12b = draft(STEP.noncoopAfter, 'upcoming')
      const from = deadline(t12b, STEP.noncoopAfter, 'noncoop-continued-after', input.permitGranted)
      if (from !== undefined && from <= asOf) {
        t12b.status = 'current'
      }
    } else {
      t12.notes.push(
        'Bewijs: een politieverklaring dat de persoon slachtoffer is, plus een verklaring over de bedreiging of medische informatie van een BIG- of NIP-geregistreerde behandelaar.',
      )
      draft(STEP.noncoopAfter, 'possible')
    }
    draft(STEP.report, 'possible').notes.push(
      'Aangifte of medewerking blijft mogelijk; dan volgt de gewone tijdelijke vergunning.',
    )
  } else {
    // T07 — report or other cooperation; the M55 notification is the application.
    const t07 = draft(
      STEP.report,
      input.report !== undefined || witness ? 'done' : input.cooperation === 'declined' ? 'possible' : 'upcoming',
      input.report,
    )
    if (input.report !== undefined) {
      event(
        t07,
        STEP.report,
        'date',
        witness ? 'Aangifte (getuige-aangever)' : 'Aangifte of begin van de medewerking',
        input.report,
        'Vc 2000 (B) B8/3.1',
      )
      if (input.permitGranted === undefined) {
        const target = deadline(t07, STEP.report, 'ind-decision-target', input.report)
        if (target !== undefined && target < asOf) {
          warnings.push(
            `De IND streeft naar een beslissing binnen 24 uur; na ${target} is die streeftermijn voorbij. Vraag bij de politie na of de kennisgeving M55 is verzonden.`,
          )
        }
      }
    }
    if (input.cooperation === 'declined') {
      t07.notes.push('De persoon wil geen aangifte doen of meewerken; dat kan later alsnog.')
    }

    // T08 — temporary permit.
    const t08 = draft(
      STEP.permit,
      input.permitGranted === undefined ? (cooperates ? 'current' : 'upcoming') : 'done',
      input.permitGranted ?? input.report,
    )
    useRule(t08, 'permit-grounds', permitOn)
    if (grounds.length > 0) {
      t08.notes.push(`Passende grond(en) in Vb 2000 art. 3.48 lid 1: ${grounds.join(', ')}.`)
    }
    if (dublinRule !== undefined) {
      t08.rules.push(dublinRule)
      if (input.presenceNeeded === false) {
        permitBlocked = input.permitGranted === undefined
        if (permitBlocked) {
          t08.status = 'not-applicable'
          t08.notes.push(
            'Dublinclaimant: het OM vindt aanwezigheid in Nederland niet nodig, dus geen B8-vergunning. Overdracht aan de verantwoordelijke lidstaat of terugkeer volgt.',
          )
        }
      } else if (input.presenceNeeded === undefined) {
        t08.notes.push(
          'Dublinclaimant: alleen een B8-vergunning als de aanwezigheid in Nederland van belang is voor het strafrechtelijk onderzoek (vraag het OM).',
        )
      }
    }
    if (input.permitGranted !== undefined) {
      event(t08, STEP.permit, 'granted', 'Vergunning verleend', input.permitGranted, 'Vb 2000 art. 3.48 lid 1')
      deadline(t08, STEP.permit, 'permit-max', input.permitGranted)
    }

    // T09 / T10 — renewal while the case runs; withdrawal when it stops.
    if (!permitBlocked) {
      const caseStopped = input.caseOutcome === 'acquittal' || input.caseOutcome === 'dismissal'
      const t09 = draft(
        STEP.renewal,
        input.permitGranted === undefined ? 'upcoming' : caseStopped ? 'not-applicable' : 'current',
        input.permitGranted,
      )
      if (witness) {
        t09.notes.push('Getuige-aangever: verlenging zolang het OM de aanwezigheid in Nederland nodig vindt.')
      }
      if (input.permitGranted !== undefined) {
        const first = limit(STEP.permit, 'permit-max')
        let expiry = first === undefined ? undefined : periodLastDay(input.permitGranted, first.value, first.unit)
        ;(input.renewals ?? []).forEach((r, n) => {
          event(t09, STEP.renewal, `renewed.${n + 1}`, `Verlenging ${n + 1} verleend`, r, 'Vb 2000 art. 3.59 lid 4')
          if (expiry !== undefined) {
            expiry = deadline(t09, STEP.renewal, 'renewal-max', addDays(expiry, 1), ` (verlenging ${n + 1})`, n + 1)
          }
        })
        if (caseStopped) {
          t09.notes.push('De strafzaak loopt niet meer; verlenging is dan niet mogelijk.')
        } else if (expiry !== undefined) {
          t09.notes.push(
            `Vraag verlenging aan vóór ${expiry}, de laatste geldigheidsdag; verlenging kan telkens met ten hoogste een jaar zolang de strafzaak loopt.`,
          )
          if (expiry < asOf) {
            warnings.push(
              `De vergunning was geldig tot en met ${expiry}. Geef een verlenging op (renewals) als die er is.`,
            )
          }
        }
      }
      const t10 = draft(STEP.withdrawal, caseStopped ? 'current' : 'possible', input.caseOutcomeDate)
      useRule(t10, 'permit-withdrawal', input.caseOutcomeDate)
      if (caseStopped && input.caseOutcomeDate !== undefined) {
        event(
          t10,
          STEP.withdrawal,
          'outcome',
          input.caseOutcome === 'acquittal' ? 'Vrijspraak' : 'Sepot',
          input.caseOutcomeDate,
          'Vc 2000 (B) B8/3.2',
        )
      }
    }
  }

  // T11 — continued residence, by the rules in force on their decisive dates.
  if (!permitBlocked && !unable) {
    const t11 = draft(STEP.continued, 'upcoming')
    const eligible: string[] = []
    if (witness) {
      useRule(t11, 'continued-special-circumstances', asOf)
      t11.notes.push(
        'Getuige-aangever: voortgezet verblijf alleen op grond van bijzondere individuele omstandigheden (Vc B9/13).',
      )
    } else {
      if (input.caseOutcome === 'conviction') {
        const r = useRule(t11, 'continued-conviction', input.caseOutcomeDate)
        if (r !== undefined && input.caseOutcomeDate !== undefined) {
          event(
            t11,
            STEP.continued,
            'conviction',
            'Onherroepelijke veroordeling: voortgezet verblijf mogelijk vanaf',
            input.caseOutcomeDate,
            r.legalBasis,
          )
          eligible.push(input.caseOutcomeDate)
        } else if (r !== undefined) {
          t11.notes.push(
            'Na een onherroepelijke veroordeling is voortgezet verblijf mogelijk; geef de datum op (caseOutcomeDate).',
          )
        }
      }
      if (input.prosecutionDecision !== undefined) {
        const r = useRule(t11, 'continued-prosecution-decision', input.prosecutionDecision)
        if (r !== undefined) {
          event(
            t11,
            STEP.continued,
            'prosecution',
            'Vervolgingsbeslissing OM: voortgezet verblijf mogelijk vanaf',
            input.prosecutionDecision,
            r.legalBasis,
          )
          eligible.push(input.prosecutionDecision)
        } else {
          t11.notes.push(
            `De vervolgingsbeslissing van ${input.prosecutionDecision} valt vóór de regel die voortgezet verblijf na een vervolgingsbeslissing mogelijk maakt; de oudere voorwaarden gelden.`,
          )
        }
      }
      if (input.permitGranted !== undefined) {
        const l = limit(STEP.continued, 'continued-three-years')
        if (l !== undefined) {
          const reached = dayAfterPeriod(input.permitGranted, l.value, l.unit)
          const r = useRule(t11, 'continued-three-years', reached)
          const stoppedEarly =
            (input.caseOutcome === 'acquittal' || input.caseOutcome === 'dismissal') &&
            input.caseOutcomeDate !== undefined &&
            input.caseOutcomeDate < reached
          if (r !== undefined && !stoppedEarly) {
            deadline(t11, STEP.continued, 'continued-three-years', input.permitGranted)
            eligible.push(reached)
          } else if (stoppedEarly) {
            t11.notes.push(
              `De strafzaak eindigde op ${input.caseOutcomeDate}, vóór drie jaar op de vergunning (${reached}); de driejaarsregel helpt dan niet.`,
            )
          }
        }
      } else {
        t11.notes.push('De driejaarstermijn wordt berekend zodra de datum van de vergunning bekend is (permitGranted).')
      }
      useRule(t11, 'continued-special-circumstances', asOf)
      t11.notes.push(
        'Anders: bijzondere individuele omstandigheden (represailles, bescherming in het land van herkomst, vervolging daar, kansen op herintegratie).',
      )
    }
    const continuedMax = limit(STEP.continued, 'continued-permit-max')
    if (continuedMax !== undefined) {
      t11.notes.push(
        `De niet-tijdelijke vergunning geldt ten hoogste ${continuedMax.value} jaar (${continuedMax.legalBasis}); tijdens de aanvraag lopen opvang, zorg en voorzieningen door.`,
      )
    }
    const earliest = eligible.sort()[0]
    if (earliest !== undefined) {
      t11.on = earliest
      t11.status = earliest <= asOf ? 'current' : 'upcoming'
    }
  }

  // T15a–d — doorstroom once a permit is held.
  const permitHeld = input.permitGranted !== undefined
  const onPermitPath = !permitBlocked && (cooperates || unable || input.cooperation === undefined)
  if (onPermitPath) {
    draft(STEP.brp, permitHeld ? 'current' : 'upcoming', input.permitGranted)
    draft(STEP.matching, 'upcoming', input.permitGranted)
    draft(STEP.housing, 'upcoming', input.permitGranted)
    draft(STEP.support, 'upcoming', input.permitGranted)
  }

  // T14 — return: expected when the route ends without a permit, otherwise an option.
  const t14 = draft(STEP.returnHome, 'possible')
  if (reflectionEndedWithout || permitBlocked || (input.cooperation === 'declined' && !permitHeld)) {
    t14.status = 'upcoming'
  }

  // P01 — compensation runs in parallel with the criminal case.
  if (cooperates) {
    const p01 = draft(
      STEP.compensation,
      input.caseOutcome === 'conviction' ? 'current' : 'possible',
      input.caseOutcomeDate,
    )
    if (input.caseOutcome === 'conviction' && input.caseOutcomeDate !== undefined) {
      deadline(p01, STEP.compensation, 'cjib-advance-after', input.caseOutcomeDate)
    }
  }

  const steps = [...drafts.entries()]
    .map(([id, d]) => ({ record: stepsById.get(id), d }))
    .filter((x): x is { record: TrajectoryStep; d: Draft } => {
      if (x.record === undefined) {
        warnings.push('Een stap ontbreekt in de gegevens (data/trajectory-steps); de tijdlijn is onvolledig.')
      }
      return x.record !== undefined
    })
    .sort((a, b) => a.record.order - b.record.order)
  const included = new Set(steps.filter((s) => s.d.status !== 'not-applicable').map((s) => s.record.id))
  return {
    applicable: true,
    asOf,
    permitGrounds: grounds,
    steps: steps.map(({ record, d }) => toPlanStep(data, input, record, d, included)),
    warnings: [...new Set(warnings)],
    rules: [...usedRules.values()].map(({ rule }) => ruleSummary(rule)),
  }
}

function ruleSummary(rule: TrajectoryRule): TrajectoryPlan['rules'][number] {
  return {
    id: rule.id,
    name: rule.name,
    legalBasis: rule.legalBasis,
    status: rule.status,
    decisiveDate: rule.decisiveDate,
    ...(rule.validFrom === undefined ? {} : { validFrom: rule.validFrom }),
    ...(rule.validTo === undefined ? {} : { validTo: rule.validTo }),
  }
}

function toPlanStep(
  data: TrajectoryData,
  input: ParsedTrajectoryInput,
  record: TrajectoryStep,
  d: Draft,
  included: ReadonlySet<string>,
): PlanStep {
  const on = d.on ?? input.asOf
  // Rights meant only for the other role (victim or witness who reported) do not show.
  const excluded = new Set(input.witness === true ? (record.onlyFor?.victim ?? []) : (record.onlyFor?.witness ?? []))
  return {
    id: record.id,
    code: record.code,
    name: record.name,
    ...(record.en?.name === undefined ? {} : { nameEn: record.en.name }),
    track: record.track,
    status: d.status,
    summary: record.summary,
    parties: partiesOn(data.parties, record.parties, on).map((p) => ({ id: p.id, name: p.shortName ?? p.name })),
    rights: rightsFor(
      data.rights,
      record.rights.filter((id) => !excluded.has(id)),
      input,
      on,
    ).map((r) => ({ id: r.id, name: r.name })),
    deadlines: [...d.deadlines]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((x) => ({ ...x, passed: x.date < input.asOf })),
    notes: d.notes,
    rules: d.rules.map((r) => ({ id: r.id, name: r.name })),
    legalBasis: record.legalBasis,
    next: record.next.filter((id) => included.has(id)),
    recordStatus: record.status,
    sources: record.sources,
  }
}

/** The parties valid on the date; a renamed party shows under the name it had then. */
function partiesOn(all: readonly Party[], ids: readonly string[], on: string): Party[] {
  const out: Party[] = []
  for (const id of ids) {
    const versions = all.filter((p) => p.id === id)
    const valid = versions.find((p) => isValidOn(p, on))
    if (valid !== undefined) {
      out.push(valid)
    }
  }
  return out
}

/** Rights of a step that hold on the date and whose conditions fit the known facets. */
function rightsFor(all: readonly Right[], ids: readonly string[], input: ParsedTrajectoryInput, on: string): Right[] {
  const out: Right[] = []
  for (const id of ids) {
    const right = all.find((r) => r.id === id && isValidOn(r, on))
    if (right !== undefined && fits(right.conditions, input)) {
      out.push(right)
    }
  }
  return out
}

/** A facet restricts only when the input knows it; unknown facets leave a right in. */
function fits(c: Conditions | undefined, input: ParsedTrajectoryInput): boolean {
  return mayHold(c, trajectoryFacts(input))
}

/** The rights the scope rule names as the route instead of the scheme, valid and fitting the facets. */
function alternativesFor(
  data: TrajectoryData,
  rule: TrajectoryRule | undefined,
  input: ParsedTrajectoryInput,
): NonNullable<TrajectoryPlan['alternatives']> {
  return rightsFor(data.rights, rule?.alternatives ?? [], { ...input, residence: undefined }, input.asOf).map((r) => ({
    id: r.id,
    name: r.name,
    summary: r.summary,
  }))
}
