import { describe, expect, test } from 'vitest'
import { nameCheck, NAME_CODES } from '../../../src/checks/name/index.js'
import { en } from '../../../src/checks/name/locales/en.js'
import { ja } from '../../../src/checks/name/locales/ja.js'
import { NAME_WEIGHTS } from '../../../src/checks/name/weights.js'
import { expectNoSignal, expectSignal, runCheck } from '../../helpers.js'

const run = (input: unknown, options: object = {}) => runCheck(nameCheck, input, options)
const person = (family: string, given: string, familyKana: string, givenKana: string, extra: object = {}) => ({
  name: { family, given, familyKana, givenKana },
  ...extra,
})

describe('name: readings that must pass', () => {
  test.each([
    ['小鳥遊', '結衣', 'タカナシ', 'ユイ', 'rare surname in ENAMDICT'],
    ['東海林', '陽菜', 'ショウジ', 'ヒナ', 'irregular surname; modern given name'],
    ['四月一日', '大翔', 'ワタヌキ', 'ハルト', 'jukujikun surname'],
    ['五十嵐', '蒼', 'イガラシ', 'アオイ', ''],
    ['服部', '心愛', 'ハットリ', 'ココア', ''],
    ['長谷川', '陽菜', 'ハセガワ', 'ハルナ', 'second reading of 陽菜'],
    ['渡邊', '大翔', 'ワタナベ', 'ヒロト', 'variant kanji 邊'],
    ['渡邉', '太郎', 'わたなべ', 'たろう', 'hiragana kana'],
    ['髙橋', '一郎', 'タカハシ', 'イチロウ', 'itaiji 髙 → 高'],
    ['山﨑', '花子', 'ヤマザキ', 'ハナコ', 'itaiji 﨑 → 崎 with rendaku'],
    ['齋藤', '翔太', 'サイトウ', 'ショウタ', ''],
    ['斉藤', '凛', 'サイトウ', 'リン', ''],
    ['佐々木', '健', 'ササキ', 'ケン', 'iteration mark'],
    ['劉', '健', 'リュウ', 'ケン', 'Chinese surname with its Japanese on reading: ambiguous, passes'],
    ['ｻﾄｳ', 'ﾀﾛｳ', 'ｻﾄｳ', 'ﾀﾛｳ', 'half-width kana name'],
  ])('%s %s / %s %s (%s)', async (family, given, familyKana, givenKana) => {
    const { findings } = await run(person(family, given, familyKana, givenKana))
    for (const code of ['name.reading_mismatch', 'name.chinese_reading', 'name.korean_reading', 'name.kana_not_kana', 'name.placeholder']) {
      expectNoSignal(findings, code)
    }
  })

  test('a dictionary-verified reading carries the negative signal', async () => {
    const { findings, facts } = await run(person('小鳥遊', '結衣', 'タカナシ', 'ユイ'))
    expectSignal(findings, 'name.reading_in_dictionary')
    expect(facts.familyKana).toBe('タカナシ')
    expect(facts.givenKana).toBe('ユイ')
  })
})

describe('name: foreign readings and unrelated kana', () => {
  test.each([
    ['王', '偉', 'ワン', 'ウェイ', 'name.chinese_reading'],
    ['張', '偉', 'チャン', 'ウェイ', 'name.chinese_reading'],
    ['李', '明', 'リー', 'ミン', 'name.chinese_reading'],
    ['陳', '明', 'チェン', 'ミン', 'name.chinese_reading'],
    ['金', '太郎', 'キム', 'タロウ', 'name.korean_reading'],
    ['朴', '太郎', 'パク', 'タロウ', 'name.korean_reading'],
    ['田中', '太郎', 'ヌメリコ', 'タロウ', 'name.reading_mismatch'],
    ['山田', '一郎', 'ヤマダ', 'ポヌケ', 'name.reading_mismatch'],
  ])('%s %s / %s %s → %s', async (family, given, familyKana, givenKana, code) => {
    const { findings } = await run(person(family, given, familyKana, givenKana))
    const f = expectSignal(findings, code)
    expect(f.evidence.kana).toBeDefined()
  })

  test('the evidence says which reading matched', async () => {
    const { findings } = await run(person('王', '健', 'ワン', 'ケン'))
    const f = expectSignal(findings, 'name.chinese_reading')
    expect(f.evidence.matched).toEqual(['王=ワン(wang2=ワン)'])
    expect(f.fields).toEqual(['name.family', 'name.familyKana'])
  })
})

