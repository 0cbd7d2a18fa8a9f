/**
 * Builds the network check's golden corpora in test/checks/network/corpus/ from real data:
 *
 * - browsers.jsonl: real browser UA strings (top-user-agents, MIT; user-agents, BSD-2-Clause: the
 *   most frequent entries by traffic weight) with the headers that browser sends for a Japanese
 *   user. The headers are rendered from ua-parser-js 1.0.41's reading of the UA (not from the
 *   check's own reader) following each browser's documented behaviour: Chromium 89+ sends
 *   sec-ch-ua/-mobile/-platform, Chromium 80+, Firefox 90+ and Safari 16.4+ send Sec-Fetch-*.
 * - bots.jsonl: crawler UA instances (crawler-user-agents, MIT) and default UAs of HTTP libraries
 *   and automation tools, as they send them (version strings from their releases).
 * - ips.jsonl: addresses of cloud providers and Japanese consumer ISPs / carriers, sampled from the
 *   @ip-location-db/asn source CSV by the provider's organization name (addresses at evenly spaced
 *   quantiles of the provider's whole address space), independent of the check's own ASN classification.
 *
 * Run: node --import tsx scripts/network-corpus.ts
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { fetchPackage } from './lib/npm-source.js'
import { mulberry32 as rng } from './lib/prng.js'

const require = createRequire(import.meta.url)
interface UaResult {
  browser: { name?: string; version?: string; major?: string }
  engine: { name?: string }
  os: { name?: string; version?: string }
  device: { type?: string }
}
const UAParser = require('ua-parser-js') as (ua: string) => UaResult

const OUT = resolve(import.meta.dirname, '..', 'test', 'checks', 'network', 'corpus')



const ACCEPT_LANGUAGES = ['ja,en-US;q=0.9,en;q=0.8', 'ja-JP,ja;q=0.9', 'ja', 'ja-JP', 'ja,en;q=0.9', 'ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7']

function browserHeaders(ua: string, random: () => number): { headers: Record<string, string>; note: string } {
  const r = UAParser(ua)
  const name = r.browser.name ?? ''
  const major = Number(r.browser.major ?? 0)
  const engine = r.engine.name ?? ''
  const os = r.os.name ?? ''
  const mobile = r.device.type === 'mobile'
  const chromiumMajor = Number(/Chrome\/(\d+)/.exec(ua)?.[1] ?? 0)
  const blink = engine === 'Blink' && os !== 'iOS'
  const firefox = engine === 'Gecko'
  const webkit = engine === 'WebKit'
  const h: Record<string, string> = {}
  // Header-name case varies with the host's framework; the check must not care.
  const name1 = (n: string): string => (random() < 0.3 ? n.replace(/(^|-)([a-z])/g, (_m, d: string, c: string) => d + c.toUpperCase()) : n)
  h[name1('user-agent')] = ua
  h[name1('accept')] = blink
    ? 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7'
    : 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
  h[name1('accept-language')] = ACCEPT_LANGUAGES[Math.floor(random() * ACCEPT_LANGUAGES.length)]!
  h[name1('accept-encoding')] = blink && chromiumMajor >= 123 ? 'gzip, deflate, br, zstd' : 'gzip, deflate, br'
  if (blink && chromiumMajor >= 89) {
    const brand =
      name === 'Edge' ? `"Microsoft Edge";v="${major}"` : name.startsWith('Opera') ? `"Opera";v="${major}"` : name === 'Samsung Internet' ? `"Samsung Internet";v="${major}"` : `"Google Chrome";v="${chromiumMajor}"`
    h['sec-ch-ua'] = `"Chromium";v="${chromiumMajor}", ${brand}, "Not?A_Brand";v="99"`
    h['sec-ch-ua-mobile'] = mobile ? '?1' : '?0'
    const platform = os === 'Mac OS' || os === 'macOS' ? 'macOS' : os === 'Chromium OS' || os === 'Chrome OS' ? 'Chrome OS' : os === 'Linux' || os === 'Ubuntu' ? 'Linux' : os
    h['sec-ch-ua-platform'] = `"${platform}"`
  }
  const safariVersion = Number(/Version\/(\d+)/.exec(ua)?.[1] ?? 0)
  const iosVersion = Number(r.os.version?.split('.')[0] ?? 0)
  const sendsFetch =
    (blink && chromiumMajor >= 80) || (firefox && major >= 90) || (webkit && (safariVersion >= 17 || (os === 'iOS' && iosVersion >= 17)))
  if (sendsFetch) {
    h['sec-fetch-site'] = 'same-origin'
    h['sec-fetch-mode'] = 'navigate'
    h['sec-fetch-dest'] = 'document'
    h['sec-fetch-user'] = '?1'
  }
  h['upgrade-insecure-requests'] = '1'
  h.referer = 'https://example.jp/signup'
  h.cookie = '_ga=GA1.1.123456789.1700000000; session=abc'
  return { headers: h, note: `${name} ${major} / ${os}${mobile ? ' mobile' : ''} (${engine})` }
}

function buildBrowsers(): string[] {
  const top = fetchPackage('top-user-agents', '2.1.138')
  const ua = fetchPackage('user-agents', '2.1.198')
  const random = rng(20261129)
  const topList = JSON.parse(readFileSync(join(top.dir, 'src', 'index.json'), 'utf8')) as string[]
  const weighted = JSON.parse(readFileSync(join(ua.dir, 'dist', 'user-agents.json'), 'utf8')) as { userAgent: string; weight: number }[]
  weighted.sort((a, b) => b.weight - a.weight)
  const seen = new Set<string>()
  const lines: string[] = []
  const add = (userAgent: string, source: string, weight: number | null): void => {
    if (seen.has(userAgent)) return
    seen.add(userAgent)
    const { headers, note } = browserHeaders(userAgent, random)
    lines.push(JSON.stringify({ source, weight, note, headers }))
  }
  for (const u of topList) add(u, 'top-user-agents@2.1.138', null)
  for (const u of weighted) {
    if (lines.length >= 400) break
    add(u.userAgent, 'user-agents@2.1.198', u.weight)
  }
  return lines
}

/** Default User-Agents of HTTP libraries and automation, as sent by the listed release. */
const SCRIPT_UAS: readonly [string, string][] = [
  ['curl/8.5.0', 'curl 8.5 (Ubuntu 24.04)'],
  ['curl/7.81.0', 'curl 7.81 (Ubuntu 22.04)'],
  ['Wget/1.21.4', 'GNU Wget'],
  ['python-requests/2.32.3', 'Python requests'],
  ['python-requests/2.31.0', 'Python requests'],
  ['Python-urllib/3.12', 'Python urllib'],
  ['python-httpx/0.27.0', 'HTTPX'],
  ['Python/3.11 aiohttp/3.9.5', 'aiohttp'],
  ['Scrapy/2.11.2 (+https://scrapy.org)', 'Scrapy'],
  ['Go-http-client/1.1', 'Go net/http'],
  ['Go-http-client/2.0', 'Go net/http (HTTP/2)'],
  ['okhttp/4.12.0', 'OkHttp (Android/Java)'],
  ['okhttp/3.14.9', 'OkHttp 3'],
  ['Java/17.0.10', 'Java HttpURLConnection'],
  ['Java-http-client/21.0.2', 'Java 11+ HttpClient'],
  ['Apache-HttpClient/4.5.14 (Java/17.0.10)', 'Apache HttpClient'],
  ['axios/1.7.2', 'axios'],
  ['node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'node-fetch 2'],
  ['node', 'Node fetch (undici) default'],
  ['undici', 'undici'],
  ['got (https://github.com/sindresorhus/got)', 'got'],
  ['PostmanRuntime/7.39.0', 'Postman'],
  ['insomnia/2023.5.8', 'Insomnia'],
  ['HTTPie/3.2.2', 'HTTPie'],
  ['libwww-perl/6.72', 'Perl LWP'],
  ['Ruby', 'Ruby Net::HTTP'],
  ['Faraday v2.9.0', 'Ruby Faraday'],
  ['rest-client/2.1.0 (linux-gnu x86_64) ruby/3.2.2p53', 'Ruby rest-client'],
  ['GuzzleHttp/7', 'PHP Guzzle'],
  ['Dart/3.3 (dart:io)', 'Dart'],
  ['RestSharp/110.2.0.0', '.NET RestSharp'],
  ['Deno/1.44.0', 'Deno fetch'],
  ['Bun/1.1.12', 'Bun fetch'],
  ['reqwest/0.12.4', 'Rust reqwest'],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.6478.126 Safari/537.36', 'Puppeteer / Playwright default headless'],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36', 'Headless Chrome on Windows'],
  ['Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1', 'PhantomJS'],
  ['Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534.34 (KHTML, like Gecko) PhantomJS/1.9.8 Safari/534.34', 'PhantomJS 1.9'],
  ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Safari/537.36 Selenium', 'Selenium marker'],
  ['', 'empty UA'],
]

