import { beforeAll, describe, expect, test } from 'vitest'
import { ITAIJI } from '../../../scripts/name-variants.js'
import { loadEmbedded, type NameData } from '../../../src/checks/name/data.js'

let data: NameData
beforeAll(() => {
  data = loadEmbedded()
})

describe('name: embedded data', () => {
  test('the dictionary finds names, and misses cleanly', () => {
    expect(data.dictionary.lookup('小鳥遊').map((r) => r.reading)).toContain('たかなし')
    expect(data.dictionary.lookup('高橋').some((r) => r.reading === 'たかはし' && r.kind === 'surname')).toBe(true)
    expect(data.dictionary.lookup('存在しない名前')).toEqual([])
    expect(data.dictionary.lookup('')).toEqual([])
    expect(data.dictionary.size).toBeGreaterThan(280_000)
  })

  test.each(Object.entries(ITAIJI))('itaiji %s → %s: the standard form has KANJIDIC readings', (from, to) => {
    expect(data.itaiji.get(from)).toBe(to)
    const readings = data.kanji.get(to)
    expect(readings && readings.on.length + readings.kun.length + readings.nanori.length).toBeGreaterThan(0)
  })

  test('foreign readings are carried per kanji, and Korean-derived nanori are dropped', () => {
    const kim = data.kanji.get('金')
    expect(kim?.ko.some((r) => r.kana.includes('キム'))).toBe(true)
    expect(kim?.nanori).not.toContain('きむ')
    expect(data.kanji.get('王')?.zh[0]?.kana).toContain('ワン')
  })
})
