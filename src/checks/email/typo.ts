/** Scratch rows for {@link editDistance}; one set per call of {@link suggestDomain}, never shared. */
interface Rows {
  prevPrev: Int32Array
  prev: Int32Array
  row: Int32Array
}

const newRows = (width: number): Rows => ({ prevPrev: new Int32Array(width), prev: new Int32Array(width), row: new Int32Array(width) })

/**
 * Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits of a substring):
 * one insertion, deletion, substitution or swap of neighbours counts 1, so gmial → gmail is 1.
 * Stops early once every cell of a row exceeds `max`, which keeps the check at a few µs.
 */
export function editDistance(a: string, b: string, max: number, rows: Rows = newRows(b.length + 1)): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let { prevPrev, prev, row } = rows
  for (let j = 0; j <= b.length; j += 1) prev[j] = j
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i
    let rowMin = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j += 1) {
      const bj = b.charCodeAt(j - 1)
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1))
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, prevPrev[j - 2]! + 1)
      row[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[prevPrev, prev, row] = [prev, row, prevPrev]
  }
  return prev[b.length]!
}

/** Longest target plus the largest distance tried: longer domains cannot be near-misses. */
const MAX_TYPO_DISTANCE = 2

/**
 * The target a domain most likely mistypes, or null. Short targets (aol.com, qq.com) are skipped:
 * one edit away from them lie many real company domains (aon.com), so a suggestion would be noise.
 */
export function suggestDomain(domain: string, targets: readonly string[]): string | null {
  let longest = 0
  for (const target of targets) longest = Math.max(longest, target.length)
  if (domain.length > longest + MAX_TYPO_DISTANCE) return null
  const rows = newRows(longest + 1)
  let best: string | null = null
  let bestDistance = Infinity
  for (const target of targets) {
    if (target.length < 8) continue
    const max = target.length >= 12 ? MAX_TYPO_DISTANCE : 1
    const distance = editDistance(domain, target, max, rows)
    if (distance > 0 && distance <= max && distance < bestDistance) {
      best = target
      bestDistance = distance
    }
  }
  return best
}

/**
 * Cyrillic and Greek letters that look like Latin ones in domain names (a subset of Unicode's
 * confusables.txt, UTS #39, covering what IDN homograph attacks use). NFKC has already folded
 * full-width and mathematical forms before this runs.
 */
const CONFUSABLES: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['в', 'b'], ['с', 'c'], ['ԁ', 'd'], ['е', 'e'], ['һ', 'h'], ['і', 'i'], ['ј', 'j'], ['к', 'k'],
  ['ӏ', 'l'], ['м', 'm'], ['н', 'h'], ['о', 'o'], ['р', 'p'], ['ԛ', 'q'], ['ѕ', 's'], ['т', 't'], ['ц', 'u'],
  ['ѵ', 'v'], ['ԝ', 'w'], ['х', 'x'], ['у', 'y'], ['ɡ', 'g'], ['ɩ', 'i'], ['ɑ', 'a'],
  ['α', 'a'], ['β', 'b'], ['ε', 'e'], ['η', 'n'], ['ι', 'i'], ['κ', 'k'], ['ν', 'v'], ['ο', 'o'], ['ρ', 'p'],
  ['τ', 't'], ['υ', 'u'], ['χ', 'x'], ['γ', 'y'],
])

/**
 * The Latin skeleton of a Unicode domain whose non-ASCII letters are all look-alikes (gmаil.com with
 * a Cyrillic а → gmail.com), or null when it has none or has letters with no Latin twin (a real IDN
 * such as 例え.jp).
 */
export function latinSkeleton(unicodeDomain: string): string | null {
  let out = ''
  let replaced = false
  for (const ch of unicodeDomain) {
    if (ch.charCodeAt(0) < 0x80) {
      out += ch
      continue
    }
    const latin = CONFUSABLES.get(ch)
    if (latin === undefined) return null
    out += latin
    replaced = true
  }
  return replaced ? out : null
}
