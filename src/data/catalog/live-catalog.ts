// SPDX-License-Identifier: EUPL-1.2
// The catalogue an instance serves, swapped whole when a new dataset version is published. On
// PostgreSQL every instance listens for the import's notification (LISTEN/NOTIFY), so an import
// through any instance or the CLI reaches all of them; on SQLite there is one process, and the
// publisher refreshes it (ADR 0012).
import type { Kysely } from 'kysely'
import type { Catalog, CatalogSource } from '../../domain/catalog/index.ts'
import type { Database } from '../database.ts'
import type { DatabaseConfig } from '../dialect.ts'
import { listenForDatasets, type Listener } from '../notifications.ts'
import { latestImport } from '../repositories/dataset.repository.ts'
import { readServedCatalog } from './served-catalog.ts'

export interface LiveCatalogOptions {
  /** Told about every swap (for the log). */
  readonly onSwap?: (next: Catalog, previous: Catalog) => void
  /** Told about failures to listen or to read a new version; the current catalogue stays served. */
  readonly onError?: (error: unknown) => void
}

export class LiveCatalog implements CatalogSource {
  #catalog: Catalog
  #importId: string | undefined
  #queue: Promise<boolean> = Promise.resolve(false)
  #listener: Listener | undefined

  private constructor(
    private readonly db: Kysely<Database>,
    first: { catalog: Catalog; importId: string | undefined },
    private readonly options: LiveCatalogOptions,
  ) {
    this.#catalog = first.catalog
    this.#importId = first.importId
  }

  /** Reads the served version and, on PostgreSQL, starts following new ones. */
  static async open(
    db: Kysely<Database>,
    config: DatabaseConfig,
    options: LiveCatalogOptions = {},
  ): Promise<LiveCatalog> {
    const live = new LiveCatalog(db, await readServedCatalog(db), options)
    if (config.engine === 'postgresql') {
      live.#listener = listenForDatasets(config.connectionString, {
        onNotify: () => void live.refresh(),
        onError: (error) => options.onError?.(error),
      })
    }
    return live
  }

  current(): Catalog {
    return this.#catalog
  }

  /**
   * Serves the newest import when it is not the one served: reads it in one snapshot, builds its
   * catalogue and swaps. Refreshes run one after another; true when this one swapped.
   */
  refresh(): Promise<boolean> {
    this.#queue = this.#queue.then(
      () => this.#load(),
      () => this.#load(),
    )
    return this.#queue.catch((error: unknown) => {
      this.options.onError?.(error)
      return false
    })
  }

  async #load(): Promise<boolean> {
    const latest = await latestImport(this.db)
    if (latest === undefined || latest.id === this.#importId) {
      return false
    }
    const next = await readServedCatalog(this.db)
    const previous = this.#catalog
    this.#catalog = next.catalog
    this.#importId = next.importId
    this.options.onSwap?.(next.catalog, previous)
    return true
  }

  /** Stops listening; the last catalogue stays readable. */
  async close(): Promise<void> {
    await this.#listener?.close()
    this.#listener = undefined
  }
}
