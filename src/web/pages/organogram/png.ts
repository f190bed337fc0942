// SPDX-License-Identifier: EUPL-1.2
// PNG download of the organogram, rasterised on the server by resvg (a Rust SVG renderer shipped
// as a prebuilt npm package). Optional: when the package is not installed, the PNG route and link
// are left out rather than faked (see docs/adr/0006-organogram-png-resvg.md).

export type SvgToPng = (svg: string) => Buffer

interface ResvgModule {
  Resvg: new (
    svg: string,
    options?: {
      fitTo?: { mode: 'width'; value: number }
      font?: { loadSystemFonts?: boolean; defaultFontFamily?: string }
    },
  ) => { render(): { asPng(): Buffer } }
}

// A variable specifier keeps TypeScript from requiring the package at compile time.
const RESVG_PACKAGE = '@resvg/resvg-js'

/** The rasteriser, or undefined when @resvg/resvg-js is not installed. */
export async function loadPngRenderer(): Promise<SvgToPng | undefined> {
  try {
    const mod = (await import(RESVG_PACKAGE)) as Partial<ResvgModule> & { default?: Partial<ResvgModule> }
    const Resvg = mod.Resvg ?? mod.default?.Resvg
    if (Resvg === undefined) {
      return undefined
    }
    return (svg) =>
      new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng()
  } catch {
    return undefined
  }
}
