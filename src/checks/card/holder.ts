/**
 * Card holder name as typed or returned by the gateway. Embossed names are upper-case Latin
 * letters (ISO/IEC 7813 track 1 allows A–Z, space and a little punctuation); Japanese cards print
 * the romanized name (TARO YAMADA). Mismatch with the applicant's name belongs to the name check.
 */
import { redactNumbers } from './pan.js'

/** What the holder name looks like (facts). */
export type HolderNameStatus = 'absent' | 'blank' | 'latin' | 'not_latin' | 'placeholder'
/** Why a name is not Latin. */
export type NotLatinReason = 'japanese_script' | 'other_script' | 'digits' | 'symbols'

export interface HolderNameAnalysis {
  readonly status: HolderNameStatus
  /** Upper-case, NFKC, single-spaced, with digit runs of card-number length masked. */
  readonly normalized: string | null
  readonly reason: NotLatinReason | null
  /** A company name rather than a person (`ACME CO LTD`, `株式会社…`); never a signal by itself. */
  readonly corporate: boolean
}

/*
 * Placeholders people type instead of a name. Compared on letters only (punctuation and spaces
 * removed), so `CARD-HOLDER` and `Card Holder` match `CARDHOLDER`. YAMADA TARO / HANAKO are the
 * Japanese sample names printed on card images and forms (as JOHN DOE is in English); HOGE/FUGA
 * are the Japanese metasyntactic words.
 */
const PLACEHOLDERS: readonly string[] = [
  'TEST', 'TESTER', 'TESTTEST', 'TESTUSER', 'TESTCARD', 'TESTNAME', 'TESTING',
  'CARDHOLDER', 'CARDHOLDERNAME', 'CARDNAME', 'NAMEONCARD', 'HOLDER', 'HOLDERNAME',
  'NAME', 'YOURNAME', 'FULLNAME', 'FIRSTLAST', 'FIRSTNAMELASTNAME', 'NAMESURNAME', 'FIRSTNAMESURNAME',
  'JOHNDOE', 'JANEDOE', 'DOEJOHN', 'DOEJANE', 'TAROYAMADA', 'YAMADATARO', 'HANAKOYAMADA', 'YAMADAHANAKO',
  'SAMPLE', 'SAMPLENAME', 'DUMMY', 'DUMMYNAME', 'NONE', 'NONAME', 'NULL', 'UNDEFINED', 'UNKNOWN', 'NA', 'ANONYMOUS',
  'XXX', 'XXXX', 'ABC', 'ABCD', 'ASDF', 'ASDFASDF', 'QWERTY', 'QWER', 'ZXCV', 'FOO', 'FOOBAR', 'HOGE', 'HOGEHOGE', 'FUGA', 'HOGEFUGA',
  'テスト', 'てすと', 'ダミー', '山田太郎', '山田花子', 'ヤマダタロウ', 'ヤマダハナコ', 'カード名義', '名義人', 'ナシ', 'なし',
]
const PLACEHOLDER_SET = new Set(PLACEHOLDERS)

/*
 * Company markers (Latin and Japanese) on corporate cards. Word-bounded on the single-spaced,
 * upper-case name, so `INC` does not match `VINCENT`.
 */
const CORPORATE_WORDS = new Set(['CO', 'LTD', 'INC', 'CORP', 'CORPORATION', 'COMPANY', 'LLC', 'KK', 'GK', 'LIMITED', 'GMBH', 'PLC', 'LLP'])
const CORPORATE_JA = ['株式会社', '有限会社', '合同会社', '(株)', '（株）', '㈱', '(有)', '㈲']

const JAPANESE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u
const NON_LATIN_LETTER = /[^\p{sc=Latin}\P{L}]/u
const DIGIT = /\d/
/** Punctuation an embossed or typed name may carry: apostrophe, period, hyphen, comma, slash, ampersand. */
const ALLOWED_SYMBOLS = /^[\p{sc=Latin}\p{M} .'’,\-/&]*$/u

const NOT_LETTER = /\P{L}+/gu

/** Letters only, upper-case, for placeholder comparison. */
function lettersOnly(name: string): string {
  return name.replace(NOT_LETTER, '')
}

/** Classifies a holder name; never throws. */
export function analyzeHolderName(raw: string | undefined): HolderNameAnalysis {
  if (raw === undefined) return { status: 'absent', normalized: null, reason: null, corporate: false }
  const normalized = redactNumbers(raw.normalize('NFKC').toUpperCase().replace(/\s+/g, ' ').trim())
  if (normalized === '') return { status: 'blank', normalized, reason: null, corporate: false }
  const words = normalized.split(/[ .,]+/)
  const corporate = words.some((w) => CORPORATE_WORDS.has(w)) || CORPORATE_JA.some((m) => normalized.includes(m))
  const letters = lettersOnly(normalized)
  if (letters === '') {
    // Only digits, stars, dashes: no name at all.
    return { status: 'blank', normalized, reason: null, corporate }
  }
  if (!corporate && (PLACEHOLDER_SET.has(letters) || isRepeatedLetter(letters))) {
    return { status: 'placeholder', normalized, reason: null, corporate }
  }
  let reason: NotLatinReason | null = null
  if (JAPANESE.test(normalized)) reason = 'japanese_script'
  else if (NON_LATIN_LETTER.test(normalized)) reason = 'other_script'
  else if (DIGIT.test(normalized)) reason = 'digits'
  else if (!ALLOWED_SYMBOLS.test(normalized)) reason = 'symbols'
  return { status: reason === null ? 'latin' : 'not_latin', normalized, reason, corporate }
}

/** `A`, `AAAA`, `XX`: one letter typed over and over (a single letter is no name either). */
function isRepeatedLetter(letters: string): boolean {
  const first = letters[0]
  for (const ch of letters) if (ch !== first) return false
  return true
}

/** The placeholder list, for tests and documentation. */
export const HOLDER_PLACEHOLDERS = PLACEHOLDERS
