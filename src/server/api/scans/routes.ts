// SPDX-License-Identifier: EUPL-1.2
// The basisniveau self-scan: create a draft, read, change answers with a version check, publish,
// report; the regional overview and CSV export of published scans. Whoever holds a draft's id
// can edit it, so drafts are never listed and never cached; publishing and withdrawing need an
// account of the scan's municipality or of a national editor (ADR 0032). Every publication is kept:
// the overview shows each municipality's latest with its history.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { AppContext } from '../../app.ts'
import { ApiError, invalid, notFound, type ErrorDetail } from '../../errors.ts'
import type { Dataset } from '../../../domain/entities.ts'
import {
  answerProblems,
  answersSizeProblem,
  carryOver,
  normaliseAnswers,
  unansweredQuestions,
  unconfirmedQuestions,
  type ScanAnswers,
} from '../../../domain/basisniveau/answers.ts'
import { scoreScan } from '../../../domain/basisniveau/score.ts'
import { buildScanReport } from '../../../domain/basisniveau/report.ts'
import { buildRegionalOverview, summariseScore, type ScoreSummary } from '../../../domain/basisniveau/overview.ts'
import { publishedScansCsv } from '../../../domain/basisniveau/csv.ts'
import type { BasisniveauElement } from '../../../domain/basisniveau.ts'
import {
  createScan,
  findScan,
  previousPublishedScan,
  publishedScores,
  publicationHistory,
  publishScan,
  updateScanAnswers,
  withdrawScan,
  type Scan,
  type ScanChange,
} from '../../../data/repositories/scan.repository.ts'
import type { ServerLimits } from '../../../http/limits.ts'
import type { PublicationView } from '../../../domain/basisniveau/publications.ts'
import { scanPublisherOrThrow } from './publisher.ts'
import type { ErrorCode } from '../../errors.ts'
import {
  CreateScanBody,
  OverviewQuery,
  PublishScanBody,
  PublicationsQuery,
  PublicationsSchema,
  RegionalOverviewSchema,
  ScanParams,
  ScanReport,
  ScanResource,
  UpdateScanBody,
  WithdrawScanBody,
  checkBody,
} from './schema.ts'

/** Where the web page of a scan lives; the API returns it so clients can share the link. */
export const scanLink = (id: string): string => `/basisniveau/scan/${id}`

export function presentScan(scan: Scan, dataset: Dataset) {
  const municipality = dataset.municipalities.find((m) => m.id === scan.municipality)
  return {
    id: scan.id,
    link: scanLink(scan.id),
    municipality: { code: scan.municipality, name: municipality?.name ?? null },
    status: scan.status,
    version: scan.version,
    answers: scan.answers,
    score: scoreScan(dataset.basisniveau, scan.answers),
    createdAt: scan.createdAt,
    updatedAt: scan.updatedAt,
    publishedAt: scan.publishedAt,
    publication:
      scan.publisher === null || scan.publishedAt === null
        ? null
        : {
            role: scan.publisher.role,
            organisation: scan.publisher.role === 'municipality' ? scan.publisher.scope : null,
            withdrawnAt: scan.withdrawal?.at ?? null,
            withdrawnReason: scan.withdrawal?.reason ?? null,
          },
  }
}

/** Checks answers against the schema result and the current questions, and caps their size. */
export function answersOrThrow(dataset: Dataset, answers: ScanAnswers | undefined): ScanAnswers {
  const value = answers ?? {}
  const problems = answerProblems(dataset.basisniveau, value)
  if (problems.length > 0) {
    throw invalid(problems, 'Some answers refer to questions that do not exist.')
  }
  const normalised = normaliseAnswers(value)
  const tooLarge = answersSizeProblem(normalised)
  if (tooLarge !== undefined) {
    throw invalid([tooLarge], 'The answers are too large to keep.')
  }
  return normalised
}

/** How a published scan's score is kept (see publishedScores): scored against today's questions. */
export const scoreSummaryOf =
  (elements: readonly BasisniveauElement[]) =>
  (answers: ScanAnswers): ScoreSummary =>
    summariseScore(scoreScan(elements, answers))

