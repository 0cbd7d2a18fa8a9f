import fc from 'fast-check'
import { toRomaji } from 'wanakana'
import { expect, test } from 'vitest'
import { kanaToRomaji } from '../../../src/checks/name/hepburn.js'

// hepburn.ts is a port of wanakana's toRomaji, written for speed: it must stay output-identical.
const KANA = [...'ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷへべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖ', ...'ァアィイゥウェエォオカガキギクグケゲコゴサザシジスズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱヲンヴヵヶ', 'ー', 'ヷ', 'ヺ']

test('every kana sequence up to two characters romanizes as wanakana does', () => {
  for (const a of KANA) {
    expect(kanaToRomaji(a)).toBe(toRomaji(a))
    for (const b of KANA) expect(kanaToRomaji(a + b)).toBe(toRomaji(a + b))
  }
})

test('random kana strings romanize as wanakana does', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...KANA), { maxLength: 12 }), (chars) => {
      const text = chars.join('')
      expect(kanaToRomaji(text)).toBe(toRomaji(text))
    }),
    { numRuns: 5000 },
  )
})
