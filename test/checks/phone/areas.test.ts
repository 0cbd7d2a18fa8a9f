import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { buildAreaTable, lookupArea, type JpAreasFile } from '../../../src/checks/phone/areas.js'
import { phoneCheck } from '../../../src/checks/phone/index.js'
import { runCheck } from '../../helpers.js'

const DATA = new URL('../../../data/phone/', import.meta.url)
const file = JSON.parse(readFileSync(new URL('jp-areas.json', DATA), 'utf8')) as JpAreasFile
const jis = JSON.parse(readFileSync(new URL('jis-x-0401.json', DATA), 'utf8')) as { prefectures: { code: string; ja: string }[] }

describe('data/phone/jp-areas.json', () => {
  const table = buildAreaTable(file)

  test('is compact and covers every prefecture', () => {
    expect(readFileSync(new URL('jp-areas.json', DATA)).length).toBeLessThan(64 * 1024)
    expect(table.size).toBeGreaterThan(1000)
    const covered = new Set(file.places.flatMap((p) => p[2]))
    expect([...covered].sort()).toEqual(jis.prefectures.map((p) => p.code))
  })

  test('prefecture names come from the JIS X 0401 table', () => {
    for (const p of jis.prefectures) expect(file.prefectures[p.code]?.[0]).toBe(p.ja)
  })

  test('longest prefix wins', () => {
    // 0466 (Fujisawa) is under 046 (Atsugi, Yokosuka...); 04992 (Izu Oshima) under 0499.
    expect(lookupArea(table, '466221234')?.name).toBe('藤沢')
    expect(lookupArea(table, '499221411')?.prefectureCodes).toEqual(['13'])
    expect(lookupArea(table, '0')).toBeNull()
  })

  test('a broken table is rejected', () => {
    expect(() => buildAreaTable({ ...file, formatVersion: 2 })).toThrow()
    expect(() => buildAreaTable({ ...file, places: [['x', null, ['48']]], prefixes: { '3': 0 } })).toThrow(/prefecture code/)
  })
})

// Public main lines of prefectural offices and city halls: the prefecture is known independently
// of the generated table (it is where the office is), so this measures the table, not echoes it.
const golden = readFileSync(new URL('area-golden.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [phone, code, ...note] = line.split(',')
    return [phone ?? '', code ?? '', note.join(',')] as const
  })

describe('golden: offices with a known prefecture', () => {
  test.each(golden)('%s → %s (%s)', async (phone, code) => {
    const { findings, facts } = await runCheck(phoneCheck, { phone })
    // Offices choose memorable numbers (022-211-2111), which the weak pattern hint may note.
    expect(findings.filter((f) => f.code !== 'phone.patterned_number')).toEqual([])
    expect((facts.area as { prefectureCodes: string[] } | null)?.prefectureCodes).toEqual([code])
  })

  test('the weak pattern hint stays rare on real numbers (<= 5%)', async () => {
    let hinted = 0
    for (const [phone] of golden) {
      const { findings } = await runCheck(phoneCheck, { phone })
      if (findings.length > 0) hinted += 1
    }
    expect(hinted / golden.length).toBeLessThanOrEqual(0.05)
  })
})

test('a user-supplied area table replaces the embedded one', async () => {
  const custom: JpAreasFile = { formatVersion: 1, callingCode: '81', prefectures: { '13': ['東京都', 'Tokyo'] }, places: [['テスト', null, ['13']]], prefixes: { '466': 0 } }
  const { facts } = await runCheck(phoneCheck, { phone: '0466-22-1234' }, { areas: custom })
  expect(facts.area).toMatchObject({ name: 'テスト', prefectureCodes: ['13'] })
})
