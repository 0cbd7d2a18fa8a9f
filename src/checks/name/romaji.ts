/**
 * Card holder names (romaji) against the kana reading. Hepburn and Kunrei spellings, long vowels
 * (ou, oo, oh, o, ō), m/n before b/p, l/r and apostrophes all compare equal after {@link romajiKey}.
 */
import { kanaToRomaji } from './hepburn.js'
import { toKatakana, withoutSpaces } from './kana.js'

/** Kunrei / Nihon-shiki → Hepburn. */
const KUNREI: Readonly<Record<string, string>> = {
  sya: 'sha', syu: 'shu', syo: 'sho', tya: 'cha', tyu: 'chu', tyo: 'cho', zya: 'ja', zyu: 'ju', zyo: 'jo',
  jya: 'ja', jyu: 'ju', jyo: 'jo', dya: 'ja', dyu: 'ju', dyo: 'jo',
  si: 'shi', ti: 'chi', tu: 'tsu', hu: 'fu', zi: 'ji', di: 'ji', du: 'zu', wo: 'o',
}

/**
 * Comparison key of a romanized name: lower-case letters only, Kunrei → Hepburn, long vowels and
 * doubled consonants collapsed (Ohno = Oono = Ono, Satou = Sato, Hattori = Hatori, Namba = Nanba).
 */
export function romajiKey(value: string): string {
  const s = isAsciiLetters(value) ? value.toLowerCase() : value.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '')
  const h = toHepburn(s)
  // The key is built only from the first letter it drops or changes: until then it is a prefix of h.
  let out = ''
  let same = 0
  let prev = ''
  for (let i = 0; i < h.length; i += 1) {
    const letter = h[i] as string
    let ch = letter
    const next = h[i + 1]
    // Nanba = Namba (m before b, p, m); Japanese has one liquid: LI and RI are the same kana (リ).
    if (ch === 'm' && (next === 'b' || next === 'p' || next === 'm')) ch = 'n'
    else if (ch === 'l') ch = 'r'
    let keep = ch !== prev
    // Oh / Ohno: an h after a vowel and before a consonant (or at the end) marks a long vowel.
    if (keep && ch === 'h' && (prev === 'a' || prev === 'e' || prev === 'i' || prev === 'o' || prev === 'u') && !'aeiouy'.includes(next ?? 'x')) keep = false
    if (keep && ((prev === 'o' && ch === 'u') || (prev === 'o' && ch === 'o') || (prev === 'u' && ch === 'u'))) keep = false
    if (same === i && keep && ch === letter) {
      same = i + 1
      prev = ch
      continue
    }
    if (same >= 0) {
      out = h.slice(0, same)
      same = -1
    }
    if (!keep) continue
    out += ch
    prev = ch
  }
  return same >= 0 ? h.slice(0, same) : out
}

/**
 * One left-to-right pass over the Kunrei spellings (3-letter forms first), as the regex
 * `/[sc]h[aiueo]|ts[aiueo]|[stzjd]y[auo]|[stzhd][iu]|wo/g` would match them (same alternatives,
 * same order at each position) but without a callback per match. Hepburn sh-/ch-/ts- syllables are
 * matched as units and kept, so Hepburn input is left alone.
 */
function toHepburn(s: string): string {
  // Hepburn input (the usual case) is returned as it is: the output is built from `s` only once a
  // Kunrei spelling changes something.
  let out = ''
  let copied = 0
  let i = 0
  while (i < s.length) {
    const c = s.charCodeAt(i)
    const c1 = s.charCodeAt(i + 1)
    const c2 = s.charCodeAt(i + 2)
    if ((((c === S || c === C) && c1 === H) || (c === T && c1 === S)) && isVowel(c2)) {
      // Hepburn sh-, ch-, ts- syllables are kept as units.
      i += 3
    } else if ((c === S || c === T || c === Z || c === J || c === D) && c1 === Y && (c2 === A || c2 === U || c2 === O)) {
      const m = s.slice(i, i + 3)
      const hepburn = KUNREI[m] ?? m
      if (hepburn !== m) {
        out += s.slice(copied, i) + hepburn
        copied = i + 3
      }
      i += 3
    } else if ((c === S || c === T || c === Z || c === H || c === D) && (c1 === I || c1 === U)) {
      const m = s.slice(i, i + 2)
      const hepburn = KUNREI[m] ?? m
      if (hepburn !== m) {
        out += s.slice(copied, i) + hepburn
        copied = i + 2
      }
      i += 2
    } else if (c === W && c1 === O) {
      out += s.slice(copied, i) + (KUNREI.wo ?? 'wo')
      copied = i + 2
      i += 2
    } else {
      i += 1
    }
  }
  return copied === 0 ? s : out + s.slice(copied)
}
/** Letter codes used by the scan. */
const A = 0x61
const C = 0x63
const D = 0x64
const E = 0x65
const H = 0x68
const I = 0x69
const J = 0x6a
const O = 0x6f
const S = 0x73
const T = 0x74
const U = 0x75
const W = 0x77
const Y = 0x79
const Z = 0x7a
const isVowel = (code: number): boolean => code === A || code === I || code === U || code === E || code === O

