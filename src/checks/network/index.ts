import { readFileSync } from 'node:fs'
import { Reader } from 'maxmind'
import { defineCheck, type CheckContext } from '../../core/check.js'
import { readDataBytes, readDataJson } from '../../core/data-files.js'
import { finding } from '../../core/finding.js'
import type { ValidSignup } from '../../core/schema.js'
import type { Finding } from '../../core/types.js'
import { ScreenerConfigError } from '../../errors/config.js'
import type { AsnClass } from './asn-classes.js'
import { buildAsnMap, classifyAsn, type AsnClassification, type AsnOverrides } from './classify.js'
import { NETWORK_CODES, type NetworkCode } from './codes.js'
import { chooseClientAddress, type ClientAddress } from './forwarded.js'
import { languages, normalizeHeaders, parseSecChUa, unquote, type NormalizedHeaders } from './headers.js'
import { parseIp, specialRange, type ParsedIp } from './ip.js'
import {
  buildAddressSet,
  decodeAsns,
  decodeV4,
  decodeV6,
  lookupTable,
  orgOfAsn,
  setHas,
  type AddressSet,
  type IpRecord,
  type IpTables,
} from './ip-table.js'
import { en } from './locales/en.js'
import { ja } from './locales/ja.js'
import { outdated, readUserAgent, type UaInfo } from './ua.js'
import { NETWORK_WEIGHTS } from './weights.js'

export { NETWORK_CODES, type NetworkCode } from './codes.js'
export type { AsnClass } from './asn-classes.js'

/** An address list: a file path (one entry a line) or the entries themselves. */
export type AddressList = string | readonly string[]

/** Options of the network check. Every option is optional. */
export interface NetworkOptions extends AsnOverrides {
  /**
   * Number of reverse proxies in front of the application that append to X-Forwarded-For (or
   * Forwarded). 0 (default): `ip` is the client and forwarding headers are not used for it.
   */
  readonly trustedProxies?: number
  /**
   * A header your own edge sets to the client address (`cf-connecting-ip`, `x-real-ip`,
   * `true-client-ip`). When present it wins over `ip` and forwarding chains. Only set this if
   * the edge overwrites the header on every request: a client can send it too.
   */
  readonly clientIpHeader?: string
  /** A GeoLite2/GeoIP2 Country or City MMDB (path or bytes) to use instead of the embedded country data. */
  readonly countryMmdb?: string | Uint8Array
  /** A GeoLite2/GeoIP2 ASN MMDB (path or bytes) to use instead of the embedded ASN data. */
  readonly asnMmdb?: string | Uint8Array
  /** Tor exit addresses: one IP or CIDR a line/entry, `#` starts a comment. */
  readonly torList?: AddressList
  /** Commercial VPN exit addresses or blocks (same format). */
  readonly vpnList?: AddressList
  /** Open / residential proxy addresses or blocks (same format). */
  readonly proxyList?: AddressList
  /**
   * Whether `headers` holds the full request headers of the signup (default true). Set false when
   * the host forwards only some headers: the missing-header signals are then not raised.
   */
  readonly expectBrowserHeaders?: boolean
  /** Header values longer than this are cut and signalled (default 1024). */
  readonly maxHeaderLength?: number
  /** Flag `client.captchaScore` below this (default 0.5, reCAPTCHA v3's recommended cut). */
  readonly captchaThreshold?: number
  /** Whether a higher captcha score means "more human" (reCAPTCHA v3; default true). Set false for risk scores. */
  readonly captchaHigherIsHuman?: boolean
  /**
   * User-Agent prefixes of your own clients (a native app posting signups: `MyHostingApp/`,
   * `okhttp/` if your Android app uses it). Such UAs are read as `app` and raise no UA signal.
   */
  readonly trustedUserAgentPrefixes?: readonly string[]
  /** Majors behind the current Chromium/Firefox release before `ua_outdated` (default 12, about a year). */
  readonly outdatedMajors?: number
}

interface MmdbCountry {
  readonly country?: { readonly iso_code?: string }
  readonly registered_country?: { readonly iso_code?: string }
  readonly subdivisions?: readonly { readonly iso_code?: string }[]
  /** ip-location-db's MMDB layout. */
  readonly country_code?: string
}