function buildBots(): string[] {
  const crawlers = fetchPackage('crawler-user-agents', '1.60.0')
  const list = JSON.parse(readFileSync(join(crawlers.dir, 'crawler-user-agents.json'), 'utf8')) as { pattern: string; instances?: string[] }[]
  const seen = new Set<string>()
  const lines: string[] = []
  for (const [ua, note] of SCRIPT_UAS) {
    seen.add(ua)
    lines.push(JSON.stringify({ source: 'curated', note, ua }))
  }
  for (const entry of list) {
    for (const ua of entry.instances ?? []) {
      if (seen.has(ua)) continue
      seen.add(ua)
      lines.push(JSON.stringify({ source: 'crawler-user-agents@1.60.0', note: entry.pattern.slice(0, 60), ua }))
    }
  }
  return lines
}

/** Providers by organization name as the ASN source names them. */
const CLOUD = [
  ['AWS', /^Amazon(\.com| Data Services| Technologies)/],
  ['Google Cloud', /^Google (LLC|Cloud|Asia Pacific)/],
  ['Microsoft Azure', /^Microsoft (Corporation|Limited)/],
  ['Oracle Cloud', /^Oracle (Corporation|America|Svenska)/],
  ['Alibaba Cloud', /Alibaba/],
  ['Tencent Cloud', /Tencent/],
  ['DigitalOcean', /^DigitalOcean/],
  // Akamai Technologies also runs CDN edges and iCloud Private Relay (AS36183): only Linode's ASN.
  ['Linode/Akamai', /^Linode/, 63949],
  ['Vultr', /^(The Constant Company|Vultr)/],
  ['OVH', /^OVH/],
  ['Hetzner', /^Hetzner/],
  ['Contabo', /^Contabo/],
  ['SAKURA internet', /^SAKURA Internet/i],
  ['GMO Internet', /^GMO Internet/],
  ['KDDI Web Communications', /^KDDI Web Communications/],
  ['IDC Frontier', /^IDC Frontier/],
] as const

