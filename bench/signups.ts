/**
 * A fixed, generated set of complete signups for benchmarks: every one of the six checks has input.
 * Deterministic (seeded), so runs compare like with like. Values are recombined from pools of real-
 * looking Japanese data (the same kinds as examples/signups.jsonl), legitimate and fraudulent alike,
 * so the checks take both their quiet and their noisy paths.
 */
import { mulberry32 as prng } from '../scripts/lib/prng.js'

/** family, given, their kana, and the card holder name as the card would carry it. */
const NAMES: [string, string, string, string, string][] = [
  ['石井', '花子', 'イシイ', 'ハナコ', 'HANAKO ISHII'],
  ['佐藤', '大翔', 'サトウ', 'ヒロト', 'HIROTO SATO'],
  ['鈴木', '一郎', 'スズキ', 'イチロウ', 'ICHIRO SUZUKI'],
  ['高橋', '陽菜', 'タカハシ', 'ヒナ', 'HINA TAKAHASHI'],
  ['田中', '健太', 'タナカ', 'ケンタ', 'KENTA TANAKA'],
  ['渡邉', '結衣', 'ワタナベ', 'ユイ', 'YUI WATANABE'],
  ['伊藤', '誠', 'イトウ', 'マコト', 'MAKOTO ITO'],
  ['小鳥遊', '蒼', 'タカナシ', 'アオイ', 'AOI TAKANASHI'],
  ['五十嵐', '健一', 'イガラシ', 'ケンイチ', 'KENICHI IGARASHI'],
  ['長谷川', '美咲', 'ハセガワ', 'ミサキ', 'MISAKI HASEGAWA'],
  ['田中', '太郎', 'ティエンジョン', 'タイラン', 'TAIRANG TIAN'], // Chinese reading
  ['金子', '由美', 'キムジャ', 'ユミ', 'YUMI KANEKO'], // Korean reading
  ['伊藤', '誠', 'ヌヘサ', 'ロモケ', 'MAKOTO ITO'], // random kana
  ['高橋', '翔', 'takahashi', 'sho', 'SHO TAKAHASHI'], // romaji in the kana field
  ['张', '伟', 'チャン', 'ウェイ', 'WEI ZHANG'], // simplified Chinese
  ['山田', '太郎', 'ヤマダ', 'タロウ', 'TEST CARD'], // placeholder
]
const ADDRESSES: [string, string, string, string][] = [
  ['150-0002', '東京都', '渋谷区', '渋谷2丁目21-1'],
  ['530-0001', '大阪府', '大阪市北区', '梅田三丁目1番3号'],
  ['810-0001', '福岡県', '福岡市中央区', '天神１－８－１'],
  ['604-8571', '京都府', '京都市中京区', '寺町通御池上る上本能寺前町488'],
  ['160-0023', '東京都', '新宿区', '西新宿2-8-1'],
  ['220-0012', '神奈川県', '横浜市西区', 'みなとみらい2-2-1'],
  ['460-0008', '愛知県', '名古屋市中区', '栄3-5-1'],
  ['060-0001', '北海道', '札幌市中央区', '北一条西2丁目'],
  ['389-0111', '長野県', '北佐久郡軽井沢町', '長倉2035'],
  ['980-0811', '宮城県', '仙台市青葉区', '一番町4-1-1'],
  ['530-0001', '東京都', '千代田区', '丸の内1-9-1'], // postal code of Osaka
  ['100-0001', '東京都', '千代田区', '千代田1-1'],
]
const EMAIL_DOMAINS = ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'ezweb.ne.jp', 'icloud.com', 'outlook.jp', 'aozora-sys.co.jp', 'abc.ocn.ne.jp', 'mailinator.com', 'gmial.com']
const LOCALS = ['hanako.i', 'hiroto.sato', 'misaki_w', 'naoki.k1985', 'info', 'k7x2qz9w', 'taro+vps', 'qxzvbnmwrt8841', 'test']
// Mobile numbers only among the legitimate ones: a fixed line would have to match the address's area.
const PHONES = ['090-3821-4476', '080-4417-2290', '070-6624-1187', '090-5512-0934', '050-5532-8190', '090-1234-5678', '0990-52-1234', '+86 138 0013 8000', '03-5218-4471']
/** Cards without the holder name, which comes from the applicant's name (see generateSignups). */
const CARDS: Record<string, unknown>[] = [
  { bin: '490222', last4: '4821', expMonth: 9, expYear: 2029, gateway: { cvc: 'match', avs: 'match', threeDSecure: 'authenticated' } },
  { bin: '356999', last4: '1042', expMonth: '03', expYear: '2030', gateway: { cvc: 'match', threeDSecure: 'authenticated' } },
  { number: '4111 1111 1111 1111', expMonth: 12, expYear: 2030 },
  { bin: '520082', last4: '6627', expMonth: 4, expYear: 2025, gateway: { cvc: 'no_match' } },
  { number: '3530111333300000', expMonth: 1, expYear: 2031 },
]
const IPS = ['126.36.42.17', '153.156.88.21', '49.98.132.77', '60.32.114.5', '106.133.20.54', '2400:4050:a0c0:1200::1', '13.112.44.201', '103.152.220.9', '159.89.196.35', '47.74.12.88', '160.16.59.120', '192.168.1.10']
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/155.0.0.0 Safari/537.36'
const IOS = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Mobile/15E148 Safari/604.1'
const HEADER_SETS: Record<string, string>[] = [
  {
    'user-agent': CHROME,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
    'accept-language': 'ja,en-US;q=0.9,en;q=0.8',
    'accept-encoding': 'gzip, deflate, br, zstd',
    'sec-ch-ua': '"Google Chrome";v="155", "Chromium";v="155", "Not A(Brand";v="24"',
    'sec-ch-ua-mobile': '?0',
    'sec-ch-ua-platform': '"Windows"',
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
  },
  {
    'user-agent': IOS,
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'accept-language': 'ja-JP,ja;q=0.9',
    'accept-encoding': 'gzip, deflate, br',
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
  },
  { 'user-agent': 'curl/8.5.0', accept: '*/*' },
  { 'user-agent': 'python-requests/2.32.3', accept: '*/*', 'accept-encoding': 'gzip, deflate' },
  { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/155.0.0.0 Safari/537.36', accept: '*/*', 'accept-language': 'en-US' },
]

/**
 * How many entries at the head of each pool are legitimate; the rest carry fraud traits. A legit
 * signup draws only from the heads, a fraudulent one from whole pools.
 */
const LEGIT = { names: 10, addresses: 10, domains: 8, locals: 5, phones: 4, cards: 2, ips: 6, headers: 2 } as const
/** Share of fraudulent signups: high for a real signup flow, so the noisy paths are measured too. */
const FRAUD_SHARE = 0.1

/** `count` complete signups (about 90% legitimate), deterministic for a seed. */
export function generateSignups(count: number, seed = 20261129): Record<string, unknown>[] {
  const random = prng(seed)
  return Array.from({ length: count }, (_, i) => {
    const fraud = random() < FRAUD_SHARE
    const pick = <T>(list: readonly T[], legit: number): T => list[Math.floor(random() * (fraud ? list.length : legit))]!
    const [family, given, familyKana, givenKana, holderName] = pick(NAMES, LEGIT.names)
    const [postalCode, prefecture, city, street] = pick(ADDRESSES, LEGIT.addresses)
    const jp = !fraud || random() < 0.5
    return {
      id: `bench-${i}`,
      submittedAt: '2026-11-20T10:15:00+09:00',
      name: { family, given, familyKana, givenKana },
      ...(random() < 0.15 ? { organization: { name: '株式会社青空システム', nameKana: 'カブシキガイシャアオゾラシステム' } } : {}),
      address: { postalCode, prefecture, city, street, building: random() < 0.3 ? 'サンシャインビル 3F' : undefined },
      email: `${pick(LOCALS, LEGIT.locals)}${random() < 0.3 ? Math.floor(random() * 100) : ''}@${pick(EMAIL_DOMAINS, LEGIT.domains)}`,
      phone: pick(PHONES, LEGIT.phones),
      card: { ...pick(CARDS, LEGIT.cards), holderName },
      ip: pick(IPS, LEGIT.ips),
      headers: pick(HEADER_SETS, LEGIT.headers),
      client: jp ? { timezone: 'Asia/Tokyo', language: 'ja-JP', captchaScore: 0.9 } : { timezone: 'Asia/Shanghai', language: 'zh-CN', captchaScore: 0.2 },
    }
  })
}
