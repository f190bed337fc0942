// SPDX-License-Identifier: EUPL-1.2
// The document shell of every page: the quick-exit bar first, then the stylesheet (so the exit is
// shown and works before the stylesheet has arrived on a slow line), skip link, header with the
// language switch, the main navigation (collapsed behind "Menu" on small screens, without
// JavaScript), footer. No inline script or style: everything comes from /assets/.
import { html, type HtmlValue, type SafeHtml } from '../html.ts'
import { localePath, type Locale } from '../i18n.ts'
import type { PageContext } from '../page-context.ts'
import { englishPath, type PagePath } from '../slugs.ts'

/** A neutral site to leave for; a weather site gives nothing away on a shared screen. */
export const QUICK_EXIT_URL = 'https://www.weeronline.nl/'

/**
 * Pages a possible victim or a bystander reads: on these, and on the way to them, moving around
 * the site replaces the history entry (quick-exit.js), so Back after leaving does not return here.
 * Language-neutral: the script strips a two-letter language prefix (/en, /pl, /ar …) first.
 */
export const PRIVATE_PATHS = [
  '/hulp',
  '/hulp/rechten',
  '/hulp/aangifte',
  '/hulp/veilig',
  '/hulp/kaart',
  '/ik-zie-iets',
  '/veilig-internetten',
] as const satisfies readonly PagePath[]

/** The private pages under both their Dutch and their English words, for quick-exit.js. */
const PRIVATE_PATH_LIST = [...PRIVATE_PATHS, ...PRIVATE_PATHS.map(englishPath)].join(' ')

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

/** The texts of the exit bar, in the page's language. */
export interface QuickExitTexts {
  readonly label: string
  readonly hint: string
  readonly shortcut: string
  readonly presses: string
  readonly leaving: string
}

/**
 * The quick exit: a bar at the top of every page that takes its own room (never over content), with
 * one link that works without JavaScript. The script adds Shift x3 and the texts it speaks. Shared
 * with the layout of the victim pages in other languages (layouts/victim-page.ts).
 */
export function exitBar(t: QuickExitTexts): SafeHtml {
  return html`<div class="wgw-exit" data-exit-bar data-private-paths="${PRIVATE_PATH_LIST}" data-presses-text="${t.presses}" data-leaving-text="${t.leaving}">
<div class="wgw-container wgw-exit__bar">
<a class="wgw-exit__link" href="${QUICK_EXIT_URL}" rel="noreferrer" data-quick-exit aria-describedby="quick-exit-hint">${t.label}</a>
<span class="wgw-visually-hidden" id="quick-exit-hint">${t.hint}</span>
<span class="wgw-exit__keys" id="quick-exit-keys" data-exit-hint hidden>${t.shortcut}</span>
<span class="wgw-exit__status" data-exit-status role="status"></span>
</div>
</div>`
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
<link rel="icon" href="${ctx.assets.icon}" type="image/svg+xml">
<link rel="alternate" hreflang="${other}" href="${switchHref}">
<script src="${ctx.assets.js}" defer></script>
</head>
<body class="utrecht-document utrecht-document--surface">
${exitBar(ctx.t.quickExit)}
<link rel="stylesheet" href="${ctx.assets.css}">
<a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">${t.skipLink}</a>
<header class="wgw-header">
<div class="wgw-container wgw-header__bar">
<a class="wgw-header__brand" href="${ctx.url('/')}">${t.siteName}</a>
<a class="utrecht-link wgw-header__lang" href="${switchHref}" lang="${other}" hreflang="${other}">${t.languageSwitch.other}</a>
</div>
</header>
<nav class="wgw-nav" aria-label="${t.mainNavLabel}">
<details class="wgw-nav__menu">
<summary class="wgw-nav__toggle"><span class="wgw-container wgw-nav__toggle-text">${t.menu}</span></summary>
<ul class="wgw-container wgw-nav__list">${NAV.map(
    (n) =>
      html`<li><a class="utrecht-link" href="${ctx.url(n.path)}"${page.nav === n.key ? html` aria-current="page"` : ''}>${t.nav[n.key]}</a></li>`,
  )}</ul>
</details>
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
