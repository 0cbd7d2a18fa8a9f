import type { Evidence, MessageTable } from '../../../core/types.js'
import type { NetworkCode } from '../codes.js'

const s = (value: unknown): string => (Array.isArray(value) ? value.map(String).join(', ') : value === null || value === undefined ? '-' : String(value))
const asn = (e: Evidence): string => `AS${s(e.asn)} ${s(e.org)}`

/** English messages of the network check. */
export const en: MessageTable<NetworkCode> = {
  'network.ip_invalid': (e) => `The client IP is not a valid address (${s(e.value)}, from ${s(e.source)})`,
  'network.ip_private': (e) => `The client IP is a ${s(e.range)} address that cannot come from the Internet (${s(e.ip)})`,
  'network.ip_hosting': (e) => `Connection from a cloud or hosting network: ${s(e.provider)} (${asn(e)})`,
  'network.ip_hosting_keyword': (e) => `Connection from a network that looks like a hosting provider (${asn(e)})`,
  'network.ip_relay': (e) => `Connection through a privacy relay: ${s(e.provider)} (${asn(e)})`,
  'network.ip_tor': (e) => `The IP is on the Tor exit list (${s(e.ip)})`,
  'network.ip_vpn': (e) => `The IP is on the VPN list (${s(e.ip)})`,
  'network.ip_proxy': (e) => `The IP is on the proxy list (${s(e.ip)})`,
  'network.ip_foreign': (e) => `Connection from outside ${s(e.expected)}: ${s(e.country)} (${s(e.ip)})`,
  'network.ip_country_unknown': (e) => `The country of the IP is unknown (${s(e.ip)})`,
  'network.ip_address_country_mismatch': (e) => `IP country ${s(e.ipCountry)} differs from the address country ${s(e.addressCountry)}`,
  'network.ip_prefecture_mismatch': (e) => `IP location (prefecture ${s(e.ipPrefectureCode)}) differs from the address prefecture ${s(e.addressPrefectureCode)}`,
  'network.ip_phone_country_mismatch': (e) => `IP country ${s(e.ipCountry)} differs from the phone number's country ${s(e.phoneCountry)}`,
  'network.ip_domestic_consumer': (e) => `Connection from a domestic ${e.networkClass === 'mobile' ? 'mobile carrier' : 'consumer ISP'}: ${s(e.provider)}`,
  'network.forwarded_chain_short': (e) => `The X-Forwarded-For chain has ${s(e.chainLength)} entries, fewer than the ${s(e.trustedProxies)} trusted proxies`,
  'network.forwarded_extra_hops': (e) => `X-Forwarded-For has ${s(e.extraHops)} entries beyond the trusted proxies (client-supplied or outside proxies)`,
  'network.header_oversized': (e) => `Header values longer than ${s(e.limit)} characters were cut (${s(e.headers)})`,
  'network.header_control_chars': (e) => `Header values contain control characters (${s(e.headers)})`,
  'network.ua_missing': () => 'The request has no User-Agent',
  'network.ua_script': (e) => `The User-Agent is a script or HTTP library (${s(e.tool)})`,
  'network.ua_headless': (e) => `The User-Agent shows browser automation (${s(e.tool)})`,
  'network.ua_crawler': (e) => `The User-Agent is a crawler or bot (${s(e.userAgent)})`,
  'network.ua_unrecognized': (e) => `The User-Agent is not a browser (${s(e.userAgent)})`,
  'network.ua_outdated': (e) => `The browser is far older than current releases (${s(e.browser)} ${s(e.version)}; current releases are ${s(e.expectedAtLeast)} or later)`,
  'network.headers_missing': (e) => `Headers every browser sends are missing (${s(e.missing)})`,
  'network.fetch_metadata_missing': (e) => `Headers this browser version sends are missing (${s(e.missing)})`,
  'network.client_hints_mismatch': (e) =>
    `Client hints contradict the User-Agent (${Array.isArray(e.mismatches) ? e.mismatches.map((m) => (m !== null && typeof m === 'object' && !Array.isArray(m) ? `${s((m as Evidence).what)}: UA ${s((m as Evidence).ua)} vs hint ${s((m as Evidence).hint)}` : '')).join('; ') : ''})`,
  'network.accept_language_foreign': (e) => `The browser languages do not include ${s(e.expected)} (${s(e.languages)})`,
  'network.timezone_mismatch': (e) => `The browser time zone is ${s(e.timezone)}, not ${s(e.expected)}, although ${s(e.basis)} point to Japan`,
  'network.captcha_low': (e) => `The captcha score ${s(e.score)} is past the threshold ${s(e.threshold)}`,
}
