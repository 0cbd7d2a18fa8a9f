/**
 * Optimal-string-alignment distance (Damerau-Levenshtein without repeated edits of a substring):
 * one insertion, deletion, substitution or swap of neighbours counts 1, so gmial → gmail is 1.
 * Stops early once every cell of a row exceeds `max`, which keeps the check at a few µs.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const width = b.length + 1
  let prevPrev = new Array<number>(width).fill(0)
  let prev = Array.from({ length: width }, (_, j) => j)
  let row = new Array<number>(width).fill(0)
  for (let i = 1; i <= a.length; i += 1) {
    row[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, prevPrev[j - 2]! + 1)
      row[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
    ;[prevPrev, prev, row] = [prev, row, prevPrev]
  }
  return prev[b.length]!
}

/**
 * The target a domain most likely mistypes, or null. Short targets (aol.com, qq.com) are skipped:
 * one edit away from them lie many real company domains (aon.com), so a suggestion would be noise.
 */
export function suggestDomain(domain: string, targets: readonly string[]): string | null {
  let best: string | null = null
  let bestDistance = Infinity
  for (const target of targets) {
    if (target.length < 8) continue
    const max = target.length >= 12 ? 2 : 1
    const distance = editDistance(domain, target, max)
    if (distance > 0 && distance <= max && distance < bestDistance) {
      best = target
      bestDistance = distance
    }
  }
  return best
}
