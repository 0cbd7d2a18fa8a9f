import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { normalizePhone } from '../../../src/checks/phone/normalize.js'

describe('normalizePhone', () => {
  test.each([
    ['090-1234-5678', '09012345678'],
    ['０９０－１２３４－５６７８', '09012345678'],
    ['０９０ー１２３４ー５６７８', '09012345678'],
    ['090‐1234‐5678', '09012345678'],
    ['090―1234―5678', '09012345678'],
    ['090−1234−5678', '09012345678'],
    ['090ｰ1234ｰ5678', '09012345678'],
    ['（０３）１２３４－５６７８', '0312345678'],
    ['03 1234 5678', '0312345678'],
    ['03　1234　5678', '0312345678'],
    ['03.1234.5678', '0312345678'],
    ['+81 3 1234 5678', '+81312345678'],
    ['＋８１ ３ １２３４ ５６７８', '+81312345678'],
    ['+81 (0)3-1234-5678', '+81312345678'],
    ['+81 090 1234 5678', '+819012345678'],
    ['81-90-1234-5678', '+819012345678'],
    ['81312345678', '+81312345678'],
    ['0081-3-1234-5678', '+81312345678'],
    ['tel:+81-3-1234-5678', '+81312345678'],
    ['TEL：03-1234-5678', '0312345678'],
    ['Tel. 03-1234-5678', '0312345678'],
    ['電話番号: 03-1234-5678', '0312345678'],
    ['携帯 090-1234-5678', '09012345678'],
    ['03-1234-5678 内線 123', '0312345678 ext. 123'],
    ['03-1234-5678 ext. 123', '0312345678 ext. 123'],
    ['03-1234-5678 x123', '0312345678 ext. 123'],
    ['03-1234-5678#123', '0312345678 ext. 123'],
    ['tel:+81-3-1234-5678;ext=9', '+81312345678 ext. 9'],
    ['03-1234-5678 / 090-1234-5678', '0312345678'],
    ['03-1234-5678、090-1234-5678', '0312345678'],
    ['03-1234-5678 または 090-1234-5678', '0312345678'],
    ['03-1234-5678 or 090-1234-5678', '0312345678'],
    ['090-1234-5678（携帯）', '09012345678'],
    ['aaaa', ''],
    ['', ''],
    // Not rewritten: 10 digits starting with 81 is not 81 + a Japanese significant number.
    ['8112345678', '8112345678'],
  ])('%j → %j', (raw, text) => {
    expect(normalizePhone(raw).text).toBe(text)
  })

  test('flags', () => {
    expect(normalizePhone('03-1234-5678 / 090-1234-5678')).toMatchObject({ multiple: true })
    expect(normalizePhone('03-1234-5678 or 090-1234-5678')).toMatchObject({ multiple: true, hasText: true })
    expect(normalizePhone('090-1234-5678（携帯）')).toMatchObject({ hasText: true, text: '09012345678' })
    expect(normalizePhone('tel:03-1234-5678')).toMatchObject({ hasText: false })
    expect(normalizePhone('+81 3 1234 5678')).toMatchObject({ international: true, digits: '81312345678' })
  })

  test('the 81 rewrites apply only for Japan as default', () => {
    expect(normalizePhone('81312345678', '1').text).toBe('81312345678')
  })

  const anyText = fc.string({ maxLength: 48, unit: 'grapheme' })
  const phoneish = fc.string({ maxLength: 32, unit: fc.constantFrom(...'0123456789０１８９+＋-－ー‐―()（） 　.:;/,、#x内線telTEL81'.split('')) })

  test('never throws and is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, phoneish), (raw) => {
        const once = normalizePhone(raw)
        expect(normalizePhone(once.text).text).toBe(once.text)
        expect(once.text).toMatch(/^(?:\+?\d+(?: ext\. \d+)?)?$/)
      }),
      { numRuns: 1000 },
    )
  })
})
