/**
 * IP address parsing and special-purpose range classification, written without regular
 * expressions (linear, allocation-light: the check parses one to a few addresses per signup).
 */

/** A parsed address. IPv6 is kept as four 32-bit words, most significant first. */
export type ParsedIp =
  | { readonly version: 4; readonly v4: number; readonly text: string }
  | { readonly version: 6; readonly words: readonly [number, number, number, number]; readonly text: string }

/**
 * Special-purpose ranges (IANA IPv4/IPv6 Special-Purpose Address Registries, RFC 6890). None of
 * them can be the public address of a client on the Internet: seeing one means the host's proxy
 * set-up passes an internal hop, or the value is forged.
 */
export type SpecialRange =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared_cgnat'
  | 'link_local'
  | 'documentation'
  | 'benchmarking'
  | 'multicast'
  | 'reserved'

/** Parses dotted-quad IPv4 (exactly four decimal parts 0..255, no leading-zero octal forms). */
export function parseIpv4(text: string, from = 0, to = text.length): number | null {
  let value = 0
  let part = 0
  let digits = 0
  let parts = 0
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      // "010" is octal to inet_aton but decimal to browsers: ambiguous, so rejected.
      if (digits === 1 && part === 0) return null
      part = part * 10 + (c - 48)
      digits += 1
      if (part > 255) return null
    } else if (c === 46) {
      if (digits === 0 || parts === 3) return null
      value = value * 256 + part
      parts += 1
      part = 0
      digits = 0
    } else {
      return null
    }
  }
  if (digits === 0 || parts !== 3) return null
  return value * 256 + part
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  if (c >= 97 && c <= 102) return c - 87
  if (c >= 65 && c <= 70) return c - 55
  return -1
}

/** Parses IPv6 text (RFC 4291 §2.2, with `::` and an embedded dotted IPv4 tail) into 8 groups. */
export function parseIpv6Groups(text: string, from = 0, to = text.length): number[] | null {
  if (to - from < 2 || to - from > 45) return null
  const groups: number[] = []
  let gap = -1
  let i = from
  if (text.charCodeAt(i) === 58) {
    if (text.charCodeAt(i + 1) !== 58) return null
    gap = 0
    i += 2
    if (i === to) return [0, 0, 0, 0, 0, 0, 0, 0]
  }
  while (i < to) {
    let j = i
    let value = 0
    while (j < to && j - i < 5) {
      const h = hexValue(text.charCodeAt(j))
      if (h < 0) break
      value = value * 16 + h
      j += 1
    }
    const next = j < to ? text.charCodeAt(j) : -1
    if (next === 46) {
      // Embedded IPv4 in the last 32 bits (::ffff:192.0.2.1).
      const v4 = parseIpv4(text, i, to)
      if (v4 === null || groups.length > 6) return null
      groups.push(Math.floor(v4 / 65536), v4 % 65536)
      i = to
      break
    }
    if (j === i || j - i > 4) return null
    groups.push(value)
    if (groups.length > 8) return null
    if (j === to) {
      i = j
      break
    }
    if (next !== 58) return null
    if (j + 1 < to && text.charCodeAt(j + 1) === 58) {
      if (gap >= 0) return null
      gap = groups.length
      i = j + 2
      continue
    }
    if (j + 1 === to) return null
    i = j + 1
  }
  if (gap >= 0) {
    if (groups.length > 7) return null
    const fill = new Array<number>(8 - groups.length).fill(0)
    groups.splice(gap, 0, ...fill)
  }
  return groups.length === 8 ? groups : null
}

const hex4 = (n: number): string => n.toString(16)

/** RFC 5952 text of 8 groups: lower case, longest zero run (>= 2 groups) shortened to `::`. */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1
  let bestLength = 1
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i += 1
      continue
    }
    let j = i
    while (j < 8 && groups[j] === 0) j += 1
    if (j - i > bestLength) {
      bestStart = i
      bestLength = j - i
    }
    i = j
  }
  if (bestStart < 0) return groups.map(hex4).join(':')
  const head = groups.slice(0, bestStart).map(hex4).join(':')
  const tail = groups.slice(bestStart + bestLength).map(hex4).join(':')
  return `${head}::${tail}`
}

export const formatIpv4 = (v4: number): string =>
  `${Math.floor(v4 / 16777216)}.${Math.floor(v4 / 65536) % 256}.${Math.floor(v4 / 256) % 256}.${v4 % 256}`

