/**
 * Kana → Hepburn romaji, a port of wanakana 5.3.1's `toRomaji(text)` with default options
 * (wanakana: MIT licence, Copyright (c) 2013 WaniKani Community Github; its licence notice is kept
 * in THIRD_PARTY_NOTICES.md). Same output
 * (its kana tree, longest-match parse, and `ー` turned into the previous vowel), without wanakana's
 * per-character arrays and object copies: the card-holder comparison romanizes two readings per
 * signup. Checked against wanakana on every kana sequence up to three characters and on every
 * ENAMDICT reading.
 */

/** A node of the kana tree: the romaji of the kana up to here, and longer kana continuing it. */
interface KanaNode {
  value: string | undefined
  children: Map<string, KanaNode> | undefined
}

const BASIC_ROMAJI: Readonly<Record<string, string>> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro',
  や: 'ya', ゆ: 'yu', よ: 'yo',
  わ: 'wa', ゐ: 'wi', ゑ: 'we', を: 'wo',
  ん: 'n',
  が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  だ: 'da', ぢ: 'ji', づ: 'zu', で: 'de', ど: 'do',
  ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ゔぁ: 'va', ゔぃ: 'vi', ゔ: 'vu', ゔぇ: 've', ゔぉ: 'vo',
}
const SPECIAL_SYMBOLS: Readonly<Record<string, string>> = {
  '。': '.', '、': ',', '：': ':', '・': '/', '！': '!', '？': '?', '〜': '~', 'ー': '-', '「': '‘', '」': '’',
  '『': '“', '』': '”', '［': '[', '］': ']', '（': '(', '）': ')', '｛': '{', '｝': '}', '　': ' ',
}
const AMBIGUOUS_VOWELS = ['あ', 'い', 'う', 'え', 'お', 'や', 'ゆ', 'よ']
const SMALL_Y: Readonly<Record<string, string>> = { ゃ: 'ya', ゅ: 'yu', ょ: 'yo' }
const SMALL_Y_EXTRA: Readonly<Record<string, string>> = { ぃ: 'yi', ぇ: 'ye' }
const SMALL_AIUEO: Readonly<Record<string, string>> = { ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' }
const YOON_KANA = ['き', 'に', 'ひ', 'み', 'り', 'ぎ', 'び', 'ぴ', 'ゔ', 'く', 'ふ']
const YOON_EXCEPTIONS: Readonly<Record<string, string>> = { し: 'sh', ち: 'ch', じ: 'j', ぢ: 'j' }
const SMALL_KANA: Readonly<Record<string, string>> = { っ: '', ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o' }
/** っ doubles these first letters (c → t: っち tchi). */
const SOKUON: Readonly<Record<string, string>> = {
  b: 'b', c: 't', d: 'd', f: 'f', g: 'g', h: 'h', j: 'j', k: 'k', m: 'm', p: 'p', q: 'q', r: 'r', s: 's', t: 't', v: 'v', w: 'w', x: 'x', z: 'z',
}
const LONG_VOWELS: Readonly<Record<string, string>> = { a: 'あ', i: 'い', u: 'う', e: 'え', o: 'う' }

/** Built once; never changed after this module is loaded (wanakana freezes its tree the same way). */
const ROOT: ReadonlyMap<string, KanaNode> = buildTree()

function buildTree(): Map<string, KanaNode> {
  const root = new Map<string, KanaNode>()
  // wanakana keeps two-kana keys of the basic table (ゔぁ) as single, unreachable keys.
  for (const [kana, romaji] of Object.entries(BASIC_ROMAJI)) root.set(kana, { value: romaji, children: undefined })
  const subtreeOf = (kana: string): KanaNode => {
    let map = root
    let node: KanaNode | undefined
    for (const ch of kana.split('')) {
      node = map.get(ch)
      if (!node) {
        node = { value: undefined, children: undefined }
        map.set(ch, node)
      }
      node.children ??= new Map()
      map = node.children
    }
    return node as KanaNode
  }
  const setTrans = (kana: string, romaji: string): void => {
    subtreeOf(kana).value = romaji
  }
  for (const [symbol, romaji] of Object.entries(SPECIAL_SYMBOLS)) setTrans(symbol, romaji)
  for (const [kana, romaji] of [...Object.entries(SMALL_Y), ...Object.entries(SMALL_AIUEO)]) setTrans(kana, romaji)
  for (const kana of YOON_KANA) {
    const first = (subtreeOf(kana).value ?? '')[0] ?? ''
    for (const [y, romaji] of Object.entries(SMALL_Y)) setTrans(kana + y, first + romaji)
    for (const [y, romaji] of Object.entries(SMALL_Y_EXTRA)) setTrans(kana + y, first + romaji)
  }
  for (const [kana, roma] of Object.entries(YOON_EXCEPTIONS)) {
    for (const [y, romaji] of Object.entries(SMALL_Y)) setTrans(kana + y, roma + romaji[1])
    setTrans(`${kana}ぃ`, `${roma}yi`)
    setTrans(`${kana}ぇ`, `${roma}e`)
  }
  root.set('っ', { value: undefined, children: resolveTsu(root) })
  for (const [kana, romaji] of Object.entries(SMALL_KANA)) setTrans(kana, romaji)
  for (const kana of AMBIGUOUS_VOWELS) setTrans(`ん${kana}`, `n'${subtreeOf(kana).value ?? ''}`)
  return root
}

/** A copy of the tree under っ: every romaji with its first consonant doubled. */
function resolveTsu(tree: ReadonlyMap<string, KanaNode>): Map<string, KanaNode> {
  const out = new Map<string, KanaNode>()
  for (const [key, node] of tree) {
    const value = node.value === undefined ? undefined : (SOKUON[node.value.charAt(0)] ?? '') + node.value
    out.set(key, { value, children: node.children ? resolveTsu(node.children) : undefined })
  }
  return out
}

/** The tree keyed by UTF-16 code unit (kana are single units; two-kana keys are dropped: unreachable). */
interface CodeNode {
  readonly value: string | undefined
  readonly children: ReadonlyMap<number, CodeNode> | undefined
}

function byCode(tree: ReadonlyMap<string, KanaNode>): Map<number, CodeNode> {
  const out = new Map<number, CodeNode>()
  for (const [key, node] of tree) {
    if (key.length !== 1) continue
    out.set(key.charCodeAt(0), { value: node.value, children: node.children ? byCode(node.children) : undefined })
  }
  return out
}

const CODE_ROOT: ReadonlyMap<number, CodeNode> = byCode(ROOT)
/** The root nodes of U+3000-U+30FF (all kana) by code - 0x3000: an array index, not a hash lookup. */
const ROOT_3000: readonly (CodeNode | undefined)[] = Array.from({ length: 0x100 }, (_, i) => CODE_ROOT.get(0x3000 + i))

/** wanakana's katakana → hiragana step on the way to romaji (ー lengthens the previous vowel). */
function katakanaToHiragana(input: string): string {
  let out = ''
  // Code of the previous kana (as hiragana), 0 when there is none.
  let previousKana = 0
  for (let index = 0; index < input.length; index += 1) {
    const code = input.charCodeAt(index)
    if (code === 0x30fb || (code === 0x30fc && index < 1) || code === 0x30f6 || code === 0x30f5) {
      // ・, a leading ー, ヶ and ヵ are kept as they are.
      out += input[index] as string
    } else if (code === 0x30fc && previousKana !== 0) {
      // The romaji of the previous kana alone (wanakana's toRomaji of one character), last letter.
      const romaji = (CODE_ROOT.get(previousKana)?.value ?? String.fromCharCode(previousKana)).slice(-1)
      const before = input.charCodeAt(index - 1)
      out += before >= 0x30a1 && before <= 0x30fc && romaji === 'o' ? 'お' : (LONG_VOWELS[romaji] ?? '')
    } else if (code !== 0x30fc && code >= 0x30a1 && code <= 0x30fc) {
      previousKana = code - 0x60
      out += String.fromCharCode(previousKana)
    } else {
      previousKana = 0
      out += input[index] as string
    }
  }
  return out
}

/** Kana → Hepburn romaji, exactly as wanakana `toRomaji(text)` (default options). */
export function kanaToRomaji(text: string): string {
  // Without ー, wanakana's katakana → hiragana step maps each unit on its own (hiraganaCode): the
  // tree is walked over the converted codes directly instead of over a converted copy.
  const converted = text.includes('ー')
  const s = converted ? katakanaToHiragana(text) : text
  let out = ''
  let i = 0
  while (i < s.length) {
    const code = converted ? s.charCodeAt(i) : hiraganaCode(s.charCodeAt(i))
    let node = code >= 0x3000 && code <= 0x30ff ? ROOT_3000[code - 0x3000] : CODE_ROOT.get(code)
    let value = node?.value ?? String.fromCharCode(code)
    i += 1
    // Longest match: follow the tree while the next character continues the chunk.
    while (i < s.length && node?.children !== undefined) {
      const nextCode = converted ? s.charCodeAt(i) : hiraganaCode(s.charCodeAt(i))
      const next = node.children.get(nextCode)
      if (next === undefined) break
      value = next.value ?? value + String.fromCharCode(nextCode)
      node = next
      i += 1
    }
    out += value
  }
  return out
}

/** {@link katakanaToHiragana} of one unit of a text without ー (・ ヶ ヵ and non-katakana kept). */
function hiraganaCode(code: number): number {
  return code >= 0x30a1 && code <= 0x30fa && code !== 0x30f5 && code !== 0x30f6 ? code - 0x60 : code
}