interface MmdbAsn {
  readonly autonomous_system_number?: number
  readonly autonomous_system_organization?: string
}

/** Prepared data of the network check. */
export interface NetworkData {
  readonly tables: IpTables
  readonly countryReader: MmdbLookup<MmdbCountry> | null
  readonly asnReader: MmdbLookup<MmdbAsn> | null
  readonly asnMap: ReadonlyMap<number, AsnClassification>
  readonly lists: { readonly tor: AddressSet | null; readonly vpn: AddressSet | null; readonly proxy: AddressSet | null }
  readonly trustedProxies: number
  readonly clientIpHeader: string | null
  readonly expectBrowserHeaders: boolean
  readonly maxHeaderLength: number
  readonly captchaThreshold: number
  readonly captchaHigherIsHuman: boolean
  readonly outdatedMajors: number
  readonly trustedUserAgentPrefixes: readonly string[]
  /**
   * User-Agent readings by UA string, per screener. A signup flow sees a few hundred distinct UAs a
   * day, and reading one (isbot's large regex) costs a few µs; bounded, and the reading is a pure
   * function of the string, so results never depend on what the memo holds.
   */
  readonly uaMemo: Map<string, UaInfo>
  readonly version: string
}

/** Entries kept in `uaMemo`; past it, new UAs are read without being remembered. */
const UA_MEMO_LIMIT = 4096
/** Longer UAs are read every time (a real browser UA is 100-250 characters). */
const UA_MEMO_MAX_LENGTH = 512

/** Network class reported in facts (`networkClass`). */
export type NetworkClass = AsnClass | 'private' | 'invalid' | 'unknown'

interface Meta {
  readonly formatVersion: number
  readonly dataVersion: string
  readonly countries: readonly string[]
}

const FORMAT_VERSION = 1

/** Time zones that mean Japan (IANA tzdb: Japan is a link to Asia/Tokyo). */
const SERVICE_ZONES: { readonly [country: string]: readonly string[] } = { JP: ['Asia/Tokyo', 'Japan'] }
/** Expected browser language per service country. */
const SERVICE_LANGUAGES: { readonly [country: string]: string } = { JP: 'ja' }

/** The part of a maxmind Reader the check uses; records are read defensively (any MMDB layout). */
interface MmdbLookup<T> {
  get(ip: string): T | null
  /** `databaseType@build date`, for versions.data. */
  readonly label: string
}

function loadMmdb<T>(source: string | Uint8Array, option: string): MmdbLookup<T> {
  try {
    const bytes = typeof source === 'string' ? readFileSync(source) : Buffer.from(source.buffer, source.byteOffset, source.byteLength)
    const reader = new Reader(bytes)
    return {
      get: (ip) => reader.get(ip) as T | null,
      label: `${reader.metadata.databaseType}@${reader.metadata.buildEpoch.toISOString().slice(0, 10)}`,
    }
  } catch (error) {
    throw new ScreenerConfigError(`network.${option}: cannot read the MMDB file (${error instanceof Error ? error.message : 'unknown error'})`)
  }
}

function loadList(source: AddressList | undefined, option: string): AddressSet | null {
  if (source === undefined) return null
  let entries: readonly string[]
  if (typeof source === 'string') {
    try {
      entries = readFileSync(source, 'utf8').split(/\r?\n/)
    } catch (error) {
      throw new ScreenerConfigError(`network.${option}: cannot read ${source} (${error instanceof Error ? error.message : 'unknown error'})`)
    }
  } else {
    entries = source
  }
  const { set, problems } = buildAddressSet(entries)
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map((p) => `line ${p.line}: ${JSON.stringify(p.text)}`).join('; ')
    throw new ScreenerConfigError(`network.${option}: ${problems.length} entries are not an IP address or CIDR block (${shown})`)
  }
  return set
}

function nonNegativeInteger(value: number | undefined, fallback: number, option: string): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 0 || value > 64) throw new ScreenerConfigError(`network.${option} must be an integer 0..64`)
  return value
}

