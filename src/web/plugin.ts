// SPDX-License-Identifier: EUPL-1.2
// The web layer as one Fastify plugin: security headers, self-hosted assets and every page type,
// Dutch at the root and English under /en. Register it with the dataset the pages should show.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.ts'
import type { SearchService } from '../data/search/search-service.ts'
import type { Catalog } from '../domain/catalog/index.ts'
import { DEFAULT_LIMITS, type ServerLimits } from '../http/limits.ts'
import { todayInAmsterdam } from '../domain/validity.ts'
import { assetBundle, chooseEncoding } from './assets/bundle.ts'
import { splitLocale } from './i18n.ts'
import { englishRedirect } from './slugs.ts'
import { pageContext, sendHtml, type WebDeps } from './routing.ts'
import { applySecurityHeaders } from './security-headers.ts'
import { notFoundPage } from './pages/not-found/template.ts'
import { registerHomePage } from './pages/home/route.ts'
import { registerEntrancePages } from './pages/entrances/route.ts'
import { PREFIXED_LANGUAGES, registerVictimPages } from './pages/victim/route.ts'
import { victimNotFoundPage } from './pages/victim/templates.ts'
import { registerPartyPages } from './pages/parties/route.ts'
import { registerPhasePages } from './pages/phases/route.ts'
import { registerRightPages } from './pages/rights/route.ts'
import { registerSignalPages } from './pages/signals/route.ts'
import { registerMunicipalityPages } from './pages/municipalities/route.ts'
import { registerOrganogramPages } from './pages/organogram/route.ts'
import { registerBarrierPages } from './pages/barriers/route.ts'
import { registerBasisniveauPages } from './pages/basisniveau/route.ts'
import { registerAnalysisPage } from './pages/analysis/route.ts'
import { registerWizardPage } from './pages/wizard/route.ts'
import { registerRoutePage } from './pages/route/route.ts'
import { registerSearchPage } from './pages/search/route.ts'
import { registerTrajectoryPages } from './pages/trajectory/route.ts'
import { registerDoorstroomPage } from './pages/doorstroom/route.ts'

export interface WebPluginOptions {
  /** The catalogue to show; called per request so a new dataset version shows without restart. */
  readonly catalog: () => Catalog
  /** Today's date for validity in time (default: today in Europe/Amsterdam). */
  readonly today?: () => string
  /** Storage for the basisniveau self-scan; without it those pages are not registered. */
  readonly db?: Kysely<Database>
  /** The search service over the imported index (one per app); without it the search page is not registered. */
  readonly search?: SearchService
  /** Rate limits of the self-scan forms (default: DEFAULT_LIMITS). */
  readonly limits?: ServerLimits
}

const ONE_YEAR = 31_536_000

export async function webPlugin(app: FastifyInstance, options: WebPluginOptions): Promise<void> {
  const deps: WebDeps = {
    catalog: options.catalog,
    today: options.today ?? (() => todayInAmsterdam()),
    assets: assetBundle(),
  }
  app.addHook('onRequest', async (request, reply) => applySecurityHeaders(request, reply))

  app.get<{ Params: { '*': string } }>('/assets/*', async (request, reply) => {
    const asset = deps.assets.files.get(request.params['*'])
    if (asset === undefined) {
      return sendHtml(reply, 404, notFoundPage(pageContext(deps, 'nl', '/')))
    }
    // Names carry a content hash, so a changed file gets a new URL: cache for a year. Text assets
    // go out compressed ahead of time (bundle.ts); server-wide compression leaves them alone.
    const encoding = chooseEncoding(request.headers['accept-encoding'], asset)
    reply
      .header('content-type', asset.contentType)
      .header('cache-control', `public, max-age=${ONE_YEAR}, immutable`)
      .header('vary', 'accept-encoding')
    if (encoding === undefined) {
      return reply.send(asset.body)
    }
    return reply.header('content-encoding', encoding).send(asset.encoded[encoding])
  })

  registerHomePage(app, deps, notFoundPage)
  registerEntrancePages(app, deps, notFoundPage)
  registerVictimPages(app, deps, notFoundPage)
  registerPartyPages(app, deps, notFoundPage)
  registerPhasePages(app, deps, notFoundPage)
  registerRightPages(app, deps, notFoundPage)
  registerSignalPages(app, deps, notFoundPage)
  registerMunicipalityPages(app, deps, notFoundPage)
  await registerOrganogramPages(app, deps, notFoundPage)
  await registerBarrierPages(app, deps, notFoundPage)
  if (options.db !== undefined) {
    await registerBasisniveauPages(app, deps, notFoundPage, options.db, options.limits ?? DEFAULT_LIMITS)
  }
  registerAnalysisPage(app, deps, notFoundPage)
  registerWizardPage(app, deps, notFoundPage)
  registerRoutePage(app, deps, notFoundPage)
  // Search reads the index that the import builds in the database.
  if (options.search !== undefined) {
    registerSearchPage(app, deps, notFoundPage, options.search)
  }
  registerTrajectoryPages(app, deps, notFoundPage)
  registerDoorstroomPage(app, deps, notFoundPage)
}

/**
 * The HTML 404 for paths outside the API. The app's single not-found handler calls this for
 * non-API paths (Fastify allows one not-found handler per prefix). An English page asked for by
 * its old Dutch address (/en/rechten/x) is sent to its English one (/en/rights/x) with 308, which
 * keeps the method, so a form posted to an old address still arrives.
 */
export function webNotFoundHandler(
  options: WebPluginOptions,
): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const deps: WebDeps = {
    catalog: options.catalog,
    today: options.today ?? (() => todayInAmsterdam()),
    assets: assetBundle(),
  }
  return (request, reply) => {
    applySecurityHeaders(request, reply)
    const q = request.url.indexOf('?')
    const path = q === -1 ? request.url : request.url.slice(0, q)
    const moved = path.startsWith('/en/') ? englishRedirect(path.slice(3)) : undefined
    if (moved !== undefined) {
      // Only the matched pattern and re-encoded ids make the address: never another site.
      return reply
        .header('cache-control', 'no-store')
        .redirect(`/en${moved}${q === -1 ? '' : request.url.slice(q)}`, 308)
    }
    // Under a victim language's prefix the reader may not read Dutch or English: answer in theirs.
    const victimLanguage = PREFIXED_LANGUAGES.find((l) => path === `/${l}` || path.startsWith(`/${l}/`))
    if (victimLanguage !== undefined) {
      return sendHtml(reply, 404, victimNotFoundPage(pageContext(deps, 'en', request), victimLanguage))
    }
    const { locale } = splitLocale(path)
    return sendHtml(reply, 404, notFoundPage(pageContext(deps, locale, request)))
  }
}
