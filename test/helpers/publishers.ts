// SPDX-License-Identifier: EUPL-1.2
// Publication keys the test apps accept (ADR 0024): one for Amersfoort (GM0307), one national.
import { hashPublishKey, type ScanPublishers } from '../../src/domain/basisniveau/publishers.ts'

export const TEST_KEY_AMERSFOORT = 'test-publicatiesleutel-amersfoort'
export const TEST_KEY_NATIONAL = 'test-publicatiesleutel-landelijk'

export const TEST_PUBLISHERS: ScanPublishers = {
  keys: [
    { scope: 'GM0307', sha256: hashPublishKey(TEST_KEY_AMERSFOORT) },
    { scope: 'national', sha256: hashPublishKey(TEST_KEY_NATIONAL) },
  ],
}

/** The header a national editor's client sends when publishing. */
export const NATIONAL_AUTH = { authorization: `Bearer ${TEST_KEY_NATIONAL}` }