async function prepareNetwork(options: NetworkOptions): Promise<NetworkData> {
  const meta = await readDataJson<Meta>('network', 'meta.json')
  if (meta.formatVersion !== FORMAT_VERSION) {
    throw new ScreenerConfigError(`data/network has format ${meta.formatVersion}, this library reads ${FORMAT_VERSION}; run npm run data:network`)
  }
  const { asns, orgs } = decodeAsns(readDataBytes('network', 'asn.tsv.gz'))
  const tables: IpTables = {
    v4: decodeV4(readDataBytes('network', 'ipv4.bin.gz')),
    v6: decodeV6(readDataBytes('network', 'ipv6.bin.gz')),
    countries: meta.countries,
    asns,
    orgs,
  }
  const countryReader = options.countryMmdb === undefined ? null : loadMmdb<MmdbCountry>(options.countryMmdb, 'countryMmdb')
  const asnReader = options.asnMmdb === undefined ? null : loadMmdb<MmdbAsn>(options.asnMmdb, 'asnMmdb')
  const threshold = options.captchaThreshold ?? 0.5
  if (!Number.isFinite(threshold)) throw new ScreenerConfigError('network.captchaThreshold must be a finite number')
  const maxHeaderLength = options.maxHeaderLength ?? 1024
  if (!Number.isInteger(maxHeaderLength) || maxHeaderLength < 64 || maxHeaderLength > 16384) {
    throw new ScreenerConfigError('network.maxHeaderLength must be an integer 64..16384')
  }
  const versionParts = [meta.dataVersion]
  if (countryReader) versionParts.push(`country-mmdb:${countryReader.label}`)
  if (asnReader) versionParts.push(`asn-mmdb:${asnReader.label}`)
  return {
    tables,
    countryReader,
    asnReader,
    asnMap: buildAsnMap(options),
    lists: {
      tor: loadList(options.torList, 'torList'),
      vpn: loadList(options.vpnList, 'vpnList'),
      proxy: loadList(options.proxyList, 'proxyList'),
    },
    trustedProxies: nonNegativeInteger(options.trustedProxies, 0, 'trustedProxies'),
    clientIpHeader: options.clientIpHeader === undefined || options.clientIpHeader.trim() === '' ? null : options.clientIpHeader.trim().toLowerCase(),
    expectBrowserHeaders: options.expectBrowserHeaders ?? true,
    maxHeaderLength,
    captchaThreshold: threshold,
    captchaHigherIsHuman: options.captchaHigherIsHuman ?? true,
    outdatedMajors: nonNegativeInteger(options.outdatedMajors, 12, 'outdatedMajors'),
    trustedUserAgentPrefixes: (options.trustedUserAgentPrefixes ?? []).filter((p) => typeof p === 'string' && p !== ''),
    uaMemo: new Map(),
    version: versionParts.join('+'),
  }
}

/** Country, ASN and prefecture of a global address, from the operator's MMDBs or the embedded table. */
function locate(data: NetworkData, ip: ParsedIp): IpRecord & { readonly prefectureCode: string | null } {
  const embedded = lookupTable(data.tables, ip)
  let { country, asn, org } = embedded
  let prefectureCode: string | null = null
  if (data.countryReader !== null) {
    const record = data.countryReader.get(ip.text)
    country = record?.country?.iso_code ?? record?.country_code ?? record?.registered_country?.iso_code ?? null
    const sub = record?.subdivisions?.[0]?.iso_code
    if (country === 'JP' && sub !== undefined && /^\d{2}$/.test(sub)) prefectureCode = sub
  }
  if (data.asnReader !== null) {
    const record = data.asnReader.get(ip.text)
    asn = record?.autonomous_system_number ?? null
    org = record?.autonomous_system_organization ?? (asn === null ? null : orgOfAsn(data.tables, asn))
  }
  return { country, asn, org, prefectureCode }
}

type Findings = Finding<NetworkCode>[]

/**
 * Facts of the network check. Every key is always present (null when unknown), so the object
 * keeps one shape: building it in one literal is measurably faster than merging partial objects.
 */
export type NetworkFacts = {
  /** The client address used (normalized text), or null. */
  ip: string | null
  ipVersion: 4 | 6 | null
  /** Where the address came from: `ip`, `x-forwarded-for`, `forwarded`, the `clientIpHeader` name, or `none`. */
  ipSource: string
  ipCountry: string | null
  asn: number | null
  asnOrg: string | null
  networkClass: NetworkClass
  provider: string | null
  /** How the class was found: `curated-asn`, `curated-org`, `org-keyword`, `operator`, or null. */
  classSource: string | null
  /** Operator list that contains the address: `tor`, `proxy`, `vpn`, or null. */
  listed: string | null
  /** JIS prefecture code from an operator City MMDB, or null. */
  ipPrefectureCode: string | null
  uaKind: string | null
  browser: string | null
  browserMajor: number | null
  os: string | null
  mobile: boolean | null
  /** Primary language subtags of Accept-Language (up to 5), or null. */
  languages: string[] | null
}

