// SPDX-License-Identifier: EUPL-1.2
// The document shell of every page: language, skip link, header with quick exit and language
// switch, main navigation, footer. No inline script or style: everything comes from /assets/.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'
import { localePath, type Locale } from '../i18n.ts'
import type { PageContext } from '../page-context.ts'

/** A neutral site to leave for; a weather site gives nothing away on a shared screen. */
export const QUICK_EXIT_URL = 'https://www.weeronline.nl/'

export type NavKey =
  | 'home'
  | 'route'
  | 'search'
  | 'organogram'
  | 'parties'
  | 'rights'
  | 'signals'
  | 'municipalities'
  | 'barriers'
  | 'basisniveau'

export interface Crumb {
  readonly href: string
  readonly label: HtmlValue
}

export interface PageOptions {
  readonly title: string
  readonly body: SafeHtml
  readonly nav?: NavKey
  readonly breadcrumbs?: readonly Crumb[]
  /** Short description for search engines and link previews. */
  readonly description?: string
}

const NAV: readonly { key: NavKey; path: string }[] = [
  { key: 'home', path: '/' },
  { key: 'route', path: '/situatie' },
  { key: 'organogram', path: '/organogram' },
  { key: 'parties', path: '/organisaties' },
  { key: 'rights', path: '/rechten' },
  { key: 'signals', path: '/signalen' },
  { key: 'municipalities', path: '/gemeenten' },
  { key: 'barriers', path: '/barrieremodel' },
  { key: 'basisniveau', path: '/basisniveau' },
  { key: 'search', path: '/zoeken' },
]

function otherLocale(locale: Locale): Locale {
  return locale === 'nl' ? 'en' : 'nl'
}

function breadcrumbNav(ctx: PageContext, crumbs: readonly Crumb[]): SafeHtml {
  return html`<nav class="utrecht-breadcrumb-nav" aria-label="${ctx.t.breadcrumbLabel}"><ol class="utrecht-breadcrumb-nav__list utrecht-breadcrumb-nav__list--html-ol">${crumbs.map(
    (c) =>
      html`<li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link utrecht-link" href="${c.href}">${c.label}</a></li>`,
  )}</ol></nav>`
}

export function renderPage(ctx: PageContext, page: PageOptions): SafeHtml {
  const t = ctx.t
  const other = otherLocale(ctx.locale)
  const switchHref = localePath(other, ctx.path) + ctx.search
  const fullTitle = page.title === t.siteName ? t.siteName : `${page.title} – ${t.siteName}`
  return html`<!DOCTYPE html>
<html lang="${ctx.locale}" class="utrecht-theme">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${fullTitle}</title>
${page.description === undefined ? '' : html`<meta name="description" content="${page.description}">`}
<link rel="stylesheet" href="${ctx.assets.css}">
<link rel="icon" href="${ctx.assets.icon}" type="image/svg+xml">
<link rel="alternate" hreflang="${other}" href="${switchHref}">
<script src="${ctx.assets.js}" defer></script>
</head>
<body class="utrecht-document utrecht-document--surface">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">${t.skipLink}</a>
<header class="wgw-header">
<div class="wgw-container wgw-header__bar">
<a class="wgw-header__brand" href="${ctx.url('/')}">${t.siteName}</a>
<div class="wgw-header__tools">
<a class="utrecht-link wgw-header__lang" href="${switchHref}" lang="${other}" hreflang="${other}">${t.languageSwitch.other}</a>
<a class="wgw-quick-exit" href="${QUICK_EXIT_URL}" rel="noreferrer" data-quick-exit aria-describedby="quick-exit-hint">${t.quickExit.label}</a>
<span class="wgw-visually-hidden" id="quick-exit-hint">${t.quickExit.hint}</span>
</div>
</div>
</header>
<nav class="wgw-nav" aria-label="${t.mainNavLabel}">
<ul class="wgw-container wgw-nav__list">${NAV.map(
    (n) =>
      html`<li><a class="utrecht-link" href="${ctx.url(n.path)}"${page.nav === n.key ? html` aria-current="page"` : ''}>${t.nav[n.key]}</a></li>`,
  )}</ul>
</nav>
<main id="inhoud" class="wgw-container" tabindex="-1">
${page.breadcrumbs === undefined || page.breadcrumbs.length === 0 ? '' : breadcrumbNav(ctx, page.breadcrumbs)}
${page.body}
</main>
<footer class="wgw-footer utrecht-page-footer">
<div class="wgw-container utrecht-page-footer__content">
<p class="utrecht-paragraph">${t.footer.about}</p>
<p class="utrecht-paragraph">${t.footer.privacy} <a class="utrecht-link" href="${ctx.url('/veilig-internetten')}">${t.footer.safeBrowsing}</a></p>
<p class="utrecht-paragraph">${t.footer.sourceCode}</p>
</div>
</footer>
</body>
</html>
`
}
