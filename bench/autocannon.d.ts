// SPDX-License-Identifier: EUPL-1.2
// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  export interface Histogram {
    readonly average: number
    readonly mean: number
    readonly p50: number
    readonly p99: number
    readonly max: number
  }
  export interface RawRequest {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string | Buffer
  }
  export interface RequestSpec {
    readonly method?: string
    readonly path?: string
    readonly headers?: Readonly<Record<string, string>>
    readonly body?: string | Buffer
    readonly setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest
  }
  export interface Result {
    readonly requests: Histogram & { readonly total: number }
    readonly latency: Histogram
    readonly throughput: Histogram
    readonly errors: number
    readonly non2xx: number
    readonly timeouts: number
    readonly resets?: number
    readonly statusCodeStats?: Readonly<Record<string, { readonly count: number }>>
  }
  export interface Options {
    readonly url: string
    readonly connections?: number
    readonly duration?: number
    readonly amount?: number
    readonly pipelining?: number
    readonly overallRate?: number
    readonly timeout?: number
    readonly headers?: Readonly<Record<string, string>>
    readonly requests?: readonly RequestSpec[]
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
