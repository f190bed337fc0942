// SPDX-License-Identifier: EUPL-1.2
// Builds the self-hosted assets once at start-up: one CSS file (the Utrecht components and tokens
// our templates use, cut at build time into vendor/utrecht.css, + our layer + the Noto Sans font),
// the quick-exit script and the icon, each under a content-hashed name so they can be cached for a
// year, and each text asset also compressed (brotli at its best quality, gzip) once, when it is
// first asked for, so a slow phone gets the fewest bytes at no cost per request and the server
// does not spend a second of its start on it. Nothing is fetched from another site.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export type AssetEncoding = 'br' | 'gzip'

export interface Asset {
  readonly body: Buffer
  readonly contentType: string
  /** The same bytes compressed once (on first use), for clients that accept the encoding (text assets only). */
  readonly encoded: Readonly<Partial<Record<AssetEncoding, Buffer>>>
}

export interface AssetBundle {
  /** Public URLs of the assets pages link to. */
  readonly urls: { readonly css: string; readonly js: string; readonly icon: string }
  /** Every servable asset by its path under /assets/. */
  readonly files: ReadonlyMap<string, Asset>
}

const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)

function hashed(name: string, body: Buffer): string {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12)
  const dot = name.lastIndexOf('.')
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`
}

function packageFile(specifier: string): string {
  return require.resolve(specifier)
}

/** The font faces we serve: Latin and Latin Extended cover Dutch and English. */
const FONT_FILES = [
  {
    file: 'noto-sans-latin-wght-normal.woff2',
    range:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    file: 'noto-sans-latin-ext-wght-normal.woff2',
    range:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
] as const

let built: AssetBundle | undefined

export function assetBundle(): AssetBundle {
  if (built === undefined) {
    built = buildAssets()
  }
  return built
}

function buildAssets(): AssetBundle {
  const files = new Map<string, Asset>()
  const add = (name: string, body: Buffer, contentType: string): string => {
    const path = hashed(name, body)
    // woff2 is compressed already; everything else is text.
    files.set(path, { body, contentType, encoded: contentType === 'font/woff2' ? {} : compressedOnFirstUse(body) })
    return `/assets/${path}`
  }

  const fontDir = join(dirname(packageFile('@fontsource-variable/noto-sans/package.json')), 'files')
  const fontFaces = FONT_FILES.map(({ file, range }) => {
    const url = add(`fonts/${file}`, readFileSync(join(fontDir, file)), 'font/woff2')
    return `@font-face{font-family:'Noto Sans Variable';font-style:normal;font-display:swap;font-weight:100 900;src:url(${url}) format('woff2-variations');unicode-range:${range}}`
  })

  const css = [
    fontFaces.join('\n'),
    readFileSync(join(here, 'vendor', 'utrecht.css'), 'utf8'),
    readFileSync(join(here, 'wegwijzer.css'), 'utf8'),
  ].join('\n')
  const cssUrl = add('wegwijzer.css', Buffer.from(css), 'text/css; charset=utf-8')
  const jsUrl = add('quick-exit.js', readFileSync(join(here, 'quick-exit.js')), 'text/javascript; charset=utf-8')
  const iconUrl = add('favicon.svg', readFileSync(join(here, 'favicon.svg')), 'image/svg+xml')
  return { urls: { css: cssUrl, js: jsUrl, icon: iconUrl }, files }
}

/** Both encodings, made together on the first look at either (a getter per encoding). */
function compressedOnFirstUse(body: Buffer): Readonly<Partial<Record<AssetEncoding, Buffer>>> {
  let made: Partial<Record<AssetEncoding, Buffer>> | undefined
  const get = (): Partial<Record<AssetEncoding, Buffer>> => (made ??= precompressed(body))
  return {
    get br() {
      return get().br
    },
    get gzip() {
      return get().gzip
    },
  }
}

/** Brotli at quality 11 and gzip at level 9: slow to make, but made once per start. */
function precompressed(body: Buffer): Partial<Record<AssetEncoding, Buffer>> {
  const br = brotliCompressSync(body, {
    params: {
      [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
      [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
      [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  })
  const gzip = gzipSync(body, { level: 9 })
  // Tiny files can grow when compressed: then only the plain bytes are served.
  return {
    ...(br.length < body.length ? { br } : {}),
    ...(gzip.length < body.length ? { gzip } : {}),
  }
}

/**
 * The encoding to send for an Accept-Encoding header, among those `asset` has: brotli before
 * gzip, never one the client refuses with q=0. Undefined means the plain bytes.
 */
export function chooseEncoding(acceptEncoding: string | undefined, asset: Asset): AssetEncoding | undefined {
  if (acceptEncoding === undefined) {
    return undefined
  }
  const accepted = new Set<string>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim())
    const q = params.find((p) => p.startsWith('q='))
    if (name !== '' && (q === undefined || Number(q.slice(2)) > 0)) {
      accepted.add(name)
    }
  }
  for (const encoding of ['br', 'gzip'] as const) {
    if (asset.encoded[encoding] !== undefined && (accepted.has(encoding) || accepted.has('*'))) {
      return encoding
    }
  }
  return undefined
}
