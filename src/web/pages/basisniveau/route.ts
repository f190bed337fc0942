// SPDX-License-Identifier: EUPL-1.2
// Routes of the basisniveau pages: /basisniveau, the self-scan (/basisniveau/scan, the overview at
// /basisniveau/scan/:token, a section at /basisniveau/scan/:token/onderdeel/:section, /rapport) and
// /basisniveau/overzicht. The scan forms are plain POSTs: same-origin
// check first (ADR 0005), then field validation, then a versioned change — a stale version never
// overwrites the stored scan. Success answers with 303 to the page (post/redirect/get).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../../data/database.ts'
import type { SafeHtml } from '../../html.ts'
import {
  createScan,
  findScan,
  previousPublishedScan,
  publicationHistory,
  publishedScores,
  publishScan,
  updateScanAnswers,
  type Scan,
} from '../../../data/repositories/scan.repository.ts'
import {
  answersSizeProblem,
  carryOver,
  orderedElements,
  replaceAnswers,
  unansweredQuestions,
  unconfirmedQuestions,
} from '../../../domain/basisniveau/answers.ts'
import type { BasisniveauElement } from '../../../domain/basisniveau.ts'
import { buildScanReport } from '../../../domain/basisniveau/report.ts'
import { buildRegionalOverview, summariseScore } from '../../../domain/basisniveau/overview.ts'
import { scoreScan } from '../../../domain/basisniveau/score.ts'
import type { ServerLimits } from '../../../http/limits.ts'
import { currentSession } from '../../../backoffice/guard.ts'
import { allowed, scanRoleOf } from '../../../backoffice/policy.ts'
import { splitLocale, type Locale } from '../../i18n.ts'
import type { PageContext } from '../../page-context.ts'
import type { PagePath } from '../../slugs.ts'
import {
  PageNotFound,
  localeRoutes,
  pageContext,
  pageRoute,
  queryValue,
  sendHtml,
  type NotFoundRenderer,
  type PageRequest,
  type WebDeps,
} from '../../routing.ts'
import { parseScanForm, PUBLISH_KEY_ID, rawFromAnswers, type FieldError, type ParsedScanForm } from './form-input.ts'
import { checkRequestOrigin } from './same-origin.ts'
import { reportPage, overviewPage } from './report-template.ts'
import {
  basisniveauPage,
  forbiddenPage,
  formProblemPage,
  publishedScanPage,
  SCAN_FORM_ID,
  scanOverviewPage,
  scanPath,
  sectionPage,
  sectionPath,
  START_BASIS,
  START_FIELDS,
  startPage,
  type FormNotice,
} from './scan-template.ts'
import {
  elementViews,
  GROUPING_PARAMS,
  municipalityOptions,
  parseGrouping,
  scanProgress,
  sectionSlug,
  type ElementView,
} from './view-model.ts'

/** Scan ids are 24 random bytes in base64url (scan.repository.ts). Anything else cannot exist. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/

/** Posted forms are small (about 50 questions with at most 2000 characters of evidence each). */
const FORM_BODY_LIMIT = 512 * 1024

type PostResult = { readonly status: number; readonly html: SafeHtml } | { readonly redirect: string }
type PostHandler = (ctx: PageContext, request: PageRequest, form: URLSearchParams) => Promise<PostResult>

function localeOf(request: FastifyRequest): Locale {
  return splitLocale(request.url.split('?')[0] ?? '/').locale
}

function postRoute(
  app: FastifyInstance,
  deps: WebDeps,
  path: PagePath,
  handler: PostHandler,
  notFound: NotFoundRenderer,
  limits: ServerLimits,
): void {
  // Every form post writes: limited per client, one budget shared with the API's scan writes.
  const config = { rateLimit: { max: limits.writesPerMinute, timeWindow: 60_000, groupId: 'scan-writes' } }
  for (const [locale, url] of localeRoutes(path)) {
    app.post(url, { config }, async (request, reply) => {
      const ctx = pageContext(deps, locale, request)
      const form = request.body instanceof URLSearchParams ? request.body : new URLSearchParams()
      try {
        const result = await handler(ctx, request as PageRequest, form)
        if ('redirect' in result) {
          return reply.code(303).header('location', result.redirect).header('cache-control', 'no-store').send()
        }
        return sendHtml(reply, result.status, result.html)
      } catch (error) {
        if (error instanceof PageNotFound) {
          return sendHtml(reply, 404, notFound(ctx))
        }
        throw error
      }
    })
  }
}

