// SPDX-License-Identifier: EUPL-1.2
// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Histogram {
    readonly average: number
    readonly mean: number
    readonly p50: number
    readonly p99: number
    readonly max: number
  }
  interface Result {
    readonly requests: Histogram & { readonly total: number }
    readonly latency: Histogram
    readonly throughput: Histogram
    readonly errors: number
    readonly non2xx: number
    readonly timeouts: number
  }
  interface Options {
    readonly url: string
    readonly connections?: number
    readonly duration?: number
    readonly pipelining?: number
    readonly requests?: readonly { readonly method?: string; readonly path?: string }[]
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