/** Route options of every write: rate-limited per client, all writes sharing one budget. */
export function writeLimit(limits: ServerLimits) {
  return { rateLimit: { max: limits.writesPerMinute, timeWindow: 60_000, groupId: 'scan-writes' } }
}

/** Error codes a write can answer with besides the usual ones (documented in OpenAPI). */
const WRITE_ERRORS: readonly ErrorCode[] = ['WGW_RATE_LIMITED']
const PUBLISH_ERRORS: readonly ErrorCode[] = [
  'WGW_UNAUTHENTICATED',
  'WGW_FORBIDDEN',
  'WGW_NOT_FOUND',
  'WGW_CONFLICT',
  'WGW_PRECONDITION_REQUIRED',
  'WGW_RATE_LIMITED',
]
const VERSIONED_WRITE_ERRORS: readonly ErrorCode[] = [
  'WGW_NOT_FOUND',
  'WGW_CONFLICT',
  'WGW_PRECONDITION_REQUIRED',
  'WGW_RATE_LIMITED',
]

export function conflictError(current: Scan, attempted: number): ApiError {
  if (current.status === 'withdrawn') {
    return new ApiError('WGW_CONFLICT', 'This scan was published and then withdrawn; start a new scan.', [
      { path: '/status', message: 'the scan is withdrawn' },
    ])
  }
  if (current.status === 'published') {
    return new ApiError(
      'WGW_CONFLICT',
      'This scan is published and can no longer be changed; start a new scan to update it.',
      [{ path: '/status', message: 'the scan is published' }],
    )
  }
  return new ApiError(
    'WGW_CONFLICT',
    'Someone else changed this scan after you opened it; reload it, check the answers and save again.',
    [{ path: '/version', message: `you edited version ${attempted}, the stored version is ${current.version}` }],
  )
}

export function changeOrThrow(change: ScanChange, id: string, attempted: number): Scan {
  if (change.kind === 'not-found') {
    throw notFound('scan', id)
  }
  if (change.kind === 'conflict') {
    throw conflictError(change.current, attempted)
  }
  return change.scan
}

/** Why a draft cannot be published yet: open questions, and answers carried over but not confirmed. */
export function missingAnswerDetails(dataset: Dataset, answers: ScanAnswers): ErrorDetail[] {
  return [
    ...unansweredQuestions(dataset.basisniveau, answers).map((id) => ({
      path: `/answers/${id}`,
      message: 'not answered yet',
    })),
    ...unconfirmedQuestions(dataset.basisniveau, answers).map((id) => ({
      path: `/answers/${id}/carriedFrom`,
      message: `carried over from the scan published on ${answers[id]?.carriedFrom ?? '?'} and not confirmed yet; send the answer without carriedFrom to confirm it`,
    })),
  ]
}

/**
 * The answers a new scan starts with: those sent, or with `startFrom: latest-published` the
 * municipality's latest published answers, marked as carried over until confirmed.
 */
async function startingAnswers(ctx: AppContext, dataset: Dataset, body: CreateScanBody): Promise<ScanAnswers> {
  if (body.startFrom === undefined) {
    return answersOrThrow(dataset, body.answers)
  }
  if (body.answers !== undefined) {
    throw invalid([{ path: '/answers', message: 'send either answers or startFrom, not both' }])
  }
  const published = await previousPublishedScan(ctx.db, body.municipality)
  if (published === undefined || published.publishedAt === null) {
    throw invalid([
      {
        path: '/startFrom',
        message: `${body.municipality} has no published scan to start from; start an empty scan instead`,
      },
    ])
  }
  return carryOver(dataset.basisniveau, published.answers, published.publishedAt)
}

function noStore(reply: FastifyReply): void {
  void reply.header('cache-control', 'no-store')
}

