// SPDX-License-Identifier: EUPL-1.2
// The document shell of the victim pages in the languages besides Dutch and English (issue 15):
// the exit bar labelled in the page's language first, `lang` and `dir` on <html>, no site menu (the
// rest of the site has no texts in these languages; the victim pages link to each other at the end
// of the page, so the heading and the first action fill a phone's first screen), a short footer.
import { RTL_LANGUAGES, TEXT_LANGUAGES } from '../../domain/languages.ts'
import type { VictimMessages } from '../../messages/victim/index.ts'
import { html, type SafeHtml } from '../html.ts'
import type { PageContext } from '../page-context.ts'
import { victimPath, type VictimPage } from '../pages/victim/paths.ts'
import { exitBar } from './page.ts'

export interface VictimPageOptions {
  readonly page: VictimPage
  readonly title: string
  readonly body: SafeHtml
}

export function renderVictimPage(ctx: PageContext, v: VictimMessages, options: VictimPageOptions): SafeHtml {
  const dir = RTL_LANGUAGES.has(v.lang) ? 'rtl' : 'ltr'
  return html`<!DOCTYPE html>
<html lang="${v.lang}" dir="${dir}" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${options.title} – ${v.siteName}</title>
<link rel="icon" href="${ctx.assets.icon}" type="image/svg+xml">
${TEXT_LANGUAGES.filter((l) => l !== v.lang).map(
  (l) => html`<link rel="alternate" hreflang="${l}" href="${victimPath(l, options.page)}">
`,
)}<script src="${ctx.assets.js}" defer></script>
</head>
<body class="utrecht-document utrecht-document--surface">
${exitBar(v.quickExit)}
<link rel="stylesheet" href="${ctx.assets.css}">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">${v.skipLink}</a>
<header class="wgw-header">
<div class="wgw-container wgw-header__bar">
<a class="wgw-header__brand" href="${victimPath(v.lang, 'help')}">${v.siteName}</a>
</div>
</header>
<main id="inhoud" class="wgw-container" tabindex="-1">
${options.body}
</main>
<footer class="wgw-footer utrecht-page-footer">
<div class="wgw-container utrecht-page-footer__content">
<p class="utrecht-paragraph">${v.footer}</p>
</div>
</footer>
</body>
</html>
`
}
