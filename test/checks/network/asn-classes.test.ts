import { beforeAll, describe, expect, test } from 'vitest'
import { ASN_ENTRIES, HOSTING_ORG_KEYWORDS, HOSTING_ORG_PREFIXES } from '../../../src/checks/network/asn-classes.js'
import { networkCheck, type NetworkData } from '../../../src/checks/network/index.js'
import { orgOfAsn } from '../../../src/checks/network/ip-table.js'

let data: NetworkData
beforeAll(async () => {
  data = await networkCheck.prepare({})
})

describe('curated ASN list', () => {
  test('no ASN is listed twice', () => {
    const asns = ASN_ENTRIES.map((e) => e.asn)
    expect(new Set(asns).size).toBe(asns.length)
  })
  test.each(ASN_ENTRIES.map((e) => [e.asn, e.class, e.org, e] as const))('AS%i (%s) is still "%s" in the embedded data', (asn, _cls, org, entry) => {
    expect(orgOfAsn(data.tables, asn) ?? '').toMatch(new RegExp(`^${org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'))
    expect(entry.note.length).toBeGreaterThan(3)
  })
  test('org prefixes and keywords do not classify the curated consumer and mobile networks as hosting', () => {
    for (const entry of ASN_ENTRIES.filter((e) => e.class === 'consumer' || e.class === 'mobile')) {
      const org = orgOfAsn(data.tables, entry.asn) ?? ''
      expect(HOSTING_ORG_PREFIXES.some((p) => org.startsWith(p.prefix)), org).toBe(false)
      expect(HOSTING_ORG_KEYWORDS.some((k) => org.toLowerCase().includes(k)), org).toBe(false)
    }
  })
})
