import { writeFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { networkCheck, NETWORK_CODES } from '../../../src/checks/network/index.js'
import { NETWORK_WEIGHTS } from '../../../src/checks/network/weights.js'
import { en } from '../../../src/checks/network/locales/en.js'
import { ja } from '../../../src/checks/network/locales/ja.js'
import { SignupInputSchema } from '../../../src/core/schema.js'
import { isScreenerConfigError } from '../../../src/errors/config.js'
import type { Facts } from '../../../src/core/types.js'
import { expectNoSignal, expectSignal, runCheck } from '../../helpers.js'

const CHROME_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/153.0.0.0 Safari/537.36'
const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.6.1 Mobile/15E148 Safari/604.1'
const FIREFOX_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:156.0) Gecko/20100101 Firefox/156.0'

/** What Chrome 153 on Windows sends for a Japanese user. */
const chrome = (over: Record<string, string | string[] | undefined> = {}): Record<string, string | string[]> => {
  const base: Record<string, string | string[] | undefined> = {
    'User-Agent': CHROME_UA,
    Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'Accept-Language': 'ja,en-US;q=0.9,en;q=0.8',
    'Accept-Encoding': 'gzip, deflate, br, zstd',
    'sec-ch-ua': '"Chromium";v="153", "Google Chrome";v="153", "Not?A_Brand";v="99"',
    'sec-ch-ua-mobile': '?0',
    'sec-ch-ua-platform': '"Windows"',
    'sec-fetch-site': 'same-origin',
    'sec-fetch-mode': 'navigate',
    'sec-fetch-dest': 'document',
    ...over,
  }
  return Object.fromEntries(Object.entries(base).filter((e): e is [string, string | string[]] => e[1] !== undefined))
}
const iphone = { 'user-agent': IPHONE_UA, accept: 'text/html,*/*;q=0.8', 'accept-language': 'ja-JP,ja;q=0.9', 'accept-encoding': 'gzip, deflate, br', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }

const JP_HOME = '153.156.1.1' // NTT Communications (OCN), AS4713
const AWS_TOKYO = '52.68.0.1' // AS16509
const GCP_TOKYO = '35.200.0.1' // AS396982

type Case = [label: string, input: object, code: string, options?: object, facts?: { [k: string]: Facts }]