/** Cross-check facts of earlier checks, read defensively (they may be missing or of another shape). */
function factString(context: CheckContext, check: 'address' | 'phone', key: string): string | null {
  const facts = context.facts[check]
  if (facts === undefined) return null
  const value = facts[key]
  return typeof value === 'string' && value !== '' ? value : null
}

function checkIp(input: ValidSignup, headers: NormalizedHeaders, data: NetworkData, context: CheckContext, out: Findings, facts: NetworkFacts): void {
  const fromHeader = data.clientIpHeader === null ? undefined : headers.values.get(data.clientIpHeader)
  const chosen: ClientAddress =
    fromHeader !== undefined && fromHeader.trim() !== ''
      ? { value: fromHeader, source: 'header', extraHops: 0, short: false, chainLength: 0 }
      : chooseClientAddress(input.ip, headers.values.get('x-forwarded-for'), headers.values.get('forwarded'), data.trustedProxies)
  facts.ipSource = chosen.source === 'header' ? (data.clientIpHeader ?? 'header') : chosen.source
  const ipField = chosen.source === 'ip' ? 'ip' : 'headers'
  if (chosen.short) out.push(finding('network.forwarded_chain_short', ['headers'], { chainLength: chosen.chainLength, trustedProxies: data.trustedProxies }))
  if (chosen.extraHops > 0) out.push(finding('network.forwarded_extra_hops', ['headers'], { extraHops: chosen.extraHops, trustedProxies: data.trustedProxies }))
  if (chosen.value === null) return
  const ip = parseIp(chosen.value)
  if (ip === null) {
    facts.networkClass = 'invalid'
    out.push(finding('network.ip_invalid', [ipField], { value: chosen.value.slice(0, 64), source: chosen.source }))
    return
  }
  facts.ip = ip.text
  facts.ipVersion = ip.version
  const special = specialRange(ip)
  if (special !== null) {
    facts.networkClass = 'private'
    out.push(finding('network.ip_private', [ipField], { ip: ip.text, range: special, source: chosen.source }))
    return
  }

  const { tor, vpn, proxy } = data.lists
  if (tor !== null && setHas(tor, ip)) {
    facts.listed = 'tor'
    out.push(finding('network.ip_tor', [ipField], { ip: ip.text, list: 'torList' }))
  } else if (proxy !== null && setHas(proxy, ip)) {
    facts.listed = 'proxy'
    out.push(finding('network.ip_proxy', [ipField], { ip: ip.text, list: 'proxyList' }))
  } else if (vpn !== null && setHas(vpn, ip)) {
    facts.listed = 'vpn'
    out.push(finding('network.ip_vpn', [ipField], { ip: ip.text, list: 'vpnList' }))
  }

  const located = locate(data, ip)
  facts.ipCountry = located.country
  facts.asn = located.asn
  facts.asnOrg = located.org
  facts.ipPrefectureCode = located.prefectureCode
  const classification = classifyAsn(data.asnMap, located.asn, located.org)
  if (classification !== null) {
    facts.networkClass = classification.class
    facts.provider = classification.provider
    facts.classSource = classification.source
  }
  // Evidence literals are spelled out (no object spread): this is the hot path of every screen.
  if (classification?.class === 'hosting') {
    if (classification.source === 'org-keyword') out.push(finding('network.ip_hosting_keyword', [ipField], { ip: ip.text, asn: located.asn, org: located.org }))
    else out.push(finding('network.ip_hosting', [ipField], { ip: ip.text, asn: located.asn, org: located.org, provider: classification.provider, source: classification.source }))
  } else if (classification?.class === 'relay') {
    out.push(finding('network.ip_relay', [ipField], { ip: ip.text, asn: located.asn, org: located.org, provider: classification.provider }))
  }

  const service = context.serviceCountry
  if (located.country === null) {
    out.push(finding('network.ip_country_unknown', [ipField], { ip: ip.text }))
  } else {
    if (located.country !== service) out.push(finding('network.ip_foreign', [ipField], { ip: ip.text, country: located.country, expected: service }))
    else if ((classification?.class === 'consumer' || classification?.class === 'mobile') && facts.listed === null) {
      out.push(finding('network.ip_domestic_consumer', [ipField], { ip: ip.text, asn: located.asn, org: located.org, provider: classification.provider, networkClass: classification.class }))
    }
    const addressCountry = factString(context, 'address', 'country')
    if (addressCountry !== null && addressCountry.toUpperCase() !== located.country) {
      out.push(finding('network.ip_address_country_mismatch', [ipField, 'address'], { ipCountry: located.country, addressCountry }))
    }
    const addressPrefecture = factString(context, 'address', 'prefectureCode')
    if (located.prefectureCode !== null && addressPrefecture !== null && addressPrefecture !== located.prefectureCode) {
      out.push(finding('network.ip_prefecture_mismatch', [ipField, 'address'], { ipPrefectureCode: located.prefectureCode, addressPrefectureCode: addressPrefecture }))
    }
    const phoneCountry = factString(context, 'phone', 'country')
    if (phoneCountry !== null && phoneCountry.toUpperCase() !== located.country) {
      out.push(finding('network.ip_phone_country_mismatch', [ipField, 'phone'], { ipCountry: located.country, phoneCountry }))
    }
  }
}

