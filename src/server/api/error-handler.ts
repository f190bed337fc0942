// SPDX-License-Identifier: EUPL-1.2
// Maps everything that can go wrong in an API request to the one error shape of the catalogue.
// Anything a client can cause becomes a 4xx with details; only our own bugs become a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { ApiError, type ErrorDetail } from '../errors.ts'

interface AjvLikeError {
  instancePath?: string
  keyword?: string
  message?: string
  params?: Record<string, unknown>
}

/** Turns Fastify's schema-validation errors into details that name the field. */
export function validationDetails(error: FastifyError): ErrorDetail[] {
  const context = error.validationContext ?? 'body'
  return (error.validation ?? []).map((v: AjvLikeError) => {
    const params = v.params ?? {}
    let path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.')
    let message = v.message ?? 'is invalid'
    if (v.keyword === 'additionalProperties') {
      path = [path, String(params['additionalProperty'])].filter((s) => s !== '').join('.')
      message = 'unknown field'
    } else if (v.keyword === 'required') {
      path = [path, String(params['missingProperty'])].filter((s) => s !== '').join('.')
      message = 'is required'
    } else if (v.keyword === 'enum') {
      message = `must be one of: ${(params['allowedValues'] as unknown[] | undefined)?.join(', ') ?? ''}`
    }
    return { path: context === 'body' ? `/${path.replace(/\./g, '/')}` : path === '' ? context : path, message }
  })
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) {
    return error
  }
  const e = error as Partial<FastifyError>
  if (Array.isArray(e.validation)) {
    return new ApiError('WGW_VALIDATION', 'The request is invalid.', validationDetails(e as FastifyError))
  }
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('WGW_UNSUPPORTED_MEDIA_TYPE')
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError('WGW_BODY_TOO_LARGE')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('WGW_BAD_JSON', 'The request body is empty.', [{ path: '/', message: 'send a JSON object' }])
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new ApiError('WGW_VALIDATION', 'The Content-Length header does not match the body.', [
        { path: 'content-length', message: 'does not match the body' },
      ])
    default:
      break
  }
  if (
    error instanceof SyntaxError ||
    e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    (e.statusCode === 400 && /JSON/i.test(e.message ?? ''))
  ) {
    return new ApiError('WGW_BAD_JSON', 'The request body is not valid JSON.', [
      { path: '/', message: e.message ?? 'invalid JSON' },
    ])
  }
  if (e.statusCode === 404) {
    return new ApiError('WGW_NOT_FOUND')
  }
  if (e.statusCode === 405) {
    return new ApiError('WGW_METHOD_NOT_ALLOWED')
  }
  if (e.statusCode === 429) {
    return new ApiError('WGW_RATE_LIMITED')
  }
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) {
    return new ApiError('WGW_VALIDATION', e.message ?? 'The request is invalid.')
  }
  return new ApiError('WGW_INTERNAL')
}

export async function apiErrorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const apiError = toApiError(error)
  if (apiError.code === 'WGW_INTERNAL') {
    request.log.error({ err: error }, 'unhandled error in API request')
  }
  await reply.status(apiError.status).type('application/json; charset=utf-8').send(apiError.toJSON())
}
