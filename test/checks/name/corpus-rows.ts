/** Reader of the name golden corpora (test/checks/name/corpus/*.csv), shared by tests and scripts. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'

export interface CorpusRow {
  family: string
  given: string
  familyKana: string
  givenKana: string
  holderName: string
  note: string
}

/** Rows of one corpus file (`real.csv`, `chinese.csv`, `random.csv`, `romaji.csv`, ...). */
export function loadCorpus(file: string): CorpusRow[] {
  return parse(readFileSync(join(import.meta.dirname, 'corpus', file), 'utf8'), { columns: true, skip_empty_lines: true }) as CorpusRow[]
}