function isAsciiLetters(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i) | 0x20
    if (code < 0x61 || code > 0x7a) return false
  }
  return true
}

/** Romaji key of a kana reading (ヤマダ → yamada). */
export function kanaRomajiKey(kana: string): string {
  let text = toKatakana(withoutSpaces(kana))
  if (hasSmallVowel(text)) text = text.replace(FOREIGN_KANA_PATTERN, (m) => FOREIGN_KANA[m] ?? m)
  return romajiKey(kanaToRomaji(text))
}

/** Katakana for foreign sounds that wanakana romanizes by their parts (ウェイ → uei, ファ → fua). */
const FOREIGN_KANA: Readonly<Record<string, string>> = {
  ウィ: 'wi', ウェ: 'we', ウォ: 'wo', ティ: 'ti', ディ: 'di', トゥ: 'tu', ドゥ: 'du', ファ: 'fa', フィ: 'fi', フェ: 'fe',
  フォ: 'fo', ヴァ: 'va', ヴィ: 'vi', ヴェ: 've', ヴォ: 'vo', シェ: 'she', ジェ: 'je', チェ: 'che', ツァ: 'tsa', イェ: 'ye',
}
const FOREIGN_KANA_PATTERN = /[ウテデトドフヴシジチツイ][ァィゥェォ]/g
/** Whether a value holds ァ ィ ゥ ェ ォ (without them FOREIGN_KANA_PATTERN cannot match). */
function hasSmallVowel(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    if (code === 0x30a1 || code === 0x30a3 || code === 0x30a5 || code === 0x30a7 || code === 0x30a9) return true
  }
  return false
}

/**
 * The non-empty romaji keys of a holder name's words, as `split(/[\s,.]+/).map(romajiKey)` without
 * the empty keys, in one scan. Holder names are normalized (NFKC, single ASCII spaces), so the only
 * separators left are space, comma and full stop; a key is computed only for each word.
 */
function holderTokens(holderName: string): string[] {
  const out: string[] = []
  let start = 0
  for (let i = 0; i <= holderName.length; i += 1) {
    const code = i === holderName.length ? 0x20 : holderName.charCodeAt(i)
    if (code !== 0x20 && code !== 0x2c && code !== 0x2e && !isSpace(code)) continue
    if (i > start) {
      const key = romajiKey(holderName.slice(start, i))
      if (key !== '') out.push(key)
    }
    start = i + 1
  }
  return out
}

/** Whether a UTF-16 unit is one that `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  )
}

export type HolderMatch = 'match' | 'family_only' | 'none'

/**
 * Compares a Latin holder name with the family and given kana. Order does not matter; an initial
 * (T YAMADA) matches a given name starting with that letter.
 */
export function matchHolder(holderName: string, familyKana: string, givenKana: string | null): HolderMatch {
  const tokens = holderTokens(holderName)
  const family = kanaRomajiKey(familyKana)
  const given = givenKana === null ? '' : kanaRomajiKey(givenKana)
  let joined = ''
  for (const t of tokens) joined += t
  if (given === '') return tokens.some((t) => similar(t, family)) || similar(joined, family) ? 'match' : 'none'
  if (similar(joined, family + given) || similar(joined, given + family)) return 'match'
  const familyAt = tokens.findIndex((t) => similar(t, family))
  if (familyAt === -1) return 'none'
  const others = tokens.filter((_, i) => i !== familyAt)
  if (others.some((t) => similar(t, given) || (t.length === 1 && given.startsWith(t)))) return 'match'
  return 'family_only'
}

/**
 * Same name in two romanizations: equal keys, a final -ng written as ン (WANG = ワン), or one
 * letter apart in names of 4+ letters (typos and spellings the key does not cover, Ryuichi /
 * Ryuuichi already equal). Two different people's names are rarely one letter apart.
 */
function similar(a: string, b: string): boolean {
  if (a === b) return true
  if (a.endsWith('ng') && a.slice(0, -1) === b) return true
  if (b.endsWith('ng') && b.slice(0, -1) === a) return true
  return a.length >= 4 && b.length >= 4 && withinOneEdit(a, b)
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i += 1
      j += 1
      continue
    }
    edits += 1
    if (edits > 1) return false
    if (a.length > b.length) i += 1
    else if (b.length > a.length) j += 1
    else {
      i += 1
      j += 1
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}