/** Platform names of sec-ch-ua-platform (WICG UA Client Hints) → the reader's OS family. */
const PLATFORMS: { readonly [name: string]: UaInfo['os'] } = {
  Windows: 'windows',
  macOS: 'macos',
  Android: 'android',
  Linux: 'linux',
  'Chrome OS': 'chromeos',
  'Chromium OS': 'chromeos',
  iOS: 'ios',
}

/** Browsers built on Blink, which send sec-ch-ua (Chromium 89+, secure contexts only). */
const BLINK = new Set(['chrome', 'edge', 'opera', 'samsung', 'yandex'])

function checkClientHints(ua: UaInfo, headers: NormalizedHeaders): { what: string; ua: string; hint: string }[] {
  const problems: { what: string; ua: string; hint: string }[] = []
  const chUa = headers.values.get('sec-ch-ua')
  const platform = headers.values.get('sec-ch-ua-platform')
  const mobile = headers.values.get('sec-ch-ua-mobile')
  const blink = ua.browser !== null && BLINK.has(ua.browser) && ua.os !== 'ios'
  if (chUa !== undefined && ua.browser !== null && !blink) problems.push({ what: 'brand', ua: `${ua.browser}${ua.os === 'ios' ? ' (iOS)' : ''}`, hint: chUa.slice(0, 120) })
  if (chUa !== undefined && blink && ua.chromiumMajor !== null) {
    const brands = parseSecChUa(chUa)
    const chromium = brands.find((b) => b.brand === 'Chromium') ?? brands.find((b) => b.brand === 'Google Chrome')
    if (chromium?.version != null && chromium.version !== ua.chromiumMajor) {
      problems.push({ what: 'version', ua: String(ua.chromiumMajor), hint: String(chromium.version) })
    }
  }
  if (platform !== undefined && ua.os !== null) {
    const hinted = PLATFORMS[unquote(platform)]
    // Chrome on Android in "desktop site" mode sends a Linux UA with platform "Android".
    const desktopMode = hinted === 'android' && ua.os === 'linux'
    if (hinted !== undefined && hinted !== ua.os && !desktopMode) problems.push({ what: 'platform', ua: ua.os, hint: unquote(platform) })
  }
  if (mobile !== undefined && blink) {
    const hinted = mobile.trim() === '?1' ? true : mobile.trim() === '?0' ? false : null
    if (hinted !== null && hinted !== ua.mobile) problems.push({ what: 'mobile', ua: String(ua.mobile), hint: mobile.trim() })
  }
  return problems
}

