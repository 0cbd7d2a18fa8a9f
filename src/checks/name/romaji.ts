/**
 * Card holder names (romaji) against the kana reading. Hepburn and Kunrei spellings, long vowels
 * (ou, oo, oh, o, ō), m/n before b/p, l/r and apostrophes all compare equal after {@link romajiKey}.
 */
import { toRomaji } from 'wanakana'
import { toKatakana } from './kana.js'

/** Kunrei / Nihon-shiki → Hepburn. */
const KUNREI: Readonly<Record<string, string>> = {
  sya: 'sha', syu: 'shu', syo: 'sho', tya: 'cha', tyu: 'chu', tyo: 'cho', zya: 'ja', zyu: 'ju', zyo: 'jo',
  jya: 'ja', jyu: 'ju', jyo: 'jo', dya: 'ja', dyu: 'ju', dyo: 'jo',
  si: 'shi', ti: 'chi', tu: 'tsu', hu: 'fu', zi: 'ji', di: 'ji', du: 'zu', wo: 'o',
}
/**
 * One left-to-right pass over the Kunrei spellings (3-letter forms first). Alternatives are fixed
 * strings; Hepburn sh-/ch-/ts- syllables are matched as units and kept, so Hepburn input is left alone.
 */
const KUNREI_PATTERN = /[sc]h[aiueo]|ts[aiueo]|[stzjd]y[auo]|[stzhd][iu]|wo/g

/**
 * Comparison key of a romanized name: lower-case letters only, Kunrei → Hepburn, long vowels and
 * doubled consonants collapsed (Ohno = Oono = Ono, Satou = Sato, Hattori = Hatori, Namba = Nanba).
 */
export function romajiKey(value: string): string {
  let s = value.normalize('NFKD').toLowerCase().replace(/[^a-z]/g, '')
  s = s.replace(KUNREI_PATTERN, (m) => KUNREI[m] ?? m)
  s = s.replace(/m(?=[bpm])/g, 'n')
  // Japanese has one liquid: LI and RI are the same kana (リ).
  s = s.replace(/l/g, 'r')
  let out = ''
  for (let i = 0; i < s.length; i += 1) {
    const ch = s[i] as string
    const prev = out.slice(-1)
    if (ch === prev) continue
    // Oh / Ohno: an h after a vowel and before a consonant (or at the end) marks a long vowel.
    if (ch === 'h' && 'aeiou'.includes(prev) && prev !== '' && !'aeiouy'.includes(s[i + 1] ?? 'x')) continue
    if ((prev === 'o' && ch === 'u') || (prev === 'o' && ch === 'o') || (prev === 'u' && ch === 'u')) continue
    out += ch
  }
  return out
}

/** Romaji key of a kana reading (ヤマダ → yamada). */
export function kanaRomajiKey(kana: string): string {
  let text = toKatakana(kana.replace(/ /g, ''))
  text = text.replace(FOREIGN_KANA_PATTERN, (m) => FOREIGN_KANA[m] ?? m)
  return romajiKey(toRomaji(text))
}

/** Katakana for foreign sounds that wanakana romanizes by their parts (ウェイ → uei, ファ → fua). */
const FOREIGN_KANA: Readonly<Record<string, string>> = {
  ウィ: 'wi', ウェ: 'we', ウォ: 'wo', ティ: 'ti', ディ: 'di', トゥ: 'tu', ドゥ: 'du', ファ: 'fa', フィ: 'fi', フェ: 'fe',
  フォ: 'fo', ヴァ: 'va', ヴィ: 'vi', ヴェ: 've', ヴォ: 'vo', シェ: 'she', ジェ: 'je', チェ: 'che', ツァ: 'tsa', イェ: 'ye',
}
const FOREIGN_KANA_PATTERN = /[ウテデトドフヴシジチツイ][ァィゥェォ]/g

export type HolderMatch = 'match' | 'family_only' | 'none'

/**
 * Compares a Latin holder name with the family and given kana. Order does not matter; an initial
 * (T YAMADA) matches a given name starting with that letter.
 */
export function matchHolder(holderName: string, familyKana: string, givenKana: string | null): HolderMatch {
  const tokens = holderName.split(/[\s,.]+/).map(romajiKey).filter((t) => t !== '')
  const family = kanaRomajiKey(familyKana)
  const given = givenKana === null ? '' : kanaRomajiKey(givenKana)
  const joined = tokens.join('')
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
