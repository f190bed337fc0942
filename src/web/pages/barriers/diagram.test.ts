// SPDX-License-Identifier: EUPL-1.2
// The barrier diagram: columns left to right, escaped text, accessible name and description.
import { describe, expect, it } from 'vitest'
import { municipalDataset } from '../../../../test/helpers/municipal-dataset.ts'
import { buildCatalog } from '../../../domain/catalog/index.ts'
import { wrapText } from '../../components/svg-text.ts'
import { barrierDiagramSvg } from './diagram.ts'
import { barrierModelView } from './view-model.ts'

const labels = {
  title: 'Model <x>',
  description: 'Twee stappen & meer',
  step: (n: number) => `Stap ${n}`,
  municipalMark: 'gemeente',
  partyNames: (id: string) => (id === 'woninginspectie' ? ['Gemeente', 'Politie'] : ['Scholen']),
}

describe('barrierDiagramSvg', () => {
  it('draws one column per step of the general path, and escapes text', () => {
    const view = barrierModelView(buildCatalog(municipalDataset()).on('2025-06-01'), 'nl', 'sexual', false)
    expect(view.steps.map((s) => s.stages.map((st) => st.view.id))).toEqual([['werving'], ['huisvesting']])
    const svg = barrierDiagramSvg(view.steps, labels, 'nl')
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="barrier-diagram-title barrier-diagram-desc"/)
    expect(svg).toContain('<title id="barrier-diagram-title">Model &lt;x&gt;</title>')
    expect(svg).toContain('<desc id="barrier-diagram-desc">Twee stappen &amp; meer</desc>')
    expect(svg).toContain('>Stap 2<')
    // Stap 2 is drawn to the right of Stap 1.
    const x = (text: string) => Number(new RegExp(`<tspan x="([0-9.]+)"[^>]*>${text}<`).exec(svg)?.[1])
    expect(x('Stap 2')).toBeGreaterThan(x('Stap 1'))
    expect(svg).toContain('✓ gemeente')
    expect(svg).not.toContain('style=')
  })

  it('wraps the steps into rows: beside each other in a row, one under the other on a phone', () => {
    const view = barrierModelView(buildCatalog(municipalDataset()).on('2025-06-01'), 'nl', 'labour', false)
    const x = (svg: string, text: string) => Number(new RegExp(`<tspan x="([0-9.]+)"[^>]*>${text}<`).exec(svg)?.[1])
    const y = (svg: string, text: string) =>
      Number(new RegExp(`<tspan x="[0-9.]+" y="([0-9.]+)">${text}<`).exec(svg)?.[1])
    const narrow = barrierDiagramSvg(view.steps, labels, 'nl', { columns: 1, idPrefix: 'n' })
    expect(x(narrow, 'Stap 2')).toBe(x(narrow, 'Stap 1'))
    expect(y(narrow, 'Stap 2')).toBeGreaterThan(y(narrow, 'Stap 1'))
    expect(narrow).toContain('aria-labelledby="n-title n-desc"')
    expect(Number(/width="(\d+)"/.exec(narrow)?.[1])).toBeLessThanOrEqual(343) // a 375 px phone's content
    const file = barrierDiagramSvg(view.steps, labels, 'nl', { columns: 4, idPrefix: 'd', standalone: true })
    expect(file).toMatch(/^<\?xml [^>]*\?>\n<svg [^>]*xml:lang="nl"/)
    expect(file).toContain('<rect width="100%" height="100%" fill="#ffffff"/>')
  })

  it('wraps long names into lines of bounded length', () => {
    expect(wrapText('een twee drie vier vijf', 9)).toEqual(['een twee', 'drie vier', 'vijf'])
    expect(wrapText('', 10)).toEqual([''])
  })
})
