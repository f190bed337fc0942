// SPDX-License-Identifier: EUPL-1.2
// Routes of the basisniveau pages: /basisniveau, the self-scan (/basisniveau/scan, /basisniveau/scan/
// :token and its /rapport) and /basisniveau/overzicht. The scan forms are plain POSTs: same-origin
// check first (ADR 0005), then field validation, then a versioned change — a stale version never
// overwrites the stored scan. Success answers with 303 to the page (post/redirect/get).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../../../data/database.ts'
import {
  createScan,
  findScan,
  previousPublishedScan,
  publishedScores,
  publishScan,
  updateScanAnswers,
  type Scan,
} from '../../../data/repositories/scan.repository.ts'
import { answersSizeProblem, unansweredQuestions } from '../../../domain/basisniveau/answers.ts'
import { buildScanReport } from '../../../domain/basisniveau/report.ts'
import { buildRegionalOverview, summariseScore } from '../../../domain/basisniveau/overview.ts'
import { scoreScan } from '../../../domain/basisniveau/score.ts'
import type { ServerLimits } from '../../../http/limits.ts'
import { authorisePublish, type ScanPublishers } from '../../../domain/basisniveau/publishers.ts'
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
import {
  answerId,
  parseScanForm,
  PUBLISH_KEY_FIELD,
  PUBLISH_KEY_ID,
  questionLabel,
  rawFromAnswers,
  type FieldError,
  type ParsedScanForm,
} from './form-input.ts'
import { checkSameOrigin } from './same-origin.ts'
import { reportPage, overviewPage } from './report-template.ts'
import {
  basisniveauPage,
  forbiddenPage,
  formProblemPage,
  publishedScanPage,
  SCAN_FORM_ID,
  scanFormPage,
  scanPath,
  startPage,
  type FormNotice,
} from './scan-template.ts'
import { elementViews, GROUPING_PARAMS, municipalityOptions, parseGrouping } from './view-model.ts'

/** Scan ids are 24 random bytes in base64url (scan.repository.ts). Anything else cannot exist. */
const TOKEN = /^[A-Za-z0-9_-]{32}$/

/** Posted forms are small (about 50 questions with at most 2000 characters of evidence each). */
const FORM_BODY_LIMIT = 512 * 1024

type PostResult =
  { readonly status: number; readonly html: ReturnType<typeof scanFormPage> } | { readonly redirect: string }
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

function formPage(
  ctx: PageContext,
  scan: Scan,
  parsed: Pick<ParsedScanForm, 'raw' | 'errors'>,
  notice: FormNotice,
  version: number,
  stored?: Scan,
) {
  const elements = elementViews(ctx.data.valid('basisniveau'), ctx.locale, parsed.raw, parsed.errors, stored?.answers)
  return scanFormPage(ctx, {
    scan: stored ?? scan,
    municipalityName: municipalityName(ctx, scan.municipality),
    elements,
    errors: parsed.errors,
    notice,
    version,
  })
}

function savedScanPage(ctx: PageContext, scan: Scan, notice: FormNotice, errors: readonly FieldError[] = []) {
  return formPage(ctx, scan, { raw: rawFromAnswers(scan.answers), errors }, notice, scan.version)
}