const raised: Case[] = [
  ['unparsable ip', { ip: 'not-an-ip' }, 'network.ip_invalid'],
  ['private ip', { ip: '192.168.1.20' }, 'network.ip_private'],
  ['loopback ip', { ip: '127.0.0.1' }, 'network.ip_private'],
  ['IPv6 unique local', { ip: 'fd12:3456::1' }, 'network.ip_private'],
  ['CGNAT shared space', { ip: '100.64.3.4' }, 'network.ip_private'],
  ['AWS Tokyo', { ip: AWS_TOKYO }, 'network.ip_hosting'],
  ['GCP Tokyo', { ip: GCP_TOKYO }, 'network.ip_hosting'],
  ['SAKURA internet', { ip: '49.212.0.1' }, 'network.ip_hosting'],
  ['IPv4-mapped AWS', { ip: `::ffff:${AWS_TOKYO}` }, 'network.ip_hosting'],
  ['Cloudflare WARP / relay', { ip: '104.28.0.1' }, 'network.ip_relay'],
  ['Tor list (array)', { ip: '185.220.101.7' }, 'network.ip_tor', { torList: ['185.220.101.7'] }],
  ['VPN list (CIDR)', { ip: '91.203.5.9' }, 'network.ip_vpn', { vpnList: ['91.203.5.0/24'] }],
  ['proxy list (IPv6)', { ip: '2a0b:f4c0:1::9' }, 'network.ip_proxy', { proxyList: ['2a0b:f4c0::/32'] }],
  ['foreign (US consumer)', { ip: '73.0.0.1' }, 'network.ip_foreign'],
  ['address country differs', { ip: JP_HOME }, 'network.ip_address_country_mismatch', {}, { address: { country: 'US' } }],
  ['phone country differs', { ip: JP_HOME }, 'network.ip_phone_country_mismatch', {}, { phone: { country: 'CN' } }],
  ['JP consumer credit', { ip: JP_HOME }, 'network.ip_domestic_consumer'],
  ['JP mobile credit', { ip: '1.72.0.1' }, 'network.ip_domestic_consumer'],
  ['XFF chain shorter than trusted', { ip: '10.0.0.2', headers: chrome({ 'x-forwarded-for': JP_HOME }) }, 'network.forwarded_chain_short', { trustedProxies: 2 }],
  ['XFF client-supplied hops', { ip: '10.0.0.2', headers: chrome({ 'X-Forwarded-For': `1.2.3.4, ${JP_HOME}` }) }, 'network.forwarded_extra_hops', { trustedProxies: 1 }],
  ['XFF spoofed private right-most', { ip: '10.0.0.2', headers: chrome({ 'x-forwarded-for': '10.9.9.9' }) }, 'network.ip_private', { trustedProxies: 1 }],
  ['oversized header', { headers: chrome({ referer: `https://example.jp/?${'a'.repeat(3000)}` }) }, 'network.header_oversized'],
  ['control characters', { headers: chrome({ 'x-note': 'a\u0000b' }) }, 'network.header_control_chars'],
  ['no user-agent', { headers: { accept: '*/*' } }, 'network.ua_missing'],
  ['empty user-agent', { headers: { 'user-agent': '  ' } }, 'network.ua_missing'],
  ['curl', { headers: { 'user-agent': 'curl/8.5.0', accept: '*/*' } }, 'network.ua_script'],
  ['python-requests', { headers: { 'User-Agent': 'python-requests/2.32.3' } }, 'network.ua_script'],
  ['Go-http-client', { headers: { 'user-agent': 'Go-http-client/2.0' } }, 'network.ua_script'],
  ['okhttp', { headers: { 'user-agent': 'okhttp/4.12.0' } }, 'network.ua_script'],
  ['HeadlessChrome', { headers: chrome({ 'User-Agent': CHROME_UA.replace('Chrome/', 'HeadlessChrome/') }) }, 'network.ua_headless'],
  ['PhantomJS', { headers: { 'user-agent': 'Mozilla/5.0 (Unknown; Linux x86_64) AppleWebKit/538.1 (KHTML, like Gecko) PhantomJS/2.1.1 Safari/538.1' } }, 'network.ua_headless'],
  ['HeadlessChrome brand in client hints', { headers: chrome({ 'sec-ch-ua': '"Chromium";v="153", "HeadlessChrome";v="153"' }) }, 'network.ua_headless'],
  ['Googlebot', { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } }, 'network.ua_crawler'],
  ['unknown client', { headers: { 'user-agent': 'MyCustomClient' } }, 'network.ua_unrecognized'],
  ['Chrome 100 in late 2026', { headers: chrome({ 'User-Agent': CHROME_UA.replace('153', '100'), 'sec-ch-ua': '"Chromium";v="100"' }) }, 'network.ua_outdated'],
  ['Safari 13', { headers: { ...iphone, 'user-agent': IPHONE_UA.replace('18_7', '13_3').replace('26.6.1', '13.0.5') } }, 'network.ua_outdated'],
  ['browser without accept-language', { headers: chrome({ 'Accept-Language': undefined }) }, 'network.headers_missing'],
  ['Chrome without sec-fetch and client hints', { headers: chrome({ 'sec-ch-ua': undefined, 'sec-fetch-site': undefined, 'sec-fetch-mode': undefined, 'sec-fetch-dest': undefined }) }, 'network.fetch_metadata_missing'],
  ['platform hint contradicts UA', { headers: chrome({ 'sec-ch-ua-platform': '"Linux"' }) }, 'network.client_hints_mismatch'],
  ['mobile hint contradicts UA', { headers: chrome({ 'sec-ch-ua-mobile': '?1' }) }, 'network.client_hints_mismatch'],
  ['version hint contradicts UA', { headers: chrome({ 'sec-ch-ua': '"Chromium";v="120", "Google Chrome";v="120"' }) }, 'network.client_hints_mismatch'],
  ['Firefox UA with Chromium client hints', { headers: chrome({ 'User-Agent': FIREFOX_UA }) }, 'network.client_hints_mismatch'],
  ['no Japanese in Accept-Language', { headers: chrome({ 'Accept-Language': 'en-US,en;q=0.9' }) }, 'network.accept_language_foreign'],
  ['time zone not Japan, IP in Japan', { ip: JP_HOME, client: { timezone: 'America/New_York' } }, 'network.timezone_mismatch'],
  ['time zone not Japan, address in Japan', { client: { timezone: 'Europe/London' } }, 'network.timezone_mismatch', {}, { address: { country: 'JP' } }],
  ['navigator.language without Japanese', { client: { language: 'en-US' } }, 'network.accept_language_foreign'],
  ['padded X-Forwarded-For keeps its trusted right end', { ip: '10.0.0.2', headers: chrome({ 'x-forwarded-for': `${'9.9.9.9, '.repeat(300)}52.68.0.1` }) }, 'network.ip_hosting', { trustedProxies: 1 }],
  ['low captcha score', { client: { captchaScore: 0.1 } }, 'network.captcha_low'],
  ['risk-style captcha score', { client: { captchaScore: 0.9 } }, 'network.captcha_low', { captchaHigherIsHuman: false, captchaThreshold: 0.7 }],
]

