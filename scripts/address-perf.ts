/**
 * µs per signup of the address check, by kind of input (see scripts/lib/check-cost.ts).
 *   node --import tsx scripts/address-perf.ts
 */
import { printCheckCost } from './lib/check-cost.js'

const address = (a: object) => [{ address: a }]
await printCheckCost('address', {
  split: address({ postalCode: '150-0002', prefecture: '東京都', city: '渋谷区', street: '渋谷2丁目21-1', building: '渋谷ヒカリエ 8F' }),
  fullwidth: address({ postalCode: '１５０－０００２', prefecture: '東京都', city: '渋谷区', street: '渋谷２丁目２１－１', building: '渋谷ヒカリエ　８Ｆ' }),
  kanjiNumerals: address({ postalCode: '100-0013', prefecture: '東京都', city: '千代田区', street: '霞が関二丁目一番二号' }),
  full: address({ full: '〒100-0005 東京都千代田区丸の内1-9-1 グラントウキョウノースタワー' }),
  fullNoPostal: address({ full: '大阪府大阪市北区梅田3丁目1番3号' }),
  kyoto: address({ postalCode: '604-8006', prefecture: '京都府', city: '京都市中京区', street: '河原町通三条上る恵比須町427' }),
  business: address({ postalCode: '604-8571', prefecture: '京都府', city: '京都市中京区', street: '寺町通御池上る上本能寺前町488' }),
})
