/**
 * Katakana approximations of Mandarin (pinyin) and Korean (hangul) syllables, as Japanese media and
 * foreign residents write Chinese and Korean names (王 ワン, 張 チャン, 金 キム, 朴 パク).
 *
 * Build-time only: scripts/build-name-data.ts stores the results per kanji in data/name/kanji.json,
 * and scripts/name-corpus.ts uses them to build fraud-like test cases. Transcription conventions vary
 * (voicing, long vowels, チェン/チエン), so each syllable yields a few variants; the check compares
 * them with a loose key that ignores voicing, small kana and vowel length.
 */

/** A consonant row: plain vowels a i u e o, then palatal ya yu yo ye. */
type Row = readonly [string, string, string, string, string, string, string, string, string]

const ROWS: Record<string, Row> = {
  '': ['ア', 'イ', 'ウ', 'エ', 'オ', 'ヤ', 'ユ', 'ヨ', 'イェ'],
  k: ['カ', 'キ', 'ク', 'ケ', 'コ', 'キャ', 'キュ', 'キョ', 'キェ'],
  g: ['ガ', 'ギ', 'グ', 'ゲ', 'ゴ', 'ギャ', 'ギュ', 'ギョ', 'ギェ'],
  s: ['サ', 'シ', 'ス', 'セ', 'ソ', 'シャ', 'シュ', 'ショ', 'シェ'],
  z: ['ザ', 'ジ', 'ズ', 'ゼ', 'ゾ', 'ジャ', 'ジュ', 'ジョ', 'ジェ'],
  ts: ['ツァ', 'ツィ', 'ツ', 'ツェ', 'ツォ', 'チャ', 'チュ', 'チョ', 'チェ'],
  sh: ['シャ', 'シ', 'シュ', 'シェ', 'ショ', 'シャ', 'シュ', 'ショ', 'シェ'],
  j: ['ジャ', 'ジ', 'ジュ', 'ジェ', 'ジョ', 'ジャ', 'ジュ', 'ジョ', 'ジェ'],
  ch: ['チャ', 'チ', 'チュ', 'チェ', 'チョ', 'チャ', 'チュ', 'チョ', 'チェ'],
  t: ['タ', 'ティ', 'トゥ', 'テ', 'ト', 'チャ', 'チュ', 'チョ', 'チェ'],
  d: ['ダ', 'ディ', 'ドゥ', 'デ', 'ド', 'ジャ', 'ジュ', 'ジョ', 'ジェ'],
  n: ['ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ニャ', 'ニュ', 'ニョ', 'ニェ'],
  h: ['ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'ヒャ', 'ヒュ', 'ヒョ', 'ヒェ'],
  f: ['ファ', 'フィ', 'フ', 'フェ', 'フォ', 'フャ', 'フュ', 'フョ', 'フェ'],
  b: ['バ', 'ビ', 'ブ', 'ベ', 'ボ', 'ビャ', 'ビュ', 'ビョ', 'ビェ'],
  p: ['パ', 'ピ', 'プ', 'ペ', 'ポ', 'ピャ', 'ピュ', 'ピョ', 'ピェ'],
  m: ['マ', 'ミ', 'ム', 'メ', 'モ', 'ミャ', 'ミュ', 'ミョ', 'ミェ'],
  r: ['ラ', 'リ', 'ル', 'レ', 'ロ', 'リャ', 'リュ', 'リョ', 'リェ'],
  w: ['ワ', 'ウィ', 'ウ', 'ウェ', 'ウォ', 'ヤ', 'ユ', 'ヨ', 'イェ'],
}

const TOKEN_INDEX: Record<string, number> = { a: 0, i: 1, u: 2, e: 3, o: 4, Ya: 5, Yu: 6, Yo: 7, Ye: 8 }

/** A template: vowel tokens (a i u e o Ya Yu Yo Ye) combine with the row; anything else is literal kana. */
type Template = readonly string[]

function render(row: Row, template: Template): string {
  return template.map((token) => (token in TOKEN_INDEX ? row[TOKEN_INDEX[token] as number] : token)).join('')
}

/** Pinyin initials (longest first) and their katakana row. */
const PINYIN_INITIALS: readonly (readonly [string, readonly string[]])[] = [
  ['zh', ['j', 'ch']], ['ch', ['ch']], ['sh', ['sh']],
  ['b', ['b']], ['p', ['p']], ['m', ['m']], ['f', ['f']], ['d', ['d']], ['t', ['t']], ['n', ['n']], ['l', ['r']],
  ['g', ['g']], ['k', ['k']], ['h', ['h']], ['j', ['j', 'ch']], ['q', ['ch']], ['x', ['sh']], ['r', ['r']],
  ['z', ['z', 'ts']], ['c', ['ts']], ['s', ['s']], ['w', ['w']],
]

/** Pinyin finals and their templates (y- syllables are rewritten to i-/ü- finals first). */
const PINYIN_FINALS: Record<string, readonly Template[]> = {
  a: [['a', 'ー']], ai: [['a', 'イ']], an: [['a', 'ン']], ang: [['a', 'ン']], ao: [['a', 'オ']],
  o: [['o', 'ー']], ou: [['o', 'ウ']], ong: [['o', 'ン']],
  e: [['o', 'ー'], ['u', 'ー'], ['a', 'ー'], ['e', 'ー']], ei: [['e', 'イ']], en: [['e', 'ン']],
  eng: [['o', 'ン'], ['e', 'ン']], er: [['a', 'ル']],
  i: [['i', 'ー']],
  ia: [['Ya'], ['i', 'ア']], iao: [['Ya', 'オ'], ['i', 'ア', 'オ']],
  ian: [['i', 'エ', 'ン'], ['Ye', 'ン'], ['i', 'ア', 'ン']], iang: [['Ya', 'ン'], ['i', 'ア', 'ン']],
  ie: [['i', 'エ'], ['Ye']], in: [['i', 'ン']], ing: [['i', 'ン']],
  iong: [['Yo', 'ン'], ['i', 'オ', 'ン']], iu: [['Yu', 'ウ'], ['i', 'ウ'], ['Yu', 'ー']],
  u: [['u', 'ー']], ua: [['u', 'ア'], ['o', 'ア']], uai: [['u', 'ア', 'イ'], ['a', 'イ']],
  uan: [['u', 'ア', 'ン'], ['a', 'ン'], ['o', 'ア', 'ン'], ['u', 'ワ', 'ン']],
  uang: [['u', 'ア', 'ン'], ['a', 'ン'], ['o', 'ア', 'ン']],
  ui: [['u', 'イ'], ['u', 'エ', 'イ'], ['o', 'イ']], un: [['u', 'ン']], uo: [['u', 'オ'], ['o', 'ー']],
  v: [['Yu', 'ー'], ['Yu', 'イ']], ve: [['Yu', 'エ'], ['u', 'エ']],
  van: [['Yu', 'ア', 'ン'], ['Yu', 'エ', 'ン']], vn: [['Yu', 'ン'], ['i', 'ン']],
}

/** y-syllables as '' + i/ü finals (pinyin spelling rules). */
const Y_REWRITE: Record<string, string> = {
  yi: 'i', ya: 'ia', yan: 'ian', yang: 'iang', yao: 'iao', ye: 'ie', yin: 'in', ying: 'ing', yo: 'iao',
  yong: 'iong', you: 'iu', yu: 'v', yuan: 'van', yue: 've', yun: 'vn',
}

/**
 * Katakana variants of one pinyin syllable (tone digit optional): `wang2` → [ワン], `zhang1` →
 * [ジャン], `li3` → [リー]. Unknown spellings return [].
 */
export function pinyinToKatakana(syllable: string): string[] {
  let s = syllable.toLowerCase().replace(/[0-9]/g, '').replace(/ü|u:/g, 'v')
  let rows: Row[] = [ROWS[''] as Row]
  if (s.startsWith('y')) {
    const rewritten = Y_REWRITE[s]
    if (rewritten === undefined) return []
    s = rewritten
  } else {
    const initial = PINYIN_INITIALS.find(([p]) => s.startsWith(p))
    if (initial) {
      rows = initial[1].map((name) => ROWS[name] as Row)
      s = s.slice(initial[0].length)
      // After j, q, x the vowel u is ü (ju = jü).
      if (['j', 'q', 'x'].includes(initial[0]) && s.startsWith('u')) s = `v${s.slice(1)}`
      // The apical vowel of zi ci si is closest to ウ in katakana (ズー, ツー, スー).
      if (['z', 'c', 's'].includes(initial[0]) && s === 'i') s = 'u'
      if (initial[0] === 'w') {
        // wu is u; wa wai wan wang wei wen weng wo take the w row.
        if (s === 'u') rows = [ROWS[''] as Row]
        else if (s === 'ei' || s === 'en' || s === 'eng' || s === 'o' || s === 'a' || s === 'ai' || s === 'an' || s === 'ang') {
          /* keep w row */
        } else return []
      }
    }
  }
  const templates = PINYIN_FINALS[s]
  if (!templates) return []
  const out = new Set(rows.flatMap((row) => templates.map((t) => render(row, t))))
  // h before a u-glide is often written with the f row: 黄 huang ファン, 華 hua ファ.
  if (rows[0] === ROWS.h && s.startsWith('u') && s.length > 1) {
    const rest = PINYIN_FINALS[s.slice(1)]
    for (const t of rest ?? []) out.add(render(ROWS.f as Row, t))
  }
  return [...out]
}

/* Hangul: syllable = 0xAC00 + (initial * 21 + medial) * 28 + final (Unicode ch. 3.12). */
const HANGUL_INITIAL_ROWS = ['k', 'k', 'n', 't', 't', 'r', 'm', 'p', 'p', 's', 's', '', 'ch', 'ch', 'ch', 'k', 't', 'p', 'h']
/** Medials: a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i. */
const HANGUL_MEDIALS: readonly (readonly Template[])[] = [
  [['a']], [['e']], [['Ya']], [['Ye']], [['o']], [['e']], [['Yo']], [['Ye']], [['o']],
  [['u', 'ァ'], ['a']], [['u', 'ェ'], ['e']], [['u', 'ェ'], ['e']], [['Yo']], [['u']],
  [['u', 'ォ'], ['o']], [['u', 'ェ'], ['e']], [['u', 'ィ'], ['i']], [['Yu']], [['u']], [['u', 'イ'], ['i']], [['i']],
]
/** Medial indexes that start with i or y, where an initial ㄹ/ㄴ drops in South Korean (李 리→이). */
const PALATAL_MEDIALS = new Set([2, 3, 6, 7, 12, 17, 20])
const HANGUL_FINALS = ['', 'ク', 'ク', 'ク', 'ン', 'ン', 'ン', 'ッ', 'ル', 'ク', 'ム', 'ル', 'ル', 'ル', 'プ', 'ル', 'ム', 'プ', 'プ', 'ッ', 'ッ', 'ン', 'ッ', 'ッ', 'ク', 'ッ', 'プ', 'ッ']

function hangulSyllable(code: number): string[] {
  const index = code - 0xac00
  const initial = Math.floor(index / 588)
  const medial = Math.floor((index % 588) / 28)
  const final = index % 28
  const rows = [HANGUL_INITIAL_ROWS[initial] as string]
  // Initial ㅇ before i/y may stand for an older ㄹ or ㄴ: 李 이 (リ), 林 임 (リム), 柳 류 (リュ).
  if (initial === 11 && PALATAL_MEDIALS.has(medial)) rows.push('r')
  // ...and the other way round: 柳 류 is also written ユ, 羅 라 also ナ.
  if (initial === 5) rows.push(PALATAL_MEDIALS.has(medial) ? '' : 'n')
  if (initial === 2 && PALATAL_MEDIALS.has(medial)) rows.push('')
  const out = new Set<string>()
  for (const rowName of rows) {
    const row = ROWS[rowName] as Row
    for (const template of HANGUL_MEDIALS[medial] ?? []) {
      let t = template
      // ㅎ + w-glide reads with the f row (황 ファン); ㅇ + w-glide is ワ ウェ ウォ ウィ.
      if (t[0] === 'u' && t.length === 2 && rowName === '') t = [{ ァ: 'ワ', ェ: 'ウェ', ォ: 'ウォ', ィ: 'ウィ' }[t[1] as string] ?? `ウ${t[1]}`]
      let kana = render(row, t)
      if (t[0] === 'u' && t.length === 2 && rowName === 'h') kana = render(ROWS.f as Row, [{ ァ: 'a', ェ: 'e', ォ: 'o', ィ: 'i' }[t[1] as string] ?? 'u'])
      out.add(kana + (HANGUL_FINALS[final] ?? ''))
    }
  }
  return [...out]
}

/** Katakana variants of a hangul string (one kanji's Korean reading): 김 → [キム], 박 → [パク]. */
export function hangulToKatakana(hangul: string): string[] {
  let variants = ['']
  for (const ch of hangul) {
    const code = ch.codePointAt(0) as number
    if (code < 0xac00 || code > 0xd7a3) return []
    const syllable = hangulSyllable(code)
    variants = variants.flatMap((prefix) => syllable.map((s) => prefix + s)).slice(0, 8)
  }
  return variants
}
