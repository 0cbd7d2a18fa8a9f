import { describe, expect, test } from 'vitest'
import type { ScreenResult } from '../../src/index.js'
import { sharedScreener } from '../helpers.js'

const screen = async (input: Record<string, unknown>): Promise<ScreenResult> => (await sharedScreener()).screen(input)
const codes = (result: ScreenResult): string[] => result.signals.map((s) => s.code).sort()

/**
 * Unicode traps: the same value written with half-width kana, combining dakuten, NFD, full-width
 * digits or an invisible character must give the same signals as its plain form (no signal hidden,
 * none created); look-alike letters from other scripts must not hide a signal.
 */
describe('equivalent forms give the same signals', () => {
  const name = (familyKana: string, givenKana: string) => ({ name: { family: '山田', given: '花子', familyKana, givenKana } })
  test.each([
    ['half-width kana', name('ﾔﾏﾀﾞ', 'ﾊﾅｺ')],
    ['combining dakuten (NFD)', name('ヤマタ\u3099', 'ハナコ')],
    ['hiragana', name('やまだ', 'はなこ')],
    ['zero-width space inside', name('ヤマ\u200bダ', 'ハナ\u200dコ')],
    ['BOM and word joiner', name('\ufeffヤマダ', 'ハナコ\u2060')],
  ])('name kana: %s', async (_label, input) => {
    expect(codes(await screen(input))).toEqual(codes(await screen(name('ヤマダ', 'ハナコ'))))
  })

  test.each([
    ['full-width digits and hyphens', '０９０－１２３４－５６７８'],
    ['katakana prolonged mark as hyphen', '090ー1234ー5678'],
    ['zero-width space', '090-1234\u200b-5678'],
  ])('phone: %s', async (_label, phone) => {
    expect(codes(await screen({ phone }))).toEqual(codes(await screen({ phone: '090-1234-5678' })))
  })

  test.each([
    ['full-width postal code and digits', { postalCode: '１５０－０００２', prefecture: '東京都', city: '渋谷区', street: '渋谷２丁目２１－１' }],
    ['zero-width space in the city', { postalCode: '150-0002', prefecture: '東京都', city: '渋谷\u200b区', street: '渋谷2丁目21-1' }],
  ])('address: %s', async (_label, address) => {
    const plain = await screen({ address: { postalCode: '150-0002', prefecture: '東京都', city: '渋谷区', street: '渋谷2丁目21-1' } })
    const variant = await screen({ address })
    expect(codes(variant)).toEqual(codes(plain))
    expect(variant.checks.address.facts.level).toBe(plain.checks.address.facts.level)
  })

  test('address: NFD kana in the town (霞が関 with a combining dakuten)', async () => {
    const plain = await screen({ address: { postalCode: '100-0013', prefecture: '東京都', city: '千代田区', street: '霞が関1-3-1' } })
    const variant = await screen({ address: { postalCode: '100-0013', prefecture: '東京都', city: '千代田区', street: '霞か\u3099関1-3-1' } })
    expect(codes(variant)).toEqual(codes(plain))
    expect(variant.checks.address.facts.level).toBe(plain.checks.address.facts.level)
  })

  test.each([
    ['full-width', 'ｔｅｓｔ＠ｅｘａｍｐｌｅ．ｃｏｍ'],
    ['upper case', 'TEST@EXAMPLE.COM'],
  ])('email: %s', async (_label, email) => {
    expect(codes(await screen({ email }))).toEqual(codes(await screen({ email: 'test@example.com' })))
  })
})

describe('look-alikes and invisible characters do not hide a signal', () => {
  test('a zero-width space in a disposable address still flags the domain', async () => {
    expect(codes(await screen({ email: 'taro\u200b@mailinator.com' }))).toContain('email.disposable_domain')
  })

  test('a Cyrillic look-alike of gmail.com is reported as a look-alike domain', async () => {
    const result = await screen({ email: 'taro@gm\u0430il.com' })
    expect(codes(result)).toContain('email.domain_typo')
  })

  test('romaji with a Cyrillic letter in the kana field is still not kana', async () => {
    expect(codes(await screen({ name: { family: '山田', given: '花子', familyKana: 'y\u0430mada', givenKana: 'hanako' } }))).toContain('name.kana_not_kana')
  })

  test('a placeholder holder name with a Cyrillic letter is still flagged', async () => {
    const result = await screen({ card: { bin: '490222', last4: '4821', expMonth: 9, expYear: 2030, holderName: 'T\u0415ST CARD' } })
    expect(codes(result).some((c) => c.startsWith('card.holder_name'))).toBe(true)
  })

  test('a scripted client hiding behind zero-width characters is still caught', async () => {
    const result = await screen({ ip: '126.36.190.3', headers: { 'user-agent': 'python\u200b-requests/2.32.3', accept: '*/*' } })
    expect(result.signals.some((s) => s.check === 'network' && s.weight >= 1)).toBe(true)
  })

  test('a placeholder name padded with zero-width joiners is still a placeholder', async () => {
    const plain = codes(await screen({ name: { family: '山田', given: '太郎', familyKana: 'ヤマダ', givenKana: 'タロウ' } }))
    expect(plain).toContain('name.placeholder')
    expect(codes(await screen({ name: { family: '山\u200d田', given: '太\u200b郎', familyKana: 'ヤマダ', givenKana: 'タロウ' } }))).toContain('name.placeholder')
  })
})