const JP_CONSUMER = [
  ['NTT Communications (OCN)', /^NTT Communications Corporation/],
  ['KDDI', /^KDDI CORPORATION/],
  ['SoftBank', /^SoftBank Corp/],
  ['So-net / NURO', /^Sony Network Communications/],
  ['BIGLOBE', /^BIGLOBE/],
  ['ARTERIA', /^ARTERIA Networks/],
  ['J:COM', /^JCOM/],
  ['OPTAGE (eo)', /^OPTAGE/],
  ['NTT docomo', /^NTT DOCOMO/],
  ['Rakuten Mobile', /^Rakuten Mobile/],
  ['Chubu Telecommunications', /^Chubu Telecommunications/],
  ['Asahi Net', /^Asahi Net/],
  ['FreeBit', /^FreeBit/],
  ['TOKAI Communications', /^TOKAI Communications/],
  ['QTnet', /^QTnet/],
  ['STNet', /^STNet/],
  ['IIJ', /^Internet Initiative Japan/],
] as const

function splitCsv(line: string): string[] {
  const out: string[] = []
  let i = 0
  while (i <= line.length) {
    if (line[i] === '"') {
      const close = line.indexOf('",', i + 1)
      const end = close < 0 ? line.length - 1 : close
      out.push(line.slice(i + 1, end).replace(/""/g, '"'))
      i = end + 2
    } else {
      const comma = line.indexOf(',', i)
      const end = comma < 0 ? line.length : comma
      out.push(line.slice(i, end))
      i = end + 1
    }
  }
  return out
}