/** Whether this browser version sends Sec-Fetch-* (Chromium 80, Firefox 90, Safari 16.4) and sec-ch-ua (Chromium 89). */
function expectedFetchHeaders(ua: UaInfo): string[] {
  const expected: string[] = []
  const blink = ua.browser !== null && BLINK.has(ua.browser) && ua.os !== 'ios'
  const sendsFetch =
    (blink && (ua.chromiumMajor ?? 0) >= 80) ||
    (ua.browser === 'firefox' && ua.os !== 'ios' && (ua.major ?? 0) >= 90) ||
    // Safari's Version/ and a WebView's iOS version; other iOS browsers do not reveal the iOS version.
    ((ua.browser === 'safari' || ua.browser === 'ios_webview') && (ua.major ?? 0) >= 17)
  if (sendsFetch) expected.push('sec-fetch-site', 'sec-fetch-mode', 'sec-fetch-dest')
  if (blink && (ua.chromiumMajor ?? 0) >= 89) expected.push('sec-ch-ua')
  return expected
}

function checkHeaders(input: ValidSignup, headers: NormalizedHeaders, data: NetworkData, context: CheckContext, out: Findings, facts: NetworkFacts): void {
  if (headers.oversized.length > 0) out.push(finding('network.header_oversized', ['headers'], { headers: headers.oversized.slice(0, 10), limit: data.maxHeaderLength }))
  if (headers.controlChars.length > 0) out.push(finding('network.header_control_chars', ['headers'], { headers: headers.controlChars.slice(0, 10) }))
  if (input.headers === undefined) return

  const ua = memoizedUserAgent(headers.values.get('user-agent'), data)
  facts.uaKind = ua.kind
  facts.browser = ua.browser
  facts.browserMajor = ua.major
  facts.os = ua.os
  facts.mobile = ua.mobile
  const uaValue = (headers.values.get('user-agent') ?? '').slice(0, 200)
  switch (ua.kind) {
    case 'missing':
      out.push(finding('network.ua_missing', ['headers.user-agent'], {}))
      break
    case 'script':
      out.push(finding('network.ua_script', ['headers.user-agent'], { tool: ua.tool, userAgent: uaValue }))
      break
    case 'headless':
      out.push(finding('network.ua_headless', ['headers.user-agent'], { tool: ua.tool, userAgent: uaValue }))
      break
    case 'crawler':
      out.push(finding('network.ua_crawler', ['headers.user-agent'], { userAgent: uaValue }))
      break
    case 'unrecognized':
      out.push(finding('network.ua_unrecognized', ['headers.user-agent'], { userAgent: uaValue }))
      break
    case 'browser':
    case 'app':
      break
  }
  const chBrands = headers.values.get('sec-ch-ua')
  if (ua.kind === 'browser' && chBrands !== undefined && chBrands.includes('HeadlessChrome')) {
    out.push(finding('network.ua_headless', ['headers.sec-ch-ua'], { tool: 'HeadlessChrome', secChUa: chBrands.slice(0, 120) }))
  }
  const old = outdated(ua, context.now, data.outdatedMajors)
  if (old !== null && ua.kind === 'browser') {
    out.push(finding('network.ua_outdated', ['headers.user-agent'], { browser: ua.browser, version: old.version, expectedAtLeast: old.expected - (ua.browser === 'safari' || ua.browser === 'ios_webview' ? 0 : data.outdatedMajors) }))
  }

  if (ua.kind === 'browser') {
    if (data.expectBrowserHeaders) {
      const missing = ['accept', 'accept-language', 'accept-encoding'].filter((name) => !headers.values.has(name))
      if (missing.length > 0) out.push(finding('network.headers_missing', ['headers'], { missing, browser: ua.browser }))
      const fetchMissing = expectedFetchHeaders(ua).filter((name) => !headers.values.has(name))
      if (fetchMissing.length > 0) out.push(finding('network.fetch_metadata_missing', ['headers'], { missing: fetchMissing, browser: ua.browser, version: ua.major }))
    }
    const mismatches = checkClientHints(ua, headers)
    if (mismatches.length > 0) {
      out.push(finding('network.client_hints_mismatch', ['headers.user-agent', 'headers.sec-ch-ua'], { mismatches: mismatches.map((m) => ({ ...m })) }))
    }
  }

  const expectedLanguage = SERVICE_LANGUAGES[context.serviceCountry]
  const acceptLanguage = headers.values.get('accept-language')
  if (acceptLanguage !== undefined) {
    const langs = languages(acceptLanguage)
    facts.languages = langs.slice(0, 5)
    if (expectedLanguage !== undefined && langs.length > 0 && !langs.includes(expectedLanguage) && ua.kind === 'browser') {
      out.push(finding('network.accept_language_foreign', ['headers.accept-language'], { languages: langs.slice(0, 5), expected: expectedLanguage }))
    }
  }
}

