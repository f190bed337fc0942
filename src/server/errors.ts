// SPDX-License-Identifier: EUPL-1.2
// The catalogue of API error codes. Every error the API returns has one shape:
//   {"error": {"code", "message", "details": [{"path", "message", "code"?, "params"?}]}}
// Each code is documented in docs/errors.md; a test keeps the two in step.

export interface ErrorDetail {
  /** Where the problem is: a JSON pointer into the body, or the name of a query field. */
  readonly path: string
  readonly message: string
  /** For a refused scenario: the problem's code and parameters; `message` is then in the answer's language. */
  readonly code?: string
  readonly params?: object
}

export const ERROR_CODES = {
  WGW_VALIDATION: { status: 400, message: 'The request is invalid.' },
  WGW_BAD_JSON: { status: 400, message: 'The request body is not valid JSON.' },
  WGW_UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: 'The request body must be JSON (Content-Type: application/json).',
  },
  WGW_BODY_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  WGW_UNAUTHENTICATED: { status: 401, message: 'This needs a credential; none was sent or it is not known.' },
  WGW_FORBIDDEN: { status: 403, message: 'Your credential does not allow this.' },
  WGW_NOT_FOUND: { status: 404, message: 'The resource does not exist.' },
  WGW_METHOD_NOT_ALLOWED: { status: 405, message: 'This method is not allowed on this resource.' },
  WGW_NOT_ACCEPTABLE: { status: 406, message: 'The requested representation is not available.' },
  WGW_CONFLICT: { status: 409, message: 'The resource was changed by someone else; reload and try again.' },
  WGW_PRECONDITION_REQUIRED: {
    status: 428,
    message: 'This change needs the version you edited (the version field of the body).',
  },
  WGW_REQUEST_TIMEOUT: {
    status: 408,
    message: 'The request did not arrive in time; send it again, in one go.',
  },
  WGW_RATE_LIMITED: { status: 429, message: 'Too many changes from your address; try again later.' },
  WGW_HEADERS_TOO_LARGE: { status: 431, message: 'The request headers are too large.' },
  WGW_INTERNAL: { status: 500, message: 'Something went wrong on our side.' },
  WGW_OVERLOADED: {
    status: 503,
    message: 'The server is too busy right now; try again in a few seconds.',
  },
  WGW_SEARCH_UNAVAILABLE: {
    status: 503,
    message: 'Search is not available until the dataset has been imported into the database.',
  },
} as const satisfies Record<string, { status: number; message: string }>

export type ErrorCode = keyof typeof ERROR_CODES

/** An error the API answers with; anything else that escapes a handler is a bug (WGW_INTERNAL). */
export class ApiError extends Error {
  override readonly name = 'ApiError'
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code].message,
    readonly details: readonly ErrorDetail[] = [],
  ) {
    super(message)
    this.status = ERROR_CODES[code].status
  }

  /** The status under the name Fastify and its plugins read. */
  get statusCode(): number {
    return this.status
  }

  toJSON(): { error: { code: ErrorCode; message: string; details: readonly ErrorDetail[] } } {
    return { error: { code: this.code, message: this.message, details: this.details } }
  }
}

export const notFound = (what: string, id: string): ApiError =>
  new ApiError('WGW_NOT_FOUND', `${what} '${id}' does not exist.`, [{ path: 'id', message: `no ${what} with this id` }])

export const invalid = (details: readonly ErrorDetail[], message = 'The request is invalid.'): ApiError =>
  new ApiError('WGW_VALIDATION', message, details)
