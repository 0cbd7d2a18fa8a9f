/**
 * A light User-Agent reader: what the network check needs (client kind, browser family and major
 * version, OS, mobile), with `indexOf` scans instead of the ~600 regular expressions of
 * ua-parser-js (measured: ua-parser-js 1.0.41 full parse ~20 µs; this reader well under 1 µs; see
 * docs/network.md). The corpus test checks that it agrees with ua-parser-js on real browser UAs.
 * Crawlers are recognized by isbot (one call per screen).
 */
import { isbot } from 'isbot'

export type UaKind = 'missing' | 'script' | 'headless' | 'crawler' | 'browser' | 'app' | 'unrecognized'
export type BrowserFamily = 'chrome' | 'edge' | 'opera' | 'samsung' | 'yandex' | 'firefox' | 'safari' | 'ios_webview' | 'other'
export type OsFamily = 'windows' | 'macos' | 'ios' | 'android' | 'linux' | 'chromeos'

export interface UaInfo {
  readonly kind: UaKind
  /** For scripts and headless browsers: the tool recognized (`curl`, `python-requests`, `HeadlessChrome`). */
  readonly tool: string | null
  readonly browser: BrowserFamily | null
  readonly major: number | null
  /** Chromium major for Blink browsers (sec-ch-ua sends it), else null. */
  readonly chromiumMajor: number | null
  readonly os: OsFamily | null
  readonly mobile: boolean
}

/**
 * HTTP libraries and command-line tools, matched as a case-insensitive prefix of the UA
 * (their default User-Agent starts with the product token, RFC 9110 §10.1.5).
 */
export const SCRIPT_PREFIXES: readonly (readonly [string, string])[] = [
  ['curl/', 'curl'],
  ['wget/', 'wget'],
  ['python-requests/', 'python-requests'],
  ['python-urllib/', 'python-urllib'],
  ['python-httpx/', 'python-httpx'],
  ['python/', 'python'],
  ['aiohttp/', 'aiohttp'],
  ['httpx/', 'httpx'],
  ['scrapy/', 'scrapy'],
  ['mechanize/', 'mechanize'],
  ['go-http-client/', 'Go-http-client'],
  ['go-resty/', 'go-resty'],
  ['colly', 'colly'],
  ['okhttp/', 'okhttp'],
  ['java/', 'java'],
  ['apache-httpclient/', 'Apache-HttpClient'],
  ['jakarta commons-httpclient', 'commons-httpclient'],
  ['node-fetch', 'node-fetch'],
  ['node', 'node'],
  ['undici', 'undici'],
  ['axios/', 'axios'],
  ['got ', 'got'],
  ['got/', 'got'],
  ['superagent', 'superagent'],
  ['deno/', 'deno'],
  ['bun/', 'bun'],
  ['postmanruntime/', 'PostmanRuntime'],
  ['insomnia/', 'insomnia'],
  ['httpie/', 'HTTPie'],
  ['libwww-perl/', 'libwww-perl'],
  ['lwp::', 'libwww-perl'],
  ['www-mechanize', 'WWW-Mechanize'],
  ['ruby', 'ruby'],
  ['faraday', 'faraday'],
  ['rest-client/', 'rest-client'],
  ['typhoeus', 'typhoeus'],
  ['guzzlehttp/', 'Guzzle'],
  ['php/', 'php'],
  ['dart/', 'dart'],
  ['restsharp/', 'RestSharp'],
  ['winhttp', 'WinHttp'],
  ['microsoft-cryptoapi/', 'CryptoAPI'],
  ['reqwest/', 'reqwest'],
  ['hackney/', 'hackney'],
  ['aria2/', 'aria2'],
  ['powershell', 'PowerShell'],
  ['cfnetwork/', 'CFNetwork'],
  ['dalvik/', 'Dalvik'],
  ['okhttp', 'okhttp'],
]

/** Automation markers found anywhere in a UA (case-insensitive), with the tool name reported. */
export const HEADLESS_MARKERS: { readonly [lowerCased: string]: string } = {
  headlesschrome: 'HeadlessChrome',
  phantomjs: 'PhantomJS',
  slimerjs: 'SlimerJS',
  puppeteer: 'Puppeteer',
  playwright: 'Playwright',
  selenium: 'Selenium',
  webdriver: 'WebDriver',
  htmlunit: 'HtmlUnit',
  'zombie.js': 'Zombie.js',
  nightmare: 'Nightmare',
}

