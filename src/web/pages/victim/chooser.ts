// SPDX-License-Identifier: EUPL-1.2
// The language chooser of the victim pages: every language in its own name and script, each link
// marked with its language and direction so a screen reader pronounces it right, the current one
// marked as such. A plain list of links: it works without JavaScript and stores nothing.
import { TEXT_LANGUAGES, RTL_LANGUAGES, type TextLanguage } from '../../../domain/languages.ts'
import { VICTIM_MESSAGES } from '../../../messages/victim/index.ts'
import { html, type SafeHtml } from '../../html.ts'
import { victimPath, type VictimPage } from './paths.ts'

export function languageChooser(current: TextLanguage, page: VictimPage, label: string): SafeHtml {
  return html`<nav class="wgw-languages" aria-label="${label}">
<ul class="wgw-languages__list">${TEXT_LANGUAGES.map((lang) => {
    const dir = RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr'
    const name = VICTIM_MESSAGES[lang].languageName
    return html`<li><a class="utrecht-link" href="${victimPath(lang, page)}" lang="${lang}" hreflang="${lang}" dir="${dir}"${
      lang === current ? html` aria-current="page"` : ''
    }>${name}</a></li>`
  })}</ul>
</nav>`
}
