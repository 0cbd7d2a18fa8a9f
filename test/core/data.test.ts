import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const DATA = new URL('../../data', import.meta.url).pathname
const sets = readdirSync(DATA, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)

interface Sources {
  set: string
  formatVersion: number
  sources: { package: string; version: string; license: string; tarballSha256: string }[]
  outputs: { file: string; sha256: string }[]
}

// Every shipped data file has a pedigree: the generator recorded its sources and hash, and the
// file has not been edited by hand since.
describe.each(sets.map((s) => [s]))('data/%s', (set) => {
  test('sources.json records package, version, licence and the hash of every output', () => {
    const file = join(DATA, set, 'sources.json')
    expect(existsSync(file)).toBe(true)
    const sources = JSON.parse(readFileSync(file, 'utf8')) as Sources
    expect(sources.set).toBe(set)
    expect(sources.formatVersion).toBeGreaterThan(0)
    for (const source of sources.sources) {
      expect(source.package).toBeTruthy()
      expect(source.version).toMatch(/^\d/)
      expect(source.license).not.toMatch(/^(UNKNOWN|)$/)
      expect(source.tarballSha256).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(sources.outputs.length).toBeGreaterThan(0)
    for (const output of sources.outputs) {
      const bytes = readFileSync(join(DATA, set, output.file))
      expect(createHash('sha256').update(bytes).digest('hex'), output.file).toBe(output.sha256)
    }
  })
})

test('data/README.md lists every set', () => {
  const readme = readFileSync(join(DATA, 'README.md'), 'utf8')
  for (const set of sets) expect(readme).toMatch(new RegExp(`^\\| ${set} \\|`, 'm'))
})
