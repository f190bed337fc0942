// SPDX-License-Identifier: EUPL-1.2
// Routes of the victim pages (issue 15). Dutch and English through pageRoute (/hulp, /en/hulp …);
// every other victim language under its prefix (/pl/hulp …), with /pl and /pl/ leading to its
// help page and /hulp?lang=pl to the same: the language lives in the URL, never in a cookie.
import type { FastifyInstance } from 'fastify'
import { VICTIM_LANGUAGES, isTextLanguage, type TextLanguage } from '../../../domain/languages.ts'
import {
  pageContext,
  pageRoute,
  queryValue,
  sendHtml,
  type NotFoundRenderer,
  type PageRequest,
  type WebDeps,
} from '../../routing.ts'
import type { PageContext } from '../../page-context.ts'
import { neutralVictimPath, victimPath } from './paths.ts'
import {
  victimCardPage,
  victimHelpPage,
  victimReportPage,
  victimRightsPage,
  victimSafePage,
  type CardFormat,
} from './templates.ts'

/** Victim languages with their own prefix: all but English, which has the whole site under /en. */
export const PREFIXED_LANGUAGES = VICTIM_LANGUAGES.filter((l) => l !== 'en')

function cardFormat(request: PageRequest): CardFormat {
  return queryValue(request, 'format') === 'a6' ? 'a6' : 'a4'
}

export function registerVictimPages(app: FastifyInstance, deps: WebDeps, notFound: NotFoundRenderer): void {
  // Dutch and English: the site's layout and language switch.
  pageRoute(
    app,
    deps,
    '/hulp',
    (ctx, request) => {
      const chosen = queryValue(request, 'lang')
      if (chosen !== undefined && isTextLanguage(chosen) && chosen !== ctx.locale) {
        return { redirect: victimPath(chosen, 'help') }
      }
      return victimHelpPage(ctx, ctx.locale)
    },
    notFound,
  )
  pageRoute(app, deps, neutralVictimPath('rights'), (ctx) => victimRightsPage(ctx, ctx.locale), notFound)
  pageRoute(app, deps, neutralVictimPath('report'), (ctx) => victimReportPage(ctx, ctx.locale), notFound)
  pageRoute(
    app,
    deps,
    neutralVictimPath('card'),
    (ctx, request) => victimCardPage(ctx, ctx.locale, cardFormat(request)),
    notFound,
  )
  // Dutch and English have their fuller safe-browsing page; /hulp/veilig leads there.
  pageRoute(app, deps, neutralVictimPath('safe'), (ctx) => ({ redirect: victimPath(ctx.locale, 'safe') }), notFound)

  // The other languages: their own layout, the data read as on an English page.
  const pages: readonly [
    string,
    (ctx: PageContext, lang: TextLanguage, request: PageRequest) => ReturnType<typeof victimHelpPage>,
  ][] = [
    [neutralVictimPath('help'), (ctx, lang) => victimHelpPage(ctx, lang)],
    [neutralVictimPath('rights'), (ctx, lang) => victimRightsPage(ctx, lang)],
    [neutralVictimPath('report'), (ctx, lang) => victimReportPage(ctx, lang)],
    [neutralVictimPath('safe'), (ctx, lang) => victimSafePage(ctx, lang)],
    [neutralVictimPath('card'), (ctx, lang, request) => victimCardPage(ctx, lang, cardFormat(request))],
  ]
  for (const lang of PREFIXED_LANGUAGES) {
    for (const [path, render] of pages) {
      app.get(`/${lang}${path}`, async (request, reply) => {
        const ctx = pageContext(deps, 'en', request)
        return sendHtml(reply, 200, render(ctx, lang, request as PageRequest))
      })
    }
    for (const root of [`/${lang}`, `/${lang}/`]) {
      app.get(root, async (_request, reply) =>
        reply.code(303).header('cache-control', 'no-store').redirect(victimPath(lang, 'help')),
      )
    }
  }
}
