/**
 * Operator MMDB files. The test uses an MMDB from the data cache when present
 * (npm run data:network fetches the packages; the MMDB one with scripts/network-corpus.ts is not
 * needed): @ip-location-db/geo-whois-asn-country-mmdb, CC0. Skipped on a fresh clone.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { networkCheck } from '../../../src/checks/network/index.js'
import { runCheck, sharedScreener } from '../../helpers.js'

const MMDB = join(import.meta.dirname, '..', '..', '..', '.cache', 'npm', 'ip-location-db-geo-whois-asn-country-mmdb-2.3.2026061719', 'package', 'geo-whois-asn-country.mmdb')

describe.skipIf(!existsSync(MMDB))('operator country MMDB', () => {
  test('country from the MMDB (path); ASN still from the embedded table', async () => {
    const { facts } = await runCheck(networkCheck, { ip: '35.200.0.1' }, { countryMmdb: MMDB })
    expect(facts).toMatchObject({ ipCountry: 'JP', asn: 396982, networkClass: 'hosting' })
  })
  test('country from the MMDB given as bytes', async () => {
    const data = await networkCheck.prepare({ countryMmdb: new Uint8Array(readFileSync(MMDB)) })
    const out = networkCheck.run({ ip: '2400:4050::1' }, data, { now: new Date(), serviceCountry: 'JP', facts: {} })
    expect(out.facts).toMatchObject({ ipCountry: 'JP', asn: 4713 })
  })
  test('dataVersion names the MMDB', async () => {
    const data = await networkCheck.prepare({ countryMmdb: MMDB })
    expect(networkCheck.dataVersion(data)).toMatch(/country-mmdb:/)
  })
})

describe('in the screener', () => {
  test('network facts and signals reach the result', async () => {
    // Only this check: the others may not have their data generated in this work tree.
    const screener = await sharedScreener({ checks: { email: false, phone: false, name: false, address: false, card: false } })
    const result = await screener.screen({ ip: '52.68.0.1', headers: { 'user-agent': 'python-requests/2.32.3' } })
    expect(result.checks.network.status).toBe('flagged')
    expect(result.checks.network.facts).toMatchObject({ ipCountry: 'JP', asn: 16509, networkClass: 'hosting' })
    expect(result.signals.map((s) => s.code)).toEqual(expect.arrayContaining(['network.ua_script', 'network.ip_hosting']))
    expect(result.signals.find((s) => s.code === 'network.ip_hosting')?.message).toContain('Amazon Web Services')
  })
})