/** One alternation of plain literals: linear time, one native scan instead of ten `includes`. */
const HEADLESS_RE = /headlesschrome|phantomjs|slimerjs|puppeteer|playwright|selenium|webdriver|htmlunit|zombie\.js|nightmare/i

/** Words by which crawlers name themselves (literal alternation: linear time). */
const CRAWLER_WORDS = /bot|crawl|spider|slurp|fetcher|scan|archiver|http:|https:|www\./i

/** Reads the digits at `from` (the major version), or null. */
function majorAt(ua: string, from: number): number | null {
  let value = 0
  let digits = 0
  for (let i = from; i < ua.length && digits < 6; i += 1) {
    const c = ua.charCodeAt(i)
    if (c < 48 || c > 57) break
    value = value * 10 + (c - 48)
    digits += 1
  }
  return digits === 0 ? null : value
}

function versionAfter(ua: string, token: string): number | null {
  const at = ua.indexOf(token)
  return at < 0 ? null : majorAt(ua, at + token.length)
}

/**
 * Classifies and reads a User-Agent (already cut to a bounded length by the caller).
 * `trustedPrefixes`: UA prefixes of the operator's own apps (`MyHostingApp/`), read as `app`.
 */
export function readUserAgent(raw: string | undefined, trustedPrefixes: readonly string[] = []): UaInfo {
  const ua = raw === undefined ? '' : raw.trim()
  if (ua === '') return { kind: 'missing', tool: null, browser: null, major: null, chromiumMajor: null, os: null, mobile: false }
  for (const prefix of trustedPrefixes) {
    if (ua.startsWith(prefix)) return { kind: 'app', tool: prefix, browser: null, major: null, chromiumMajor: null, os: null, mobile: false }
  }
  const headless = HEADLESS_RE.exec(ua)
  if (headless !== null) return { ...readBrowser(ua), kind: 'headless', tool: HEADLESS_MARKERS[headless[0].toLowerCase()] ?? headless[0] }
  const browserLike = ua.startsWith('Mozilla/') || ua.startsWith('Opera/')
  if (!browserLike) {
    const lower = ua.toLowerCase()
    for (const [prefix, tool] of SCRIPT_PREFIXES) {
      if (lower.startsWith(prefix)) return { kind: 'script', tool, browser: null, major: null, chromiumMajor: null, os: null, mobile: false }
    }
  }
  if (!browserLike) {
    // isbot calls nearly every non-browser string a bot; only self-declared crawlers (a bot,
    // crawler or spider name, or a contact URL) are reported as crawlers, the rest as unrecognized.
    const crawler = isbot(ua) && CRAWLER_WORDS.test(ua)
    return { kind: crawler ? 'crawler' : 'unrecognized', tool: null, browser: null, major: null, chromiumMajor: null, os: null, mobile: false }
  }
  if (isbot(ua)) return { ...readBrowser(ua), kind: 'crawler', tool: null }
  const info = readBrowser(ua)
  return { browser: info.browser, major: info.major, chromiumMajor: info.chromiumMajor, os: info.os, mobile: info.mobile, kind: 'browser', tool: ua.includes('Electron/') ? 'Electron' : null }
}

/** Product tokens of browsers that also carry a Chrome/ or Safari/ token, checked first. */
const BROWSER_TOKENS: readonly (readonly [string, BrowserFamily])[] = [
  ['Edg/', 'edge'],
  ['EdgA/', 'edge'],
  ['EdgiOS/', 'edge'],
  ['OPR/', 'opera'],
  ['OPT/', 'opera'],
  ['SamsungBrowser/', 'samsung'],
  ['YaBrowser/', 'yandex'],
  ['CriOS/', 'chrome'],
  ['FxiOS/', 'firefox'],
  ['Firefox/', 'firefox'],
]

