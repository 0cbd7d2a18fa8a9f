/**
 * A compact, columnar store of a scored, labelled history.
 *
 * Tuning a model needs, per signup, only its score under the current model, its label, its date and
 * which signal codes fired; not the results themselves (messages, evidence, facts). Keeping just
 * those in typed arrays makes 1M signups cost about 20 MB instead of several GB of result objects.
 */

/** Rows of a history, columnar. Row `i` fired `fired[offsets[i] .. offsets[i+1])` (code indices). */
export interface History {
  /** Number of rows (labelled, screened signups). */
  readonly size: number
  /** Code of each index used in `fired`. */
  readonly codes: readonly string[]
  /** Score 0..100 under the model that screened the history. */
  readonly score: Uint8Array
  /** 1 = fraud, 0 = legitimate. */
  readonly label: Uint8Array
  /** `submittedAt` in ms since the epoch, NaN when absent. */
  readonly time: Float64Array
  /** Row starts in `fired` (length size + 1). */
  readonly offsets: Uint32Array
  /** Indices (into `codes`) of the signals each row fired; a code firing twice appears twice. */
  readonly fired: Uint16Array
  /** Physical input line of each row, to point back at the file. */
  readonly line: Uint32Array
}

/** Appends rows to growing typed arrays; `build()` returns a trimmed {@link History}. */
export class HistoryBuilder {
  private readonly codeIndex = new Map<string, number>()
  private readonly codeList: string[] = []
  private count = 0
  private firedCount = 0
  private score = new Uint8Array(1024)
  private label = new Uint8Array(1024)
  private time = new Float64Array(1024)
  private line = new Uint32Array(1024)
  private offsets = new Uint32Array(1025)
  private fired = new Uint16Array(4096)

  /** @param knownCodes - codes to index first (every code of the model), so indices are stable. */
  constructor(knownCodes: Iterable<string> = []) {
    for (const code of knownCodes) this.indexOf(code)
  }

  /** Index of a code, adding it if new (a check may emit a code the model does not weigh). */
  indexOf(code: string): number {
    let index = this.codeIndex.get(code)
    if (index === undefined) {
      index = this.codeList.length
      if (index > 0xffff) throw new RangeError('more than 65536 distinct signal codes')
      this.codeIndex.set(code, index)
      this.codeList.push(code)
    }
    return index
  }

  get size(): number {
    return this.count
  }

  /** Adds one row. */
  add(row: { readonly score: number; readonly label: 0 | 1; readonly time: number; readonly line: number; readonly codes: Iterable<string> }): void {
    if (this.count === this.score.length) this.growRows()
    const i = this.count
    this.score[i] = row.score
    this.label[i] = row.label
    this.time[i] = row.time
    this.line[i] = row.line
    for (const code of row.codes) {
      if (this.firedCount === this.fired.length) this.fired = grow(this.fired, this.fired.length * 2)
      this.fired[this.firedCount] = this.indexOf(code)
      this.firedCount += 1
    }
    this.count += 1
    this.offsets[this.count] = this.firedCount
  }

  build(): History {
    const n = this.count
    return {
      size: n,
      codes: [...this.codeList],
      score: this.score.slice(0, n),
      label: this.label.slice(0, n),
      time: this.time.slice(0, n),
      line: this.line.slice(0, n),
      offsets: this.offsets.slice(0, n + 1),
      fired: this.fired.slice(0, this.firedCount),
    }
  }

  private growRows(): void {
    const size = this.score.length * 2
    this.score = grow(this.score, size)
    this.label = grow(this.label, size)
    this.time = grow(this.time, size)
    this.line = grow(this.line, size)
    this.offsets = grow(this.offsets, size + 1)
  }
}

type Typed = Uint8Array | Uint16Array | Uint32Array | Float64Array

function grow<T extends Typed>(array: T, size: number): T {
  const next = new (array.constructor as new (length: number) => T)(size)
  next.set(array)
  return next
}

/** Builds a history from plain rows (tests, small in-memory data sets). */
export function historyFromRows(
  rows: readonly { readonly score: number; readonly label: 0 | 1; readonly time?: number; readonly codes?: readonly string[] }[],
  knownCodes: Iterable<string> = [],
): History {
  const builder = new HistoryBuilder(knownCodes)
  rows.forEach((row, index) => builder.add({ score: row.score, label: row.label, time: row.time ?? Number.NaN, line: index + 1, codes: row.codes ?? [] }))
  return builder.build()
}
