/**
 * Placeholder names, repeated characters and keyboard / kana-table runs. Plain string tables and
 * linear scans; no regular expressions with nested quantifiers.
 */
import { toKatakana, withoutSpaces } from './kana.js'

/** Well-known sample names and filler words (compared without spaces, kana as katakana, Latin lower-cased). */
export const PLACEHOLDER_NAMES: readonly string[] = [
  '山田太郎', '山田花子', '山田一郎', '田中太郎', '鈴木太郎', '佐藤太郎', '日本太郎', '日本花子', '名無し', 'ナナシ',
  '名無しの権兵衛', 'ナナシノゴンベエ', 'ヤマダタロウ', 'ヤマダハナコ', 'テスト', 'テストタロウ', 'テストユーザー', 'テストユーザ',
  'ダミー', 'サンプル', '氏名', '名前', 'ナマエ', '姓名', 'シメイ', '漢字', 'カンジ', 'フリガナ', 'ミョウジ', '苗字',
  'test', 'testtest', 'tester', 'testuser', 'dummy', 'sample', 'example', 'hoge', 'fuga', 'piyo', 'hogehoge', 'foo',
  'bar', 'foobar', 'johndoe', 'janedoe', 'none', 'null', 'undefined', 'name', 'noname', 'unknown', 'xxx', 'ホゲ', 'フガ',
  'ホゲホゲ', '無し', 'なし', 'ナシ', '不明', 'フメイ', 'あ', 'ア', 'a', 'x',
]
const PLACEHOLDERS = new Set(PLACEHOLDER_NAMES.map((p) => toKatakana(p.toLowerCase())))
/** Filler words that make any name containing them a placeholder (テスト太郎, test user). */
const PLACEHOLDER_PARTS = ['テスト', 'test', 'ダミー', 'dummy', 'サンプル', 'sample', 'ホゲ', 'hoge']

/**
 * The comparison form of a value for placeholders and patterns: spaces removed, lower-cased, kana
 * as katakana. Compute it once per value and pass it to the `*Of` functions.
 */
export function compactForm(value: string): string {
  const compact = withoutSpaces(value)
  return toKatakana(hasCase(compact) ? compact.toLowerCase() : compact)
}

/**
 * Whether a value may change when lower-cased: anything outside ASCII non-capitals, CJK symbols,
 * kana and ideographs (U+3000-U+9FFF) and hangul syllables, which have no case.
 */
function hasCase(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i)
    if (!(c < 0x41 || (c > 0x5a && c < 0x80) || (c >= 0x3000 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3))) return true
  }
  return false
}

/** Why a value looks like a placeholder, or undefined. */
export function placeholderKind(value: string): 'known' | 'test_word' | undefined {
  return placeholderKindOf(compactForm(value))
}

/** {@link placeholderKind} of a value already in {@link compactForm}. */
export function placeholderKindOf(compact: string): 'known' | 'test_word' | undefined {
  if (compact === '') return undefined
  if (PLACEHOLDERS.has(compact)) return 'known'
  if (!mayHoldPart(compact)) return undefined
  for (const p of PLACEHOLDER_PARTS) if (compact.includes(p)) return 'test_word'
  return undefined
}

/** First characters of PLACEHOLDER_PARTS (テ t ダ d サ s ホ h): a value without any holds none of them. */
const PART_STARTS: ReadonlySet<number> = new Set(PLACEHOLDER_PARTS.map((p) => p.charCodeAt(0)))

function mayHoldPart(compact: string): boolean {
  for (let i = 0; i < compact.length; i += 1) if (PART_STARTS.has(compact.charCodeAt(i))) return true
  return false
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz', '0123456789']
const KANA_ROWS = [
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン',
  'アカサタナハマヤラワ', 'イキシチニヒミリ', 'ウクスツヌフムユル', 'エケセテネヘメレ', 'オコソトノホモヨロ',
]

/**
 * Repeated characters (あああ, 田田) or a run of 4+ along a keyboard row or the kana table, in a value
 * already in {@link compactForm}.
 */
export function keyboardPatternOf(text: string): 'repeated' | 'keyboard_run' | 'kana_run' | undefined {
  if (text.length >= 2) {
    // Code points, as the string iterator yields them (a lone surrogate is one).
    const first = text.codePointAt(0) as number
    let count = 0
    let same = true
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i) as number
      if (code !== first) {
        same = false
        break
      }
      count += 1
      i += code > 0xffff ? 2 : 1
    }
    if (same && count >= 2 && first !== 0x3005) {
      // Two identical kana are real given names (ナナ, ココ); two identical kanji or 3+ of anything are not.
      const isKana = first >= 0x30a1 && first <= 0x30fa
      if (count >= 3 || !isKana) return 'repeated'
    }
  }
  if (text.length >= 4) {
    // A run along a row needs four consecutive characters of the row's alphabet.
    if (hasFourInRow(text, isKeyboardChar)) {
      for (const row of KEYBOARD_ROWS) if (row.includes(text) || (text.length >= 5 && hasRun(text, row))) return 'keyboard_run'
    }
    if (hasFourInRow(text, isTableKana)) {
      for (const row of KANA_ROWS) if (row.includes(text) || (text.length >= 5 && hasRun(text, row))) return 'kana_run'
    }
  }
  return undefined
}

/** The characters of KEYBOARD_ROWS (a-z, 0-9) and of KANA_ROWS (katakana ア-ン). */
const isKeyboardChar = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)
const isTableKana = (code: number): boolean => code >= 0x30a1 && code <= 0x30f3

function hasFourInRow(text: string, inAlphabet: (code: number) => boolean): boolean {
  let run = 0
  for (let i = 0; i < text.length; i += 1) {
    run = inAlphabet(text.charCodeAt(i)) ? run + 1 : 0
    if (run >= 4) return true
  }
  return false
}

/** Whether text holds a 4-character substring of row (asdf in "asdfzz"). */
function hasRun(text: string, row: string): boolean {
  for (let i = 0; i + 4 <= text.length; i += 1) if (row.includes(text.slice(i, i + 4))) return true
  return false
}