export async function registerBasisniveauPages(
  app: FastifyInstance,
  deps: WebDeps,
  notFound: NotFoundRenderer,
  db: Kysely<Database>,
  limits: ServerLimits,
  publishers: ScanPublishers,
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
      if (!grouping.ok) {
        return {
          status: 400,
          html: overviewPage(ctx, {
            param,
            overview,
            error: ctx.t.basisniveau.invalidGrouping(grouping.raw.slice(0, 40)),
            raw: grouping.raw,
          }),
        }
      }
      return overviewPage(ctx, { param, overview })
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
      const header = (name: string): string | undefined => {
        const v = request.headers[name]
        return Array.isArray(v) ? v[0] : v
      }
      const verdict = checkSameOrigin(
        { secFetchSite: header('sec-fetch-site'), origin: header('origin'), referer: header('referer') },
        request.host,
      )
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
        return startPage(ctx, { municipalities, ...(code === undefined ? {} : { selected: code }) })
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
        const code = form.get('gemeente') ?? ''
        const extra = [...form.keys()].find((k) => k !== 'gemeente')
        const error =
          extra !== undefined
            ? t.unknownField(extra.slice(0, 80))
            : code === ''
              ? t.missingMunicipality
              : municipalities.some((m) => m.id === code)
                ? undefined
                : t.unknownMunicipality(code.slice(0, 20))
        if (error !== undefined) {
          return {
            status: 400,
            html: startPage(ctx, { municipalities, error, ...(code === '' ? {} : { selected: code }) }),
          }
        }
        const scan = await createScan(db, { municipality: code, answers: {} })
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
        if (scan.status === 'published') {
          const elements = elementViews(ctx.data.valid('basisniveau'), ctx.locale, rawFromAnswers(scan.answers))
          return publishedScanPage(
            ctx,
            scan,
            municipalityName(ctx, scan.municipality),
            elements,
            queryValue(request, 'gepubliceerd') === '1',
          )
        }
        return savedScanPage(
          ctx,
          scan,
          queryValue(request, 'opgeslagen') === '1' ? { kind: 'saved' } : { kind: 'none' },
        )
      },
      notFound,
    )

    postRoute(
      scope,
      deps,
      '/basisniveau/scan/:token',
      async (ctx, request, form) => {
        const scan = await scanOr404(db, request.params.token)
        const elements = ctx.data.valid('basisniveau')
        const parsed = parseScanForm(elements, form, ctx.t.basisniveau, SCAN_FORM_ID)
        if (scan.status === 'published') {
          return { status: 409, html: formPage(ctx, scan, parsed, { kind: 'published-conflict' }, scan.version) }
        }
        if (answersSizeProblem(parsed.answers) !== undefined) {
          return { status: 413, html: formProblemPage(ctx, ctx.t.basisniveau.tooLarge) }
        }
        if (parsed.errors.length > 0 || parsed.version === undefined) {
          // Nothing is saved; the person's input comes back unchanged with the errors.
          return { status: 400, html: formPage(ctx, scan, parsed, { kind: 'invalid' }, parsed.version ?? scan.version) }
        }
        const change = await updateScanAnswers(db, scan.id, parsed.version, parsed.answers)
        if (change.kind === 'not-found') {
          throw new PageNotFound()
        }
        if (change.kind === 'conflict') {
          return conflict(ctx, scan, parsed, parsed.version, change.current)
        }
        const saved = change.scan
        if (parsed.action === 'opslaan') {
          return { redirect: `${ctx.url(scanPath(saved.id))}?opgeslagen=1` }
        }
        const open = unansweredQuestions(elements, saved.answers)
        if (open.length > 0) {
          const errors: FieldError[] = open.map((q) => ({
            fieldId: answerId(q),
            question: q,
            kind: 'answer',
            message: ctx.t.basisniveau.unanswered(questionLabel(q)),
          }))
          return { status: 400, html: savedScanPage(ctx, saved, { kind: 'saved-but-open', open: open.length }, errors) }
        }
        // A published scan speaks for the municipality: its key or a national editor's (ADR 0024).
        const allowed = authorisePublish(publishers, saved.municipality, form.get(PUBLISH_KEY_FIELD) ?? undefined)
        if (!allowed.ok) {
          const errors: FieldError[] = [
            { fieldId: PUBLISH_KEY_ID, kind: 'form', message: ctx.t.basisniveau.publishRefused },
          ]
          return { status: allowed.status, html: savedScanPage(ctx, saved, { kind: 'publish-refused' }, errors) }
        }
        const published = await publishScan(db, saved.id, saved.version, scoreOf(ctx))
        if (published.kind === 'not-found') {
          throw new PageNotFound()
        }
        if (published.kind === 'conflict') {
          return conflict(ctx, scan, parsed, saved.version, published.current)
        }
        return { redirect: `${ctx.url(scanPath(saved.id))}?gepubliceerd=1` }
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

/** A stale version: keep the person's input on screen, show what is stored now, store nothing. */
function conflict(ctx: PageContext, scan: Scan, parsed: ParsedScanForm, mine: number, current: Scan): PostResult {
  if (current.status === 'published') {
    return { status: 409, html: formPage(ctx, scan, parsed, { kind: 'published-conflict' }, current.version, current) }
  }
  return { status: 409, html: formPage(ctx, scan, parsed, { kind: 'conflict', mine }, current.version, current) }
}