describe('name: kana field content', () => {
  test.each([
    ['Yamada', 'Taro', 'latin'],
    ['야마다', '타로', 'hangul'],
    ['山田', '太郎', 'kanji'],
    ['1234', '5678', 'digits'],
    ['😀', '😀', 'symbols'],
  ])('%s %s → kana_not_kana (%s)', async (familyKana, givenKana, script) => {
    const { findings } = await run(person('山田', '太郎', familyKana, givenKana))
    const f = expectSignal(findings, 'name.kana_not_kana')
    expect(f.evidence.script).toBe(script)
  })

  test('missing kana for a kanji name', async () => {
    const { findings } = await run({ name: { family: '山本', given: '健' } })
    expectSignal(findings, 'name.kana_missing')
  })

  test('kanaRequired: false silences missing kana', async () => {
    const { findings } = await run({ name: { family: '山本', given: '健' } }, { kanaRequired: false })
    expectNoSignal(findings, 'name.kana_missing')
  })

  test('kana without a name', async () => {
    const { findings } = await run({ name: { familyKana: 'ヤマモト', givenKana: 'ケン' } })
    expectSignal(findings, 'name.name_missing')
  })
})

describe('name: characters and patterns', () => {
  test.each([
    [{ family: '山田', given: '太郎' }, 'name.placeholder'],
    [{ full: 'テスト' }, 'name.placeholder'],
    [{ full: 'test user' }, 'name.placeholder'],
    [{ family: 'あああ', given: 'いい' }, 'name.keyboard_pattern'],
    [{ full: 'asdf' }, 'name.keyboard_pattern'],
    [{ full: 'アイウエオ' }, 'name.keyboard_pattern'],
    [{ full: '林' }, 'name.single_character'],
    [{ family: '张', given: '伟' }, 'name.non_japanese_kanji'],
    [{ family: '刘', given: '强' }, 'name.non_japanese_kanji'],
    [{ family: '山田1', given: '太郎' }, 'name.invalid_characters'],
  ])('%j → %s', async (name, code) => {
    const { findings } = await run({ name })
    expectSignal(findings, code)
  })

  test.each([['ナナ'], ['ココ'], ['林']])('%s as a given name is not a pattern', async (given) => {
    const { findings } = await run({ name: { family: '佐藤', given } })
    expectNoSignal(findings, 'name.keyboard_pattern')
  })

  test('name equal to the email local part', async () => {
    const { findings } = await run({ name: { full: 'hoge123' }, email: 'hoge123@example.jp' })
    expectSignal(findings, 'name.equals_email_local_part')
  })
})

describe('name: full name without split', () => {
  test.each([
    ['山田 花男', 'ヤマダ ハナオ'],
    ['佐藤健', 'サトウケン'],
    ['小鳥遊結衣', 'タカナシユイ'],
  ])('%s / %s splits and passes', async (full, fullKana) => {
    const { findings, facts } = await run({ name: { full, fullKana } })
    expectNoSignal(findings, 'name.reading_mismatch')
    expect(facts.familyKana).not.toBeNull()
  })

  test('a Chinese reading of a full name is found after splitting', async () => {
    const { findings } = await run({ name: { full: '王偉', fullKana: 'ワンウェイ' } })
    expectSignal(findings, 'name.chinese_reading')
  })
})

describe('name: card holder against the reading', () => {
  test.each([
    ['TARO YAMADA', 'order given-family'],
    ['YAMADA TARO', 'order family-given'],
    ['TAROU YAMADA', 'ou long vowel'],
    ['T YAMADA', 'initial'],
  ])('%s matches ヤマダ タロウ (%s)', async (holderName) => {
    const { findings } = await run(person('山本', '太郎', 'ヤマダ', 'タロウ', { card: { holderName } }))
    expectNoSignal(findings, 'name.card_holder_mismatch')
    expectNoSignal(findings, 'name.card_holder_given_mismatch')
  })

  test.each([
    ['SHOJI KEN', 'ショウジ', 'ケン', 'Hepburn without long vowel'],
    ['SYOUZI KEN', 'ショウジ', 'ケン', 'Kunrei'],
    ['KEN OHNO', 'オオノ', 'ケン', 'oh for oo'],
    ['JUNICHI TSUCHIYA', 'ツチヤ', 'ジュンイチ', ''],
  ])('%s matches %s %s (%s)', async (holderName, familyKana, givenKana) => {
    const { findings } = await run(person('大野', '健', familyKana, givenKana, { card: { holderName } }))
    expectNoSignal(findings, 'name.card_holder_mismatch')
  })

  test('another person', async () => {
    const { findings } = await run(person('山田', '健', 'ヤマダ', 'ケン', { card: { holderName: 'JOHN SMITH' } }))
    expectSignal(findings, 'name.card_holder_mismatch')
  })

  test('same family, other given name', async () => {
    const { findings } = await run(person('山田', '健', 'ヤマダ', 'ケン', { card: { holderName: 'HANAKO YAMADA' } }))
    expectSignal(findings, 'name.card_holder_given_mismatch')
  })

  test('non-Latin holder names are left to the card check', async () => {
    const { findings } = await run(person('山田', '健', 'ヤマダ', 'ケン', { card: { holderName: '山田健' } }))
    expectNoSignal(findings, 'name.card_holder_mismatch')
  })
})

