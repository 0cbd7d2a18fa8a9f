/**
 * µs per signup of the name check, by kind of input and on the golden corpora (see
 * scripts/lib/check-cost.ts). Run in a fresh process:
 *   node --import tsx scripts/name-perf.ts [rounds]
 */
import { loadCorpus, type CorpusRow } from '../test/checks/name/corpus-rows.js'
import { printCheckCost } from './lib/check-cost.js'

const rounds = Number(process.argv[2] ?? 4000)

type Row = CorpusRow
const load = loadCorpus
const splitInput = (r: Row): unknown => ({
  name: { family: r.family, given: r.given, familyKana: r.familyKana, givenKana: r.givenKana },
  ...(r.holderName ? { card: { holderName: r.holderName } } : {}),
})
const fullInput = (r: Row): unknown => ({ name: { full: r.family + r.given, fullKana: r.familyKana + r.givenKana } })

const KINDS: Readonly<Record<string, readonly unknown[]>> = {
  typical: [
    { name: { family: '山田', given: '花子', familyKana: 'ヤマダ', givenKana: 'ハナコ' }, card: { holderName: 'HANAKO YAMADA' }, email: 'x@y.jp' },
    { name: { family: '佐藤', given: '大翔', familyKana: 'サトウ', givenKana: 'ヒロト' }, card: { holderName: 'HIROTO SATO' }, email: 'x@y.jp' },
    { name: { family: '高橋', given: '美咲', familyKana: 'たかはし', givenKana: 'みさき' }, card: { holderName: 'MISAKI TAKAHASHI' }, email: 'x@y.jp' },
    { name: { family: '小鳥遊', given: '陽菜', familyKana: 'タカナシ', givenKana: 'ヒナ' }, card: { holderName: 'HINA TAKANASHI' }, email: 'x@y.jp' },
  ],
  fullSpaced: [{ name: { full: '佐藤 大翔', fullKana: 'サトウ ヒロト' } }, { name: { full: '山田 花子', fullKana: 'やまだ はなこ' } }],
  fullUnspaced: [{ name: { full: '佐藤大翔', fullKana: 'サトウヒロト' } }, { name: { full: '高橋美咲', fullKana: 'タカハシミサキ' } }],
  chinese: [
    { name: { family: '王', given: '偉', familyKana: 'ワン', givenKana: 'ウェイ' }, card: { holderName: 'WEI WANG' } },
    { name: { family: '張', given: '小明', familyKana: 'チャン', givenKana: 'シャオミン' } },
  ],
  randomKana: [
    { name: { family: '山田', given: '花子', familyKana: 'ザタセウ', givenKana: 'ポヤネ' }, card: { holderName: 'HANAKO YAMADA' } },
    { name: { family: '篠原', given: '有重', familyKana: 'ダダイカ', givenKana: 'ラミ' } },
  ],
  romajiKana: [{ name: { family: '山田', given: '花子', familyKana: 'Yamada', givenKana: 'Hanako' } }],
  organization: [
    { organization: { name: '株式会社青空システム', nameKana: 'カブシキガイシャアオゾラシステム' } },
    { organization: { name: '山田商事株式会社', nameKana: 'ヤマダショウジ' } },
  ],
  'corpus real (split+holder)': load('real.csv').map(splitInput),
  'corpus real (full, unspaced)': load('real.csv').map(fullInput),
  'corpus chinese': load('chinese.csv').map(splitInput),
  'corpus random': load('random.csv').map(splitInput),
  'corpus romaji': load('romaji.csv').map(splitInput),
}

await printCheckCost('name', KINDS, rounds)