function v6Middle(start: bigint, end: bigint): string {
  const mid = start + (end - start) / 2n
  const groups: string[] = []
  for (let i = 7; i >= 0; i -= 1) groups.push(((mid >> BigInt(i * 16)) & 0xffffn).toString(16))
  return groups.join(':')
}

function buildIps(): string[] {
  const asn = fetchPackage('@ip-location-db/asn', '2.3.2026061719')
  const lines: string[] = []
  for (const family of ['ipv4', 'ipv6'] as const) {
    const rows = readFileSync(join(asn.dir, `asn-${family}-num.csv`), 'utf8').split('\n').filter((l) => l !== '').map(splitCsv)
    for (const [group, providers, perProvider] of [['cloud', CLOUD, family === 'ipv4' ? 20 : 6], ['jp_consumer', JP_CONSUMER, family === 'ipv4' ? 20 : 6]] as const) {
      for (const [provider, pattern, onlyAsn] of providers as readonly (readonly [string, RegExp, number?])[]) {
        const matching = rows.filter((r) => pattern.test(r[3] ?? '') || (onlyAsn !== undefined && Number(r[2]) === onlyAsn))
        if (matching.length === 0) continue
        // Addresses drawn uniformly over the provider's whole address space (evenly spaced
        // quantiles), so a large domestic block weighs more than a small overseas one, as customers do.
        // IPv6 sizes are counted in /64s (a customer line).
        const sizes = matching.map((r) => (BigInt(r[1]!) - BigInt(r[0]!) + 1n) >> (family === 'ipv6' ? 64n : 0n))
        const total = sizes.reduce((a, b) => a + (b === 0n ? 1n : b), 0n)
        for (let k = 0; k < perProvider; k += 1) {
          let target = (total * BigInt(2 * k + 1)) / BigInt(2 * perProvider)
          let index = 0
          while (index < matching.length - 1) {
            const size = sizes[index] === 0n ? 1n : sizes[index]!
            if (target < size) break
            target -= size
            index += 1
          }
          const row = matching[index]!
          const start = BigInt(row[0]!)
          const end = BigInt(row[1]!)
          const offset = family === 'ipv6' ? (target << 64n) + 1n : target
          const point = start + offset > end ? start + (end - start) / 2n : start + offset
          const ip =
            family === 'ipv4'
              ? (() => {
                  const mid = Number(point)
                  return `${mid >>> 24}.${(mid >>> 16) & 255}.${(mid >>> 8) & 255}.${mid & 255}`
                })()
              : v6Middle(point, point)
          lines.push(JSON.stringify({ group, provider, ip, asn: Number(row[2]), org: row[3] }))
        }
      }
    }
  }
  return lines
}

mkdirSync(OUT, { recursive: true })
const browsers = buildBrowsers()
writeFileSync(join(OUT, 'browsers.jsonl'), `${browsers.join('\n')}\n`)
const bots = buildBots()
writeFileSync(join(OUT, 'bots.jsonl'), `${bots.join('\n')}\n`)
const ips = buildIps()
writeFileSync(join(OUT, 'ips.jsonl'), `${ips.join('\n')}\n`)
console.log(`browsers ${browsers.length}, bots ${bots.length}, ips ${ips.length}`)
