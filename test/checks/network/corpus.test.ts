/**
 * Golden corpora (built by scripts/network-corpus.ts from real data; see that file) and the issue's
 * targets: real browsers flagged >= 1.0 at most 2%, scripts/headless/crawlers caught >= 95%, cloud
 * IPs caught >= 95%, Japanese consumer IPs flagged >= 1.0 at most 2%.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import type { CheckContext } from '../../../src/core/check.js'
import { SignupInputSchema } from '../../../src/core/schema.js'
import { networkCheck, type NetworkData } from '../../../src/checks/network/index.js'
import { NETWORK_WEIGHTS } from '../../../src/checks/network/weights.js'
import { readUserAgent } from '../../../src/checks/network/ua.js'

const dir = join(import.meta.dirname, 'corpus')
const read = <T>(file: string): T[] =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as T)

const context: CheckContext = { now: new Date('2026-11-29T00:00:00Z'), serviceCountry: 'JP', facts: {} }
let data: NetworkData

beforeAll(async () => {
  data = await networkCheck.prepare({})
})

function score(input: unknown): { total: number; codes: string[] } {
  const output = networkCheck.run(SignupInputSchema.parse(input), data, context)
  const codes = output.findings.map((f) => f.code)
  return { total: codes.reduce((sum, code) => sum + NETWORK_WEIGHTS[code].weight, 0), codes }
}

const share = (part: number, whole: number): number => Math.round((1000 * part) / whole) / 10

describe('network corpora', () => {
  test('real browsers with Japanese headers: flagged >= 1.0 at most 2%', () => {
    const rows = read<{ headers: Record<string, string>; note: string }>('browsers.jsonl')
    const flagged = rows.map((row) => ({ row, ...score({ headers: row.headers }) })).filter((r) => r.total >= 1.0)
    const pct = share(flagged.length, rows.length)
    console.log(`browsers: ${rows.length}, flagged >= 1.0: ${flagged.length} (${pct}%)`, flagged.slice(0, 5).map((f) => `${f.row.note}: ${f.codes.join(',')}`))
    expect(pct).toBeLessThanOrEqual(2)
  })

  test('scripts, headless browsers and crawlers: caught (>= 1.0) at least 95%', () => {
    const rows = read<{ ua: string; note: string; source: string }>('bots.jsonl')
    const missed = rows.map((row) => ({ row, ...score({ headers: { 'user-agent': row.ua, accept: '*/*' } }) })).filter((r) => r.total < 1.0)
    const pct = share(rows.length - missed.length, rows.length)
    console.log(`bots: ${rows.length}, caught: ${pct}%`, missed.slice(0, 8).map((m) => m.row.ua.slice(0, 100)))
    expect(pct).toBeGreaterThanOrEqual(95)
  })

  const ips = read<{ group: string; provider: string; ip: string; asn: number }>('ips.jsonl')

  test('cloud and hosting IPs: caught (>= 1.0) at least 95%', () => {
    const rows = ips.filter((r) => r.group === 'cloud')
    const missed = rows.map((row) => ({ row, ...score({ ip: row.ip }) })).filter((r) => r.total < 1.0)
    const pct = share(rows.length - missed.length, rows.length)
    console.log(`cloud IPs: ${rows.length}, caught: ${pct}%`, missed.slice(0, 8).map((m) => `${m.row.provider} ${m.row.ip} AS${m.row.asn}: ${m.codes.join(',')}`))
    expect(pct).toBeGreaterThanOrEqual(95)
  })

  test('Japanese consumer ISP and carrier IPs: flagged >= 1.0 at most 2%', () => {
    const rows = ips.filter((r) => r.group === 'jp_consumer')
    const flagged = rows.map((row) => ({ row, ...score({ ip: row.ip }) })).filter((r) => r.total >= 1.0)
    const pct = share(flagged.length, rows.length)
    console.log(`JP consumer IPs: ${rows.length}, flagged: ${flagged.length} (${pct}%)`, flagged.slice(0, 8).map((m) => `${m.row.provider} ${m.row.ip}: ${m.codes.join(',')}`))
    expect(pct).toBeLessThanOrEqual(2)
  })
})

describe('the light UA reader agrees with ua-parser-js 1.0.41 on real browser UAs', () => {
  const require = createRequire(import.meta.url)
  const UAParser = require('ua-parser-js') as (ua: string) => { browser: { name?: string; major?: string }; os: { name?: string } }
  const FAMILY: Record<string, string> = {
    Chrome: 'chrome',
    'Mobile Chrome': 'chrome',
    'Chrome WebView': 'chrome',
    Edge: 'edge',
    Firefox: 'firefox',
    'Mobile Firefox': 'firefox',
    Safari: 'safari',
    'Mobile Safari': 'safari',
    Opera: 'opera',
    'Samsung Internet': 'samsung',
    Yandex: 'yandex',
  }
  const OS: Record<string, string> = { Windows: 'windows', 'Mac OS': 'macos', macOS: 'macos', iOS: 'ios', Android: 'android', Linux: 'linux', 'Chromium OS': 'chromeos', Ubuntu: 'linux' }

  test('browser family and major on >= 95%, OS on >= 95%', () => {
    const rows = read<{ headers: Record<string, string> }>('browsers.jsonl')
    let compared = 0
    let family = 0
    let os = 0
    const differ: string[] = []
    for (const row of rows) {
      const ua = row.headers['user-agent'] ?? row.headers['User-Agent'] ?? ''
      const ref = UAParser(ua)
      const expected = FAMILY[ref.browser.name ?? '']
      if (expected === undefined) continue
      compared += 1
      const mine = readUserAgent(ua)
      if (mine.browser === expected && String(mine.major) === ref.browser.major) family += 1
      else differ.push(`${ref.browser.name} ${ref.browser.major} vs ${mine.browser} ${mine.major}: ${ua.slice(0, 90)}`)
      if (OS[ref.os.name ?? ''] === mine.os) os += 1
    }
    console.log(`UA reader vs ua-parser-js: ${compared} compared, family+major ${share(family, compared)}%, os ${share(os, compared)}%`, differ.slice(0, 6))
    expect(share(family, compared)).toBeGreaterThanOrEqual(95)
    expect(share(os, compared)).toBeGreaterThanOrEqual(95)
  })
})