function memoizedUserAgent(raw: string | undefined, data: NetworkData): UaInfo {
  if (raw === undefined || raw.length > UA_MEMO_MAX_LENGTH) return readUserAgent(raw, data.trustedUserAgentPrefixes)
  let ua = data.uaMemo.get(raw)
  if (ua === undefined) {
    ua = readUserAgent(raw, data.trustedUserAgentPrefixes)
    if (data.uaMemo.size < UA_MEMO_LIMIT) data.uaMemo.set(raw, ua)
  }
  return ua
}

function checkClient(input: ValidSignup, facts: NetworkFacts, data: NetworkData, context: CheckContext, out: Findings): void {
  const client = input.client
  if (client === undefined) return
  const zones = SERVICE_ZONES[context.serviceCountry]
  if (client.timezone !== undefined && zones !== undefined && client.timezone.trim() !== '' && !zones.includes(client.timezone.trim())) {
    const basis: string[] = []
    if (facts.ipCountry === context.serviceCountry) basis.push('ip')
    if (factString(context, 'address', 'country')?.toUpperCase() === context.serviceCountry) basis.push('address')
    if (factString(context, 'phone', 'country')?.toUpperCase() === context.serviceCountry) basis.push('phone')
    // "Everything else says Japan": every location we know agrees, and we know at least one.
    const against = facts.ipCountry !== null && facts.ipCountry !== context.serviceCountry
    if (basis.length > 0 && !against) {
      out.push(finding('network.timezone_mismatch', ['client.timezone'], { timezone: client.timezone.slice(0, 64), expected: zones[0]!, basis }))
    }
  }
  // navigator.language stands in for Accept-Language when the host passes no headers.
  if (facts.languages === null && client.language !== undefined && client.language.trim() !== '') {
    const expectedLanguage = SERVICE_LANGUAGES[context.serviceCountry]
    const langs = languages(client.language)
    facts.languages = langs.slice(0, 5)
    if (expectedLanguage !== undefined && langs.length > 0 && !langs.includes(expectedLanguage)) {
      out.push(finding('network.accept_language_foreign', ['client.language'], { languages: langs.slice(0, 5), expected: expectedLanguage }))
    }
  }
  if (client.captchaScore !== undefined) {
    const low = data.captchaHigherIsHuman ? client.captchaScore < data.captchaThreshold : client.captchaScore > data.captchaThreshold
    if (low) out.push(finding('network.captcha_low', ['client.captchaScore'], { score: client.captchaScore, threshold: data.captchaThreshold, higherIsHuman: data.captchaHigherIsHuman }))
  }
}

/**
 * The network check: client IP (country, ASN and hosting class, operator lists, private ranges,
 * proxy chains), request headers (User-Agent, client hints, browser headers) and client signals
 * (time zone, captcha score), with cross-checks against the address and phone countries.
 */
export const networkCheck = defineCheck({
  name: 'network',
  codes: NETWORK_CODES,
  weights: NETWORK_WEIGHTS,
  messages: { ja, en },
  prepare: prepareNetwork,
  dataVersion: (data: NetworkData) => data.version,
  applies: (input) => input.ip !== undefined || input.headers !== undefined || input.client !== undefined,
  run(input, data, context) {
    const out: Findings = []
    const facts: NetworkFacts = {
      ip: null,
      ipVersion: null,
      ipSource: 'none',
      ipCountry: null,
      asn: null,
      asnOrg: null,
      networkClass: 'unknown',
      provider: null,
      classSource: null,
      listed: null,
      ipPrefectureCode: null,
      uaKind: null,
      browser: null,
      browserMajor: null,
      os: null,
      mobile: null,
      languages: null,
    }
    const headers = normalizeHeaders(input.headers, data.maxHeaderLength)
    checkIp(input, headers, data, context, out, facts)
    checkHeaders(input, headers, data, context, out, facts)
    checkClient(input, facts, data, context, out)
    return { findings: out, facts }
  },
})
