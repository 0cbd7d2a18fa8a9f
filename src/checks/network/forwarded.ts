/**
 * Choosing the client address from the connection and the proxy chain.
 *
 * The left-most X-Forwarded-For entry is whatever the client wrote, so it is never trusted as
 * such. With `trustedProxies = n` reverse proxies in front of the application, each proxy
 * appends the address it received the request from, so the client is the n-th entry from the
 * right (Express's `trust proxy = n`, MDN "X-Forwarded-For: Selecting an IP address").
 */

export interface ClientAddress {
  /** The chosen address text (unparsed), or null when none is available. */
  readonly value: string | null
  readonly source: 'ip' | 'x-forwarded-for' | 'forwarded' | 'header' | 'none'
  /** Entries left of the chosen one (client-supplied or outside proxies). */
  readonly extraHops: number
  /** The chain had fewer entries than trusted proxies (the left-most one was taken). */
  readonly short: boolean
  readonly chainLength: number
}

/** Splits X-Forwarded-For into its entries (comma-separated, RFC 7239 §7.1 legacy form). */
export function splitForwardedFor(value: string): string[] {
  const out: string[] = []
  // The value is already cut to a bounded length (keeping its right end); keep the right-most 64.
  for (const part of value.split(',')) {
    const entry = part.trim()
    if (entry !== '') out.push(entry)
  }
  return out.length > 64 ? out.slice(out.length - 64) : out
}

/** The `for=` values of a Forwarded header (RFC 7239 §4), in order; `unknown` and obfuscated kept as text. */
export function splitForwarded(value: string): string[] {
  const out: string[] = []
  for (const element of value.split(',')) {
    for (const pair of element.split(';')) {
      const eq = pair.indexOf('=')
      if (eq < 0) continue
      if (pair.slice(0, eq).trim().toLowerCase() !== 'for') continue
      out.push(pair.slice(eq + 1).trim())
    }
  }
  return out.length > 64 ? out.slice(out.length - 64) : out
}

/** Picks the client address. `ip` is the connection's peer as the host passes it. */
export function chooseClientAddress(
  ip: string | undefined,
  forwardedFor: string | undefined,
  forwarded: string | undefined,
  trustedProxies: number,
): ClientAddress {
  if (trustedProxies <= 0) {
    const value = ip === undefined || ip.trim() === '' ? null : ip
    return { value, source: value === null ? 'none' : 'ip', extraHops: 0, short: false, chainLength: 0 }
  }
  const fromXff = forwardedFor === undefined ? [] : splitForwardedFor(forwardedFor)
  const chain = fromXff.length > 0 ? fromXff : forwarded === undefined ? [] : splitForwarded(forwarded)
  const source = fromXff.length > 0 ? 'x-forwarded-for' : 'forwarded'
  if (chain.length === 0) {
    // No chain although proxies are trusted: the request reached the application directly, or
    // the proxy does not add the header. The connection address is all there is.
    const value = ip === undefined || ip.trim() === '' ? null : ip
    return { value, source: value === null ? 'none' : 'ip', extraHops: 0, short: value !== null, chainLength: 0 }
  }
  const index = chain.length - trustedProxies
  if (index < 0) {
    return { value: chain[0]!, source, extraHops: 0, short: true, chainLength: chain.length }
  }
  return { value: chain[index]!, source, extraHops: index, short: false, chainLength: chain.length }
}