function readBrowser(ua: string): Omit<UaInfo, 'kind' | 'tool'> {
  let os: OsFamily | null = null
  let mobile = false
  if (ua.includes('iPhone') || ua.includes('iPad') || ua.includes('iPod')) {
    os = 'ios'
    mobile = !ua.includes('iPad')
  } else if (ua.includes('Android')) {
    os = 'android'
    mobile = ua.includes('Mobile')
  } else if (ua.includes('Windows')) os = 'windows'
  else if (ua.includes('CrOS')) os = 'chromeos'
  else if (ua.includes('Macintosh') || ua.includes('Mac OS X')) os = 'macos'
  else if (ua.includes('Linux') || ua.includes('X11')) os = 'linux'

  const chromium = os === 'ios' ? null : versionAfter(ua, 'Chrome/')
  let browser: BrowserFamily = 'other'
  let major: number | null = null
  for (const [token, family] of BROWSER_TOKENS) {
    const version = versionAfter(ua, token)
    if (version !== null) {
      browser = family
      major = version
      break
    }
  }
  if (browser === 'other') {
    if (chromium !== null) {
      browser = 'chrome'
      major = chromium
    } else if (os === 'ios' && ua.includes('Chrome/')) {
      // "iPhone ... Chrome/60": no iOS browser sends a Chrome/ token (Chrome on iOS says CriOS/);
      // DevTools device emulation and bot UA lists do. Read as Chrome, as ua-parser-js does.
      browser = 'chrome'
      major = versionAfter(ua, 'Chrome/')
    } else if (ua.includes('Safari/') && ua.includes('Version/')) {
      browser = 'safari'
      major = versionAfter(ua, 'Version/')
    } else if (os === 'ios' && ua.includes('AppleWebKit/')) {
      // In-app browsers (LINE, Instagram, Yahoo! JAPAN app) and home-screen apps use WKWebView
      // without a Version/ token; their engine is the OS's Safari.
      browser = 'ios_webview'
      major = versionAfterIos(ua)
    }
  }
  return { browser, major, chromiumMajor: chromium, os, mobile }
}

/** iOS major from "CPU iPhone OS 18_7 like Mac OS X" / "CPU OS 17_0 like Mac OS X". */
function versionAfterIos(ua: string): number | null {
  const at = ua.indexOf(' OS ')
  return at < 0 ? null : majorAt(ua, at + 4)
}

/**
 * Release anchors for the auto-updating browsers (4-week cadence since 2021): a major version and
 * its stable release date. Chrome 140: 2025-09-02 (chromiumdash); Firefox 143: 2025-09-16
 * (whattrainisitnow.com). Extrapolated at 28 days a version.
 */
const CADENCE_MS = 28 * 86_400_000
const CHROME_ANCHOR = { major: 140, date: Date.UTC(2025, 8, 2) }
const FIREFOX_ANCHOR = { major: 143, date: Date.UTC(2025, 8, 16) }

/** The expected current stable major of Chromium or Firefox at a given time. */
export function expectedMajor(family: 'chromium' | 'firefox', now: Date): number {
  const anchor = family === 'chromium' ? CHROME_ANCHOR : FIREFOX_ANCHOR
  return anchor.major + Math.floor((now.getTime() - anchor.date) / CADENCE_MS)
}

/** Safari / iOS majors before this are from 2021 or earlier (Safari 15, iOS 15). */
export const SAFARI_OLDEST_CURRENT = 16

/**
 * Whether a browser is far older than current releases: auto-updating browsers more than
 * `maxBehind` majors (~1 year at 12) behind, Safari/iOS older than `SAFARI_OLDEST_CURRENT`.
 * Returns the comparison for evidence, or null when current or unknown.
 */
export function outdated(info: UaInfo, now: Date, maxBehind: number): { version: number; expected: number } | null {
  if (info.kind !== 'browser' && info.kind !== 'headless') return null
  if (info.browser === 'safari' || info.browser === 'ios_webview') {
    if (info.major === null || info.major >= SAFARI_OLDEST_CURRENT) return null
    return { version: info.major, expected: SAFARI_OLDEST_CURRENT }
  }
  if (info.browser === 'firefox' && info.os !== 'ios') {
    if (info.major === null) return null
    const expected = expectedMajor('firefox', now)
    return info.major < expected - maxBehind ? { version: info.major, expected } : null
  }
  if (info.chromiumMajor !== null) {
    const expected = expectedMajor('chromium', now)
    return info.chromiumMajor < expected - maxBehind ? { version: info.chromiumMajor, expected } : null
  }
  if (info.browser === 'chrome' && info.os === 'ios' && info.major !== null) {
    const expected = expectedMajor('chromium', now)
    return info.major < expected - maxBehind ? { version: info.major, expected } : null
  }
  return null
}