/**
 * Parses an address as found in `ip`, X-Forwarded-For or Forwarded: trims spaces and quotes,
 * accepts `[v6]`, `[v6]:port`, `v4:port` and a zone id (`fe80::1%eth0`). IPv4-mapped
 * (::ffff:0:0/96) and NAT64 (64:ff9b::/96, RFC 6052) addresses are unwrapped to IPv4, since the
 * embedded IPv4 address is the client.
 */
export function parseIp(raw: string): ParsedIp | null {
  let from = 0
  let to = raw.length
  if (to > 64) return null
  while (from < to && (raw.charCodeAt(from) === 32 || raw.charCodeAt(from) === 34 || raw.charCodeAt(from) === 9)) from += 1
  while (to > from && (raw.charCodeAt(to - 1) === 32 || raw.charCodeAt(to - 1) === 34 || raw.charCodeAt(to - 1) === 9)) to -= 1
  if (from >= to) return null
  if (raw.charCodeAt(from) === 91) {
    const close = raw.indexOf(']', from)
    if (close < 0 || close >= to) return null
    const after = close + 1
    if (after !== to && !(raw.charCodeAt(after) === 58 && isPort(raw, after + 1, to))) return null
    from += 1
    to = close
  }
  const colon = raw.indexOf(':', from)
  if (colon < 0 || colon >= to) {
    const v4 = parseIpv4(raw, from, to)
    return v4 === null ? null : { version: 4, v4, text: formatIpv4(v4) }
  }
  // v4:port has exactly one colon and a dot before it.
  const second = raw.indexOf(':', colon + 1)
  if ((second < 0 || second >= to) && raw.lastIndexOf('.', colon) >= from) {
    if (!isPort(raw, colon + 1, to)) return null
    const v4 = parseIpv4(raw, from, colon)
    return v4 === null ? null : { version: 4, v4, text: formatIpv4(v4) }
  }
  const zone = raw.indexOf('%', from)
  if (zone >= 0 && zone < to) to = zone
  const groups = parseIpv6Groups(raw, from, to)
  if (groups === null) return null
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number]
  const mapped = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0xffff
  const nat64 = g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0
  if (mapped || nat64) {
    const v4 = g6 * 65536 + g7
    return { version: 4, v4, text: formatIpv4(v4) }
  }
  const words: [number, number, number, number] = [g0 * 65536 + g1, g2 * 65536 + g3, g4 * 65536 + g5, g6 * 65536 + g7]
  return { version: 6, words, text: formatIpv6(groups) }
}

function isPort(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 5) return false
  let port = 0
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return false
    port = port * 10 + (c - 48)
  }
  return port <= 65535
}

/** [first address, prefix length, name] of the IPv4 special-purpose ranges checked. */
const V4_SPECIAL: readonly (readonly [string, number, SpecialRange])[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared_cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link_local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
]

const V4_SPECIAL_RANGES = V4_SPECIAL.map(([first, bits, name]) => {
  const start = parseIpv4(first) ?? 0
  return { start, end: start + 2 ** (32 - bits) - 1, name }
})

/** The special-purpose range an address is in, or null for a global unicast address. */
export function specialRange(ip: ParsedIp): SpecialRange | null {
  if (ip.version === 4) {
    for (const range of V4_SPECIAL_RANGES) {
      if (ip.v4 >= range.start && ip.v4 <= range.end) return range.name
    }
    return null
  }
  const [w0, w1, w2, w3] = ip.words
  if (w0 === 0 && w1 === 0 && w2 === 0) {
    if (w3 === 0) return 'unspecified'
    if (w3 === 1) return 'loopback'
    return 'reserved'
  }
  const top16 = w0 >>> 16
  if (top16 >= 0xfc00 && top16 <= 0xfdff) return 'private' // fc00::/7 unique local (RFC 4193)
  if (top16 >= 0xfe80 && top16 <= 0xfebf) return 'link_local' // fe80::/10
  if (top16 >= 0xff00) return 'multicast' // ff00::/8
  if (w0 === 0x20010db8) return 'documentation' // 2001:db8::/32 (RFC 3849)
  if (top16 === 0x3fff && (w0 & 0xf000) === 0) return 'documentation' // 3fff::/20 (RFC 9637)
  if (w0 === 0x20010002 && w1 >>> 16 === 0) return 'benchmarking' // 2001:2::/48 (RFC 5180)
  // Everything outside 2000::/3 is unassigned for global unicast.
  if (w0 >>> 29 !== 1) return 'reserved'
  return null
}