describe('signals', () => {
  test.each(raised)('%s -> %s', async (_label, input, code, options = {}, facts = {}) => {
    const { findings } = await runCheck(networkCheck, input, options, { facts })
    expectSignal(findings, code)
  })

  const clean: Case[] = [
    ['Chrome from OCN', { ip: JP_HOME, headers: chrome() }, ''],
    ['iPhone Safari from docomo', { ip: '1.72.0.1', headers: iphone, client: { timezone: 'Asia/Tokyo', captchaScore: 0.9 } }, ''],
    ['Firefox', { ip: JP_HOME, headers: { 'user-agent': FIREFOX_UA, accept: '*/*', 'accept-language': 'ja', 'accept-encoding': 'gzip', 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' } }, ''],
    ['Android Chrome in desktop mode', { headers: chrome({ 'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/153.0.0.0 Safari/537.36', 'sec-ch-ua-platform': '"Android"' }) }, ''],
    ['headers repeated as arrays', { headers: chrome({ 'Accept-Language': ['ja', 'en;q=0.5'] }) }, ''],
  ]
  test.each(clean)('%s: nothing with a positive weight', async (_label, input) => {
    const { findings } = await runCheck(networkCheck, input)
    expect(findings.filter((f) => NETWORK_WEIGHTS[f.code as keyof typeof NETWORK_WEIGHTS].weight > 0).map((f) => f.code)).toEqual([])
  })

  test('time zone is not flagged when the IP is abroad (ip_foreign already says it)', async () => {
    const { findings } = await runCheck(networkCheck, { ip: '73.0.0.1', client: { timezone: 'America/New_York' } })
    expectNoSignal(findings, 'network.timezone_mismatch')
  })

  test('captcha score is not flagged at or above the threshold', async () => {
    const { findings } = await runCheck(networkCheck, { client: { captchaScore: 0.5 } })
    expectNoSignal(findings, 'network.captcha_low')
  })

  test('without trusted proxies X-Forwarded-For is ignored for the client address', async () => {
    const { facts } = await runCheck(networkCheck, { ip: JP_HOME, headers: chrome({ 'x-forwarded-for': AWS_TOKYO }) })
    expect(facts.ip).toBe(JP_HOME)
    expect(facts.ipSource).toBe('ip')
  })
})

describe('facts (cross-check contract)', () => {
  test('ipCountry, asn, asnOrg, networkClass', async () => {
    const { facts } = await runCheck(networkCheck, { ip: GCP_TOKYO })
    expect(facts).toMatchObject({ ipCountry: 'JP', asn: 396982, asnOrg: 'Google LLC', networkClass: 'hosting', provider: 'Google Cloud' })
  })
  test('IPv6 consumer', async () => {
    const { facts } = await runCheck(networkCheck, { ip: '2400:4050::1' })
    expect(facts).toMatchObject({ ipVersion: 6, ipCountry: 'JP', asn: 4713, networkClass: 'consumer' })
  })
  test('private and invalid addresses have their own class', async () => {
    expect((await runCheck(networkCheck, { ip: '10.0.0.1' })).facts.networkClass).toBe('private')
    expect((await runCheck(networkCheck, { ip: 'x' })).facts.networkClass).toBe('invalid')
  })
  test('no ip: nulls, never undefined', async () => {
    const { facts } = await runCheck(networkCheck, { headers: chrome() })
    expect(facts).toMatchObject({ ipCountry: null, asn: null, asnOrg: null, networkClass: 'unknown' })
  })
})

describe('options', () => {
  test('lists from a file, with comments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'network-'))
    const file = join(dir, 'tor.txt')
    writeFileSync(file, '# Tor exit list\n185.220.101.0/30\n2a0b:f4c0::7 # one exit\n')
    const { findings } = await runCheck(networkCheck, { ip: '185.220.101.2' }, { torList: file })
    expectSignal(findings, 'network.ip_tor')
  })
  test.each([
    [{ torList: ['nope'] }],
    [{ vpnList: '/nonexistent/list.txt' }],
    [{ trustedProxies: -1 }],
    [{ countryMmdb: '/nonexistent.mmdb' }],
    [{ asnMmdb: new Uint8Array([1, 2, 3]) }],
    [{ maxHeaderLength: 10 }],
  ])('bad option %j is a ScreenerConfigError', async (options) => {
    await expect(Promise.resolve().then(() => networkCheck.prepare(options as never))).rejects.toSatisfy(isScreenerConfigError)
  })
  test('clientIpHeader set by your edge wins over ip', async () => {
    const { facts, findings } = await runCheck(networkCheck, { ip: '10.0.0.2', headers: chrome({ 'CF-Connecting-IP': AWS_TOKYO }) }, { clientIpHeader: 'cf-connecting-ip' })
    expect(facts).toMatchObject({ ip: AWS_TOKYO, ipSource: 'cf-connecting-ip' })
    expectSignal(findings, 'network.ip_hosting')
  })
  test('operator hosting ASN', async () => {
    const { findings } = await runCheck(networkCheck, { ip: JP_HOME }, { hostingAsns: [4713] })
    expectSignal(findings, 'network.ip_hosting')
  })
  test('trusted UA prefixes of your own app raise no UA signal', async () => {
    const { findings, facts } = await runCheck(networkCheck, { headers: { 'user-agent': 'okhttp/4.12.0' } }, { trustedUserAgentPrefixes: ['okhttp/'] })
    expect(findings).toEqual([])
    expect(facts.uaKind).toBe('app')
  })
  test('expectBrowserHeaders false silences missing-header signals', async () => {
    const { findings } = await runCheck(networkCheck, { headers: { 'user-agent': CHROME_UA } }, { expectBrowserHeaders: false })
    expectNoSignal(findings, 'network.headers_missing')
    expectNoSignal(findings, 'network.fetch_metadata_missing')
  })
})

describe('robustness', () => {
  test('run never throws on arbitrary ip, headers and client values', async () => {
    const data = await networkCheck.prepare({})
    const context = { now: new Date('2026-11-29T00:00:00Z'), serviceCountry: 'JP', facts: { address: { country: 42 } as unknown as Facts } }
    const headerName = fc.oneof(fc.constantFrom('user-agent', 'User-Agent', 'x-forwarded-for', 'forwarded', 'sec-ch-ua', 'sec-ch-ua-platform', 'sec-ch-ua-mobile', 'accept-language', '__proto__', 'constructor'), fc.string({ maxLength: 20 }))
    const headerValue = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.string({ maxLength: 50 }), { maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 100 }))
    fc.assert(
      fc.property(
        fc.record({ ip: fc.oneof(fc.string({ maxLength: 60 }), fc.ipV4(), fc.ipV6()), headers: fc.dictionary(headerName, headerValue, { maxKeys: 12 }), client: fc.record({ timezone: fc.string({ maxLength: 40 }), captchaScore: fc.double({ noNaN: true, noDefaultInfinity: true }) }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        (raw) => {
          const parsed = SignupInputSchema.safeParse(raw)
          if (!parsed.success) return
          const out = networkCheck.run(parsed.data, data, { ...context, serviceCountry: 'JP' })
          for (const f of out.findings) {
            expect(NETWORK_CODES).toContain(f.code)
            expect(typeof ja[f.code](f.evidence)).toBe('string')
            expect(typeof en[f.code](f.evidence)).toBe('string')
          }
        },
      ),
      { numRuns: 1500 },
    )
  })

  test('16 kB header values of hostile shapes are cut quickly', async () => {
    const big = '\u0000'.repeat(8000) + 'HeadlessChrome'.repeat(500)
    const started = performance.now()
    // Within the schema's 32 kB budget for all header values together.
    const { findings } = await runCheck(networkCheck, { headers: { 'user-agent': big.slice(0, 16384), 'x-forwarded-for': '1.1.1.1,'.repeat(1000), 'sec-ch-ua': '"a";v="1",'.repeat(800) } })
    expect(performance.now() - started).toBeLessThan(200)
    expectSignal(findings, 'network.header_oversized')
    expectSignal(findings, 'network.header_control_chars')
  })
})

describe('codes, weights and messages', () => {
  test('every code has a weight with a rationale and a message in each locale', () => {
    for (const code of NETWORK_CODES) {
      expect(NETWORK_WEIGHTS[code].rationale.length).toBeGreaterThan(20)
      expect(typeof ja[code]({})).toBe('string')
      expect(typeof en[code]({})).toBe('string')
    }
    expect(Object.keys(ja).sort()).toEqual([...NETWORK_CODES].sort())
    expect(Object.keys(en).sort()).toEqual([...NETWORK_CODES].sort())
  })
})
