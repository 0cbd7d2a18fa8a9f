/**
 * Organization names and their kana: legal-form words (株式会社 カブシキガイシャ and friends) are
 * removed from both sides, present or omitted, before the rest is compared.
 */
import { readingForm, withoutSpaces } from './kana.js'

/** Legal forms with their readings (the first reading is the usual one). Longest names first. */
export const LEGAL_FORMS: readonly (readonly [string, readonly string[]])[] = [
  ['特定非営利活動法人', ['とくていひえいりかつどうほうじん']],
  ['一般社団法人', ['いっぱんしゃだんほうじん']],
  ['一般財団法人', ['いっぱんざいだんほうじん']],
  ['公益社団法人', ['こうえきしゃだんほうじん']],
  ['公益財団法人', ['こうえきざいだんほうじん']],
  ['社会福祉法人', ['しゃかいふくしほうじん']],
  ['独立行政法人', ['どくりつぎょうせいほうじん']],
  ['株式会社', ['かぶしきがいしゃ', 'かぶしきかいしゃ']],
  ['有限会社', ['ゆうげんがいしゃ', 'ゆうげんかいしゃ']],
  ['合同会社', ['ごうどうがいしゃ', 'ごうどうかいしゃ']],
  ['合資会社', ['ごうしがいしゃ', 'ごうしかいしゃ']],
  ['合名会社', ['ごうめいがいしゃ', 'ごうめいかいしゃ']],
  ['医療法人社団', ['いりょうほうじんしゃだん']],
  ['医療法人', ['いりょうほうじん']],
  ['学校法人', ['がっこうほうじん']],
  ['宗教法人', ['しゅうきょうほうじん']],
  ['NPO法人', ['えぬぴーおーほうじん', 'えぬぴいおおほうじん']],
  ['(株)', ['かぶしきがいしゃ', 'かぶしきかいしゃ']],
  ['(有)', ['ゆうげんがいしゃ', 'ゆうげんかいしゃ']],
  ['(同)', ['ごうどうがいしゃ', 'ごうどうかいしゃ']],
]

/** Removes legal-form words from a normalized organization name (NFKC turns ㈱ into (株)). */
export function stripLegalForm(name: string): { core: string; forms: string[] } {
  let core = withoutSpaces(name)
  const forms: string[] = []
  for (const [form] of LEGAL_FORMS) {
    if (core.includes(form)) {
      core = core.split(form).join('')
      forms.push(form)
    }
  }
  return { core, forms }
}

/** Removes the readings of legal forms from organization kana (present or omitted). */
export function stripLegalKana(kana: string): string {
  // readingForm turns katakana into hiragana itself (the same range as toHiragana).
  let core = readingForm(kana)
  for (const [, readings] of LEGAL_FORMS) {
    for (const r of readings) {
      if (core.startsWith(r)) core = core.slice(r.length)
      else if (core.endsWith(r)) core = core.slice(0, -r.length)
    }
  }
  return core
}