describe('name: organizations', () => {
  test.each([
    ['株式会社山田商事', 'カブシキガイシャヤマダショウジ'],
    ['株式会社山田商事', 'ヤマダショウジ'],
    ['山田商事株式会社', 'ヤマダショウジカブシキガイシャ'],
    ['㈱東京電気', 'トウキョウデンキ'],
    ['一般社団法人日本技術協会', 'ニホンギジュツキョウカイ'],
  ])('%s / %s passes', async (name, nameKana) => {
    const { findings } = await run({ organization: { name, nameKana } })
    expectNoSignal(findings, 'name.org_reading_mismatch')
    expectNoSignal(findings, 'name.kana_not_kana')
  })

  test('unrelated company kana', async () => {
    const { findings } = await run({ organization: { name: '株式会社山田商事', nameKana: 'ポヌケリメ' } })
    expectSignal(findings, 'name.org_reading_mismatch')
  })

  test('romaji in the company kana', async () => {
    const { findings } = await run({ organization: { name: '株式会社山田商事', nameKana: 'Yamada Shoji' } })
    expectSignal(findings, 'name.kana_not_kana')
  })
})

describe('name: definition', () => {
  test('every code has a weight with a rationale and a message in each locale', () => {
    for (const code of NAME_CODES) {
      expect(NAME_WEIGHTS[code].rationale.length).toBeGreaterThan(10)
      expect(typeof ja[code]).toBe('function')
      expect(typeof en[code]).toBe('function')
      expect(ja[code]({})).toEqual(expect.any(String))
    }
  })

  test('applies only with a name or an organization', () => {
    expect(nameCheck.applies({ email: 'a@b.jp' })).toBe(false)
    expect(nameCheck.applies({ name: { family: '山田' } })).toBe(true)
    expect(nameCheck.applies({ organization: { name: '株式会社X' } })).toBe(true)
  })
})

describe('name: incomplete kana', () => {
  test('only the family kana: no mismatch', async () => {
    const { findings } = await run({ name: { family: '山本', given: '健', familyKana: 'ヤマモト' } })
    expectNoSignal(findings, 'name.reading_mismatch')
  })

  test('the whole reading in the family kana field', async () => {
    const { findings, facts } = await run({ name: { family: '山本', given: '健', familyKana: 'ヤマモト ケン' } })
    expectNoSignal(findings, 'name.reading_mismatch')
    expect(facts.givenKana).toBe('ケン')
  })
})

describe('name: card holder of foreign residents', () => {
  test.each([
    ['WEI WANG', 'ワン', 'ウェイ'],
    ['TIAN LI', 'リー', 'ティエン'],
    ['MINJUN KIM', 'キム', 'ミンジュン'],
  ])('%s matches %s %s', async (holderName, familyKana, givenKana) => {
    const { findings } = await run(person('王', '偉', familyKana, givenKana, { card: { holderName } }))
    expectNoSignal(findings, 'name.card_holder_mismatch')
    expectNoSignal(findings, 'name.card_holder_given_mismatch')
  })
})

describe('name: names written in kana', () => {
  test('a hiragana name with its katakana reading passes', async () => {
    const { findings } = await run(person('さとう', 'ゆうこ', 'サトウ', 'ユーコ'))
    expectNoSignal(findings, 'name.reading_mismatch')
  })

  test('a kana name with another reading is a mismatch', async () => {
    const { findings } = await run(person('さとう', 'ゆうこ', 'ヤマダ', 'ユウコ'))
    expectSignal(findings, 'name.reading_mismatch')
  })
})
