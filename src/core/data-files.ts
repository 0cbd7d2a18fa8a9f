import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Locates the package's data/ folder from this module, whether it runs from src/ (tests, tsx) or
 * from the bundled dist/ (ESM or CJS). Resolved on each call; callers call it once, in `prepare`.
 */
export function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'data')
    if (existsSync(join(candidate, 'README.md')) && existsSync(join(dir, 'package.json'))) return candidate
    dir = dirname(dir)
  }
  throw new Error('signup-screen: cannot find the data/ folder next to package.json')
}

/** Reads a JSON data file from data/<set>/<file>. */
export async function readDataJson<T>(set: string, file: string): Promise<T> {
  return JSON.parse(await readFile(join(dataDir(), set, file), 'utf8')) as T
}

/** Reads a data file's bytes from data/<set>/<file> (for binary indexes). */
export function readDataBytes(set: string, file: string): Buffer {
  return readFileSync(join(dataDir(), set, file))
}