export async function scansRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  const scored = (dataset: Dataset) => publishedScores(ctx.db, scoreSummaryOf(dataset.basisniveau))
  const history = (dataset: Dataset, municipality?: string) =>
    publicationHistory(ctx.db, scoreSummaryOf(dataset.basisniveau), municipality)

  app.get<{ Querystring: PublicationsQuery }>(
    '/scans/publications',
    {
      schema: {
        summary: 'Every publication of the self-scan per municipality, withdrawn ones included',
        querystring: PublicationsQuery,
        response: { 200: PublicationsSchema },
      },
    },
    async (request) => {
      const dataset = ctx.catalog().dataset
      const code = request.query.municipality
      if (code !== undefined && !dataset.municipalities.some((m) => m.id === code)) {
        throw invalid([{ path: '/municipality', message: `no municipality with CBS code ${code}` }])
      }
      const byMunicipality = await history(dataset, code)
      return {
        municipalities: [...byMunicipality].map(([municipality, publications]) => ({
          code: municipality,
          name: dataset.municipalities.find((m) => m.id === municipality)?.name ?? null,
          publications,
        })),
      }
    },
  )

  app.post(
    '/scans',
    {
      config: writeLimit(ctx.limits),
      schema: {
        summary: 'Start a self-scan (draft)',
        requestBody: CreateScanBody,
        response: { 201: ScanResource },
        errors: WRITE_ERRORS,
      },
    },
    async (request, reply) => {
      const body = checkBody(CreateScanBody, request.body)
      if (!body.ok) {
        throw invalid(body.details)
      }
      const dataset = ctx.catalog().dataset
      if (!dataset.municipalities.some((m) => m.id === body.value.municipality)) {
        throw invalid([{ path: '/municipality', message: `no municipality with CBS code ${body.value.municipality}` }])
      }
      const answers = await startingAnswers(ctx, dataset, body.value)
      const scan = await createScan(ctx.db, { municipality: body.value.municipality, answers })
      noStore(reply)
      return reply.status(201).header('location', `/api/v1/scans/${scan.id}`).send(presentScan(scan, dataset))
    },
  )

  app.get<{ Querystring: OverviewQuery }>(
    '/scans/overview',
    { schema: { querystring: OverviewQuery, response: { 200: RegionalOverviewSchema } } },
    async (request) => {
      const dataset = ctx.catalog().dataset
      return withHistory(
        buildRegionalOverview(dataset, await scored(dataset), request.query.by ?? 'riec'),
        await history(dataset),
      )
    },
  )

  app.get('/scans.csv', async (_request, reply) => {
    const dataset = ctx.catalog().dataset
    const published = await scored(dataset)
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="basisniveau-scans.csv"')
      .send(publishedScansCsv(dataset, published))
  })

  app.get<{ Params: ScanParams }>(
    '/scans/:id',
    { schema: { params: ScanParams, response: { 200: ScanResource } } },
    async (request, reply) => {
      const scan = await findScan(ctx.db, request.params.id)
      if (scan === undefined) {
        throw notFound('scan', request.params.id)
      }
      noStore(reply)
      return presentScan(scan, ctx.catalog().dataset)
    },
  )

  app.put<{ Params: ScanParams }>(
    '/scans/:id',
    {
      config: writeLimit(ctx.limits),
      schema: {
        params: ScanParams,
        requestBody: UpdateScanBody,
        response: { 200: ScanResource },
        errors: VERSIONED_WRITE_ERRORS,
      },
    },
    async (request, reply) => {
      const body = checkBody(UpdateScanBody, request.body)
      if (!body.ok) {
        throw invalid(body.details)
      }
      if (body.value.version === undefined) {
        throw new ApiError('WGW_PRECONDITION_REQUIRED', undefined, [
          { path: '/version', message: 'send the version you edited' },
        ])
      }
      const dataset = ctx.catalog().dataset
      const answers = answersOrThrow(dataset, body.value.answers)
      const scan = changeOrThrow(
        await updateScanAnswers(ctx.db, request.params.id, body.value.version, answers),
        request.params.id,
        body.value.version,
      )
      noStore(reply)
      return presentScan(scan, dataset)
    },
  )

  app.post<{ Params: ScanParams }>(
    '/scans/:id/publish',
    {
      config: writeLimit(ctx.limits),
      schema: {
        params: ScanParams,
        requestBody: PublishScanBody,
        response: { 200: ScanResource },
        errors: PUBLISH_ERRORS,
      },
    },
    async (request, reply) => {
      // Anonymous publishing is refused before anything else (ADR 0032); drafts stay open by link.
      const current = await findScan(ctx.db, request.params.id)
      const publisher = await scanPublisherOrThrow(ctx.db, request, 'scan.publish', current?.municipality)
      if (current === undefined || publisher === undefined) {
        throw notFound('scan', request.params.id)
      }
      const body = checkBody(PublishScanBody, request.body ?? {})
      if (!body.ok) {
        throw invalid(body.details)
      }
      if (body.value.version === undefined) {
        throw new ApiError('WGW_PRECONDITION_REQUIRED', undefined, [
          { path: '/version', message: 'send the version you are publishing' },
        ])
      }
      const dataset = ctx.catalog().dataset
      if (current.status === 'draft' && current.version === body.value.version) {
        const missing = missingAnswerDetails(dataset, current.answers)
        if (missing.length > 0) {
          throw invalid(
            missing,
            `Answer and confirm every question before publishing; ${missing.length} still open or not confirmed.`,
          )
        }
      }
      const scan = changeOrThrow(
        await publishScan(
          ctx.db,
          request.params.id,
          body.value.version,
          scoreSummaryOf(dataset.basisniveau),
          publisher,
        ),
        request.params.id,
        body.value.version,
      )
      noStore(reply)
      return presentScan(scan, dataset)
    },
  )

  app.post<{ Params: ScanParams }>(
    '/scans/:id/withdraw',
    {
      config: writeLimit(ctx.limits),
      schema: {
        summary: 'Withdraw a published self-scan (its municipality or a national editor)',
        params: ScanParams,
        requestBody: WithdrawScanBody,
        response: { 200: ScanResource },
        errors: PUBLISH_ERRORS,
      },
    },
    async (request, reply) => {
      const current = await findScan(ctx.db, request.params.id)
      const withdrawer = await scanPublisherOrThrow(ctx.db, request, 'scan.withdraw', current?.municipality)
      if (current === undefined || withdrawer === undefined) {
        throw notFound('scan', request.params.id)
      }
      const body = checkBody(WithdrawScanBody, request.body ?? {})
      if (!body.ok) {
        throw invalid(body.details)
      }
      const dataset = ctx.catalog().dataset
      const change = await withdrawScan(
        ctx.db,
        current.id,
        { accountId: withdrawer.accountId, reason: body.value.reason.trim() },
        scoreSummaryOf(dataset.basisniveau),
      )
      if (change.kind === 'conflict' && change.current.status === 'draft') {
        throw new ApiError('WGW_CONFLICT', 'Only a published scan can be withdrawn; this one is a draft.', [
          { path: '/status', message: 'the scan is a draft' },
        ])
      }
      const scan = changeOrThrow(change, current.id, current.version)
      noStore(reply)
      return presentScan(scan, dataset)
    },
  )

  app.get<{ Params: ScanParams }>(
    '/scans/:id/report',
    { schema: { params: ScanParams, response: { 200: ScanReport } } },
    async (request, reply) => {
      const scan = await findScan(ctx.db, request.params.id)
      if (scan === undefined) {
        throw notFound('scan', request.params.id)
      }
      noStore(reply)
      const dataset = ctx.catalog().dataset
      const previous = await previousPublishedScan(ctx.db, scan.municipality, scan)
      return {
        id: scan.id,
        status: scan.status,
        version: scan.version,
        ...buildScanReport(dataset, {
          municipality: scan.municipality,
          answers: scan.answers,
          ...(previous === undefined || previous.publishedAt === null
            ? {}
            : { previous: { publishedAt: previous.publishedAt, answers: previous.answers } }),
          published: await scored(dataset),
        }),
      }
    },
  )
}

/** The overview with, for each municipality's latest publication, all its publications (newest first). */
function withHistory<
  O extends { readonly regions: readonly { readonly scans: readonly { readonly municipality: string }[] }[] },
>(overview: O, history: ReadonlyMap<string, readonly PublicationView[]>): O {
  return {
    ...overview,
    regions: overview.regions.map((region) => ({
      ...region,
      scans: region.scans.map((scan) => {
        const all = history.get(scan.municipality) ?? []
        const latest = all.find((p) => p.withdrawnAt === null)
        return {
          ...scan,
          publisher: latest === undefined ? null : { role: latest.role, organisation: latest.organisation },
          history: all,
        }
      }),
    })),
  }
}
