/**
 * Placeholder names, repeated characters and keyboard / kana-table runs. Plain string tables and
 * linear scans; no regular expressions with nested quantifiers.
 */
import { toKatakana } from './kana.js'

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

/** Why a value looks like a placeholder, or undefined. */
export function placeholderKind(value: string): 'known' | 'test_word' | undefined {
  const compact = toKatakana(value.replace(/ /g, '').toLowerCase())
  if (compact === '') return undefined
  if (PLACEHOLDERS.has(compact)) return 'known'
  if (PLACEHOLDER_PARTS.some((p) => compact.includes(p))) return 'test_word'
  return undefined
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'abcdefghijklmnopqrstuvwxyz', '0123456789']
const KANA_ROWS = [
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン',
  'アカサタナハマヤラワ', 'イキシチニヒミリ', 'ウクスツヌフムユル', 'エケセテネヘメレ', 'オコソトノホモヨロ',
]

/** Repeated characters (あああ, 田田) or a run of 4+ along a keyboard row or the kana table. */
export function keyboardPattern(value: string): 'repeated' | 'keyboard_run' | 'kana_run' | undefined {
  const compact = [...toKatakana(value.replace(/ /g, '').toLowerCase())]
  if (compact.length >= 2 && compact.every((c) => c === compact[0]) && compact[0] !== '々') {
    // Two identical kana are real given names (ナナ, ココ); two identical kanji or 3+ of anything are not.
    const code = (compact[0] as string).codePointAt(0) as number
    const isKana = code >= 0x30a1 && code <= 0x30fa
    if (compact.length >= 3 || !isKana) return 'repeated'
  }
  const text = compact.join('')
  if (text.length >= 4) {
    for (const row of KEYBOARD_ROWS) if (row.includes(text) || (text.length >= 5 && hasRun(text, row))) return 'keyboard_run'
    for (const row of KANA_ROWS) if (row.includes(text) || (text.length >= 5 && hasRun(text, row))) return 'kana_run'
  }
  return undefined
}

/** Whether text holds a 4-character substring of row (asdf in "asdfzz"). */
function hasRun(text: string, row: string): boolean {
  for (let i = 0; i + 4 <= text.length; i += 1) if (row.includes(text.slice(i, i + 4))) return true
  return false
}
