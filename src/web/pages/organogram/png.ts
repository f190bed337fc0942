// SPDX-License-Identifier: EUPL-1.2
// PNG download of the organogram, rasterised on the server by resvg (a Rust SVG renderer shipped
// as a prebuilt npm package). It renders on libuv's thread pool (renderAsync), so a render never
// blocks the event loop. Optional: when the package is not installed, the PNG route and link are
// left out rather than faked (see docs/adr/0006-organogram-png-resvg.md).

export type SvgToPng = (svg: string) => Promise<Buffer>

/** Pixels per SVG unit: twice the screen size, sharp enough to print the chart on A3. */
export const PNG_ZOOM = 2

interface RenderOptions {
  fitTo?: { mode: 'zoom'; value: number }
  font?: { loadSystemFonts?: boolean; defaultFontFamily?: string }
}

interface ResvgModule {
  renderAsync: (svg: string, options?: RenderOptions) => Promise<{ asPng(): Buffer }>
}

// A variable specifier keeps TypeScript from requiring the package at compile time.
const RESVG_PACKAGE = '@resvg/resvg-js'

/** The rasteriser, or undefined when @resvg/resvg-js is not installed. */
export async function loadPngRenderer(): Promise<SvgToPng | undefined> {
  try {
    const mod = (await import(RESVG_PACKAGE)) as Partial<ResvgModule> & { default?: Partial<ResvgModule> }
    const renderAsync = mod.renderAsync ?? mod.default?.renderAsync
    if (renderAsync === undefined) {
      return undefined
    }
    const options: RenderOptions = {
      fitTo: { mode: 'zoom', value: PNG_ZOOM },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    }
    return async (svg) => (await renderAsync(svg, options)).asPng()
  } catch {
    return undefined
  }
}
