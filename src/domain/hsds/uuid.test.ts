// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest'
import { HSDS_NAMESPACE, NAMESPACE_DNS, NAMESPACE_URL, hsdsId, isUuid, uuidv5 } from './uuid.ts'

describe('uuidv5', () => {
  it('gives the published version 5 examples', () => {
    // RFC 9562 (which obsoletes RFC 4122) Appendix A.4: name "www.example.com" in the DNS namespace.
    expect(uuidv5('www.example.com', NAMESPACE_DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
    // The Python documentation's example, uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org').
    expect(uuidv5('python.org', NAMESPACE_DNS)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d')
    // Checked against Python's uuid module: non-ASCII names are hashed as UTF-8.
    expect(uuidv5('http://example.com/ünïcode', NAMESPACE_URL)).toBe('333fcdf9-7925-5fdc-8514-de60e13ce945')
  })

  it('sets version 5 and the RFC 4122 variant', () => {
    for (const name of ['a', 'organization:comensha', '', 'x'.repeat(1000)]) {
      const id = uuidv5(name, HSDS_NAMESPACE)
      expect(isUuid(id)).toBe(true)
      expect(id[14]).toBe('5')
      expect(['8', '9', 'a', 'b']).toContain(id[19])
    }
  })

  it('is deterministic and tells names apart', () => {
    expect(hsdsId('organization:comensha')).toBe(hsdsId('organization:comensha'))
    expect(hsdsId('organization:comensha')).not.toBe(hsdsId('organization:comensha '))
  })

  it('keeps the project namespace that every published id depends on', () => {
    expect(uuidv5('urn:wegwijzer-mensenhandel:hsds', NAMESPACE_URL)).toBe(HSDS_NAMESPACE)
    // A published id: changing the namespace or the key scheme would change it.
    expect(hsdsId('organization:comensha')).toBe('b9f4bb15-ea4f-5fae-be03-7951edec1014')
  })

  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidv5('a', 'not-a-uuid')).toThrow('not a UUID')
  })
})
