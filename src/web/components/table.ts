// SPDX-License-Identifier: EUPL-1.2
// Data tables with caption and header cells, so screen readers can announce row and column.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'

export interface TableOptions {
  readonly caption: HtmlValue
  readonly head: readonly HtmlValue[]
  /** Each row; the first cell is a row header (th scope="row"). */
  readonly rows: readonly (readonly HtmlValue[])[]
  readonly rowClass?: (index: number) => string | undefined
}

export function table(options: TableOptions): SafeHtml {
  return html`<div class="utrecht-table-container utrecht-table-container--overflow-inline"><table class="utrecht-table utrecht-table--html-table">
<caption class="utrecht-table__caption">${options.caption}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row">${options.head.map((h) => html`<th class="utrecht-table__header-cell" scope="col">${h}</th>`)}</tr></thead>
<tbody class="utrecht-table__body">${options.rows.map((row, i) => {
    const extra = options.rowClass?.(i)
    const cls = extra === undefined ? 'utrecht-table__row' : `utrecht-table__row ${extra}`
    return html`<tr class="${cls}">${row.map((cell, j) =>
      j === 0
        ? html`<th class="utrecht-table__header-cell" scope="row">${cell}</th>`
        : html`<td class="utrecht-table__cell">${cell}</td>`,
    )}</tr>`
  })}</tbody>
</table></div>`
}

export interface DataListItem {
  readonly key: HtmlValue
  readonly value: HtmlValue
}

/** Key–value pairs (contact, kind, status) as a description list. */
export function dataList(items: readonly DataListItem[]): SafeHtml {
  return html`<dl class="utrecht-data-list">${items.map(
    (i) =>
      html`<div class="utrecht-data-list__item"><dt class="utrecht-data-list__item-key">${i.key}</dt><dd class="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">${i.value}</dd></div>`,
  )}</dl>`
}