function municipalityName(ctx: PageContext, code: string): string {
  return ctx.data.byId('municipalities', code)?.name ?? code
}

async function scanOr404(db: Kysely<Database>, token: string | undefined): Promise<Scan> {
  if (token === undefined || !TOKEN.test(token)) {
    throw new PageNotFound()
  }
  const scan = await findScan(db, token)
  if (scan === undefined) {
    throw new PageNotFound()
  }
  return scan
}

/** The section of an element code's slug (bn03), or 404. */
function sectionOr404(ctx: PageContext, slug: string | undefined): BasisniveauElement {
  const element = orderedElements(ctx.data.valid('basisniveau')).find((e) => sectionSlug(e.code) === slug)
  if (element === undefined) {
    throw new PageNotFound()
  }
  return element
}

/**
 * One section's page. `input` is what the person sent (kept on screen after an error or conflict);
 * `stored` is the scan as stored now, for the progress, the carried-over marks and, after a
 * conflict, what someone else saved.
 */
function sectionView(
  ctx: PageContext,
  element: BasisniveauElement,
  stored: Scan,
  notice: FormNotice,
  input?: Pick<ParsedScanForm, 'raw' | 'errors'>,
  conflict = false,
) {
  const elements = ctx.data.valid('basisniveau')
  const raw = input?.raw ?? rawFromAnswers(stored.answers)
  const errors = input?.errors ?? []
  const view = elementViews(
    [element],
    ctx.locale,
    raw,
    errors,
    conflict ? stored.answers : undefined,
    stored.answers,
  )[0] as ElementView
  return sectionPage(ctx, {
    scan: stored,
    municipalityName: municipalityName(ctx, stored.municipality),
    section: view,
    progress: scanProgress(elements, ctx.locale, stored.answers),
    errors,
    notice,
    version: stored.version,
  })
}

/** The draft's overview, with what stops publishing listed per section (each links to its section). */
function overviewView(
  ctx: PageContext,
  scan: Scan,
  notice: FormNotice,
  errors: readonly { fieldId: string; message: string; href?: string }[] = [],
) {
  return scanOverviewPage(ctx, {
    scan,
    municipalityName: municipalityName(ctx, scan.municipality),
    progress: scanProgress(ctx.data.valid('basisniveau'), ctx.locale, scan.answers),
    errors,
    notice,
    version: scan.version,
  })
}

/** Sections with open or unconfirmed questions, as error-summary items linking to them. */
function publishBlockers(ctx: PageContext, scan: Scan) {
  const progress = scanProgress(ctx.data.valid('basisniveau'), ctx.locale, scan.answers)
  return progress.sections
    .filter((s) => s.answered < s.questions || s.unconfirmed > 0)
    .map((s) => ({
      fieldId: `onderdeel-${s.slug}`,
      href: ctx.url(sectionPath(scan.id, s.slug)),
      message: ctx.t.basisniveau.notPublishedSection(s.code, s.name.text, s.questions - s.answered, s.unconfirmed),
    }))
}

/** Field errors of a form posted to the overview, each linking to its question on its section's page. */
function fieldErrorsToSections(ctx: PageContext, scan: Scan, errors: readonly FieldError[]) {
  return errors.map((e) => {
    const slug = e.question === undefined ? undefined : sectionSlug(e.question.split('-')[0] ?? '')
    return {
      fieldId: e.fieldId,
      message: e.message,
      ...(slug === undefined ? {} : { href: `${ctx.url(sectionPath(scan.id, slug))}#${e.fieldId}` }),
    }
  })
}

export async function registerBasisniveauPages(
  app: FastifyInstance,
  deps: WebDeps,
  notFound: NotFoundRenderer,
  db: Kysely<Database>,
  limits: ServerLimits,
): Promise<void> {
  const scoreOf = (ctx: PageContext) => (answers: Scan['answers']) =>
    summariseScore(scoreScan(ctx.data.valid('basisniveau'), answers))

  pageRoute(app, deps, '/basisniveau', (ctx) => basisniveauPage(ctx, ctx.data.valid('basisniveau')), notFound)

  pageRoute(
    app,
    deps,
    '/basisniveau/overzicht',
    async (ctx, request) => {
      const grouping = parseGrouping(queryValue(request, 'per'))
      const param = grouping.ok ? grouping.param : 'riec'
      const published = await publishedScores(db, scoreOf(ctx))
      const data = {
        basisniveau: ctx.data.valid('basisniveau'),
        regions: ctx.data.valid('regions'),
        municipalities: ctx.data.valid('municipalities'),
      }
      const overview = buildRegionalOverview(data, published, GROUPING_PARAMS[param])
      const history = await publicationHistory(db, scoreOf(ctx))
      if (!grouping.ok) {
        return {
          status: 400,
          html: overviewPage(ctx, {
            param,
            overview,
            history,
            error: ctx.t.basisniveau.invalidGrouping(grouping.raw.slice(0, 40)),
            raw: grouping.raw,
          }),
        }
      }
      return overviewPage(ctx, { param, overview, history })
    },
    notFound,
  )

  // Everything below changes or shows a scan: its own scope, so the form parser, the same-origin
  // check and the noindex header apply to these routes only.
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => {
        done(null, new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8')))
      },
    )
    scope.addHook('onRequest', async (request, reply) => {
      // The link is the key to a draft: keep scan pages out of search engines and caches.
      void reply.header('x-robots-tag', 'noindex, nofollow').header('cache-control', 'no-store')
      if (request.method !== 'POST') {
        return
      }
      const verdict = checkRequestOrigin(request)
      if (!verdict.ok) {
        request.log.info({ reason: verdict.reason }, 'refused a cross-site form post')
        const ctx = pageContext(deps, localeOf(request), request)
        return sendHtml(reply, 403, forbiddenPage(ctx))
      }
    })
    // Bodies that are too large or not a form get an HTML answer in the page language, not JSON.
    scope.setErrorHandler((error: FastifyError, request, reply: FastifyReply) => {
      const status = error.statusCode ?? 500
      if (status >= 500) {
        throw error
      }
      const ctx = pageContext(deps, localeOf(request), request)
      return sendHtml(
        reply,
        status,
        formProblemPage(
          ctx,
          status === 413
            ? ctx.t.basisniveau.tooLarge
            : status === 429
              ? ctx.t.basisniveau.tooMany
              : ctx.t.basisniveau.notAForm,
        ),
      )
    })

    pageRoute(
      scope,
      deps,
      '/basisniveau/scan',
      (ctx, request) => {
        const municipalities = municipalityOptions(ctx.data.valid('municipalities'))
        const code = queryValue(request, 'gemeente')
        if (code !== undefined && !municipalities.some((m) => m.id === code)) {
          return {
            status: 400,
            html: startPage(ctx, { municipalities, error: ctx.t.basisniveau.unknownMunicipality(code.slice(0, 20)) }),
          }
        }
        return startPage(ctx, {
          municipalities,
          ...(code === undefined ? {} : { selected: code }),
          fromPublished: queryValue(request, START_FIELDS.basis) === START_BASIS.published,
        })
      },
      notFound,
    )

    postRoute(
      scope,
      deps,
      '/basisniveau/scan',
      async (ctx, _request, form) => {
        const t = ctx.t.basisniveau
        const municipalities = municipalityOptions(ctx.data.valid('municipalities'))
        const code = form.get(START_FIELDS.municipality) ?? ''
        const basis = form.get(START_FIELDS.basis) ?? START_BASIS.empty
        const fromPublished = basis === START_BASIS.published
        const extra = [...form.keys()].find((k) => k !== START_FIELDS.municipality && k !== START_FIELDS.basis)
        const error =
          extra !== undefined
            ? t.unknownField(extra.slice(0, 80))
            : code === ''
              ? t.missingMunicipality
              : municipalities.some((m) => m.id === code)
                ? undefined
                : t.unknownMunicipality(code.slice(0, 20))
        const selected = code === '' ? {} : { selected: code }
        if (error !== undefined) {
          return { status: 400, html: startPage(ctx, { municipalities, error, fromPublished, ...selected }) }
        }
        if (basis !== START_BASIS.empty && !fromPublished) {
          return {
            status: 400,
            html: startPage(ctx, { municipalities, basisError: t.unknownField(START_FIELDS.basis), ...selected }),
          }
        }
        let answers: Scan['answers'] = {}
        if (fromPublished) {
          // "Last year's answers": the latest published scan, copied and marked until confirmed.
          const published = await previousPublishedScan(db, code)
          if (published === undefined || published.publishedAt === null) {
            return {
              status: 400,
              html: startPage(ctx, {
                municipalities,
                basisError: t.noPublishedToStart(municipalityName(ctx, code)),
                fromPublished,
                ...selected,
              }),
            }
          }
          answers = carryOver(ctx.data.valid('basisniveau'), published.answers, published.publishedAt)
        }
        const scan = await createScan(db, { municipality: code, answers })
        return { redirect: ctx.url(scanPath(scan.id)) }
      },
      notFound,
      limits,
    )

    pageRoute(
      scope,
      deps,
      '/basisniveau/scan/:token',
      async (ctx, request) => {
        const scan = await scanOr404(db, request.params.token)
        // Published or withdrawn: read-only, with who published it (and withdrew it).
        if (scan.status !== 'draft') {
          const elements = elementViews(ctx.data.valid('basisniveau'), ctx.locale, rawFromAnswers(scan.answers))
          return publishedScanPage(
            ctx,
            scan,
            municipalityName(ctx, scan.municipality),
            elements,
            queryValue(request, 'gepubliceerd') === '1',
          )
        }
        return overviewView(ctx, scan, queryValue(request, 'opgeslagen') === '1' ? { kind: 'saved' } : { kind: 'none' })
      },
      notFound,
    )

    pageRoute(
      scope,
      deps,
      '/basisniveau/scan/:token/onderdeel/:section',
      async (ctx, request) => {
        const scan = await scanOr404(db, request.params.token)
        const element = sectionOr404(ctx, request.params.section)
        if (scan.status !== 'draft') {
          return { redirect: ctx.url(scanPath(scan.id)) }
        }
        return sectionView(
          ctx,
          element,
          scan,
          queryValue(request, 'opgeslagen') === '1' ? { kind: 'saved' } : { kind: 'none' },
        )
      },
      notFound,
    )

    // Saving one section: only its questions are replaced (a question left without an answer becomes
    // open), and saving confirms its carried-over answers. The version check is the whole scan's.
    postRoute(
      scope,
      deps,
      '/basisniveau/scan/:token/onderdeel/:section',
      async (ctx, request, form) => {
        const scan = await scanOr404(db, request.params.token)
        const element = sectionOr404(ctx, request.params.section)
        const section = element.questions.map((q) => q.id)
        const parsed = parseScanForm(ctx.data.valid('basisniveau'), form, ctx.t.basisniveau, SCAN_FORM_ID, section)
        if (scan.status !== 'draft') {
          return { status: 409, html: sectionView(ctx, element, scan, { kind: 'published-conflict' }, parsed) }
        }
        const errors: FieldError[] =
          parsed.action === 'publiceren'
            ? [...parsed.errors, { fieldId: SCAN_FORM_ID, kind: 'form', message: ctx.t.basisniveau.badAction }]
            : [...parsed.errors]
        if (errors.length > 0 || parsed.version === undefined) {
          // Nothing is saved; the person's input comes back unchanged with the errors.
          const shown = { ...scan, version: parsed.version ?? scan.version }
          return {
            status: 400,
            html: sectionView(ctx, element, shown, { kind: 'invalid' }, { raw: parsed.raw, errors }),
          }
        }
        const answers = replaceAnswers(scan.answers, section, parsed.answers)
        if (answersSizeProblem(answers) !== undefined) {
          return { status: 413, html: formProblemPage(ctx, ctx.t.basisniveau.tooLarge) }
        }
        const change = await updateScanAnswers(db, scan.id, parsed.version, answers)
        if (change.kind === 'not-found') {
          throw new PageNotFound()
        }
        if (change.kind === 'conflict') {
          const current = change.current
          const notice: FormNotice =
            current.status !== 'draft' ? { kind: 'published-conflict' } : { kind: 'conflict', mine: parsed.version }
          return { status: 409, html: sectionView(ctx, element, current, notice, parsed, true) }
        }
        const sections = orderedElements(ctx.data.valid('basisniveau'))
        const next = sections[sections.findIndex((e) => e.code === element.code) + 1]
        const target =
          parsed.action === 'volgende'
            ? next === undefined
              ? scanPath(scan.id)
              : sectionPath(scan.id, sectionSlug(next.code))
            : sectionPath(scan.id, sectionSlug(element.code))
        return { redirect: `${ctx.url(target)}?opgeslagen=1` }
      },
      notFound,
      limits,
    )

    // The overview posts to publish. A form that also carries answers (a script, or an older page)
    // saves those questions first, as one section save would.
    postRoute(
      scope,
      deps,
      '/basisniveau/scan/:token',
      async (ctx, request, form) => {
        let scan = await scanOr404(db, request.params.token)
        const elements = ctx.data.valid('basisniveau')
        const parsed = parseScanForm(elements, form, ctx.t.basisniveau, SCAN_FORM_ID)
        if (scan.status !== 'draft') {
          return { status: 409, html: publishedConflictPage(ctx, scan) }
        }
        if (parsed.errors.length > 0 || parsed.version === undefined) {
          const shown = { ...scan, version: parsed.version ?? scan.version }
          return {
            status: 400,
            html: overviewView(ctx, shown, { kind: 'invalid' }, fieldErrorsToSections(ctx, scan, parsed.errors)),
          }
        }
        let version = parsed.version
        if (parsed.present.size > 0) {
          const answers = replaceAnswers(scan.answers, parsed.present, parsed.answers)
          if (answersSizeProblem(answers) !== undefined) {
            return { status: 413, html: formProblemPage(ctx, ctx.t.basisniveau.tooLarge) }
          }
          const change = await updateScanAnswers(db, scan.id, version, answers)
          if (change.kind === 'not-found') {
            throw new PageNotFound()
          }
          if (change.kind === 'conflict') {
            return overviewConflict(ctx, change.current, version)
          }
          scan = change.scan
          version = scan.version
        } else if (scan.version !== version) {
          return overviewConflict(ctx, scan, version)
        }
        if (parsed.action !== 'publiceren') {
          return { redirect: `${ctx.url(scanPath(scan.id))}?opgeslagen=1` }
        }
        const open = unansweredQuestions(elements, scan.answers).length
        const unconfirmed = unconfirmedQuestions(elements, scan.answers).length
        if (open > 0 || unconfirmed > 0) {
          return {
            status: 400,
            html: overviewView(ctx, scan, { kind: 'not-published', open, unconfirmed }, publishBlockers(ctx, scan)),
          }
        }
        // A published scan speaks for the municipality: an account of it or a national editor
        // (ADR 0032). The back-office session cookie says who; the answers are saved either way.
        const session = await currentSession(db, request)
        const role =
          session !== undefined && allowed(session.account, 'scan.publish', { municipality: scan.municipality })
            ? scanRoleOf(session.account, scan.municipality)
            : undefined
        if (session === undefined || role === undefined) {
          const errors = [{ fieldId: PUBLISH_KEY_ID, message: ctx.t.basisniveau.publishRefused }]
          return {
            status: session === undefined ? 401 : 403,
            html: overviewView(ctx, scan, { kind: 'publish-refused' }, errors),
          }
        }
        const published = await publishScan(db, scan.id, version, scoreOf(ctx), {
          accountId: session.account.id,
          ...role,
        })
        if (published.kind === 'not-found') {
          throw new PageNotFound()
        }
        if (published.kind === 'conflict') {
          return overviewConflict(ctx, published.current, version)
        }
        return { redirect: `${ctx.url(scanPath(scan.id))}?gepubliceerd=1` }
      },
      notFound,
      limits,
    )

    pageRoute(
      scope,
      deps,
      '/basisniveau/scan/:token/rapport',
      async (ctx, request) => {
        const scan = await scanOr404(db, request.params.token)
        const data = {
          basisniveau: ctx.data.valid('basisniveau'),
          barriers: ctx.data.valid('barriers'),
          parties: ctx.data.valid('parties'),
          regions: ctx.data.valid('regions'),
          municipalities: ctx.data.valid('municipalities'),
        }
        const previous = await previousPublishedScan(db, scan.municipality, scan)
        const report = buildScanReport(data, {
          municipality: scan.municipality,
          answers: scan.answers,
          ...(previous === undefined || previous.publishedAt === null
            ? {}
            : { previous: { publishedAt: previous.publishedAt, answers: previous.answers } }),
          published: await publishedScores(db, scoreOf(ctx)),
        })
        return reportPage(ctx, scan, report)
      },
      notFound,
    )
  })
}

/** A stale version on the overview: nothing is published, the stored scan is shown with the notice. */
function overviewConflict(ctx: PageContext, current: Scan, mine: number): PostResult {
  if (current.status !== 'draft') {
    return { status: 409, html: publishedConflictPage(ctx, current) }
  }
  return { status: 409, html: overviewView(ctx, current, { kind: 'conflict', mine }) }
}

/** Someone published the scan meanwhile: its read-only page with the notice and a link to a new scan. */
function publishedConflictPage(ctx: PageContext, scan: Scan) {
  const elements = elementViews(ctx.data.valid('basisniveau'), ctx.locale, rawFromAnswers(scan.answers))
  return publishedScanPage(ctx, scan, municipalityName(ctx, scan.municipality), elements, false, true)
}
