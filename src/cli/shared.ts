import { existsSync, statSync } from 'node:fs'
import { Option } from 'commander'
import { createScreener, type Screener, type ScreenerOptions } from '../core/screener.js'
import { CHECK_NAMES, LOCALES, type CheckName, type Locale } from '../core/types.js'
import { UsageError } from './io.js'

/** Options every screening command accepts. */
export interface ScreeningFlags {
  readonly lang: Locale
  readonly model?: string
  readonly disable?: string
  /** Reference time for signups without submittedAt (ISO 8601); default: the clock. */
  readonly now?: string
}

export const langOption = () => new Option('--lang <locale>', 'message language').choices([...LOCALES]).default('ja')
export const modelOption = () => new Option('--model <file>', 'scoring model JSON (e.g. written by `signup-screen tune`)')
export const nowOption = () =>
  new Option('--now <iso-date>', 'reference time for signups without submittedAt (makes runs reproducible); default: the clock')
export const disableOption = () => new Option('--disable <checks>', `comma-separated checks to turn off (${CHECK_NAMES.join(', ')})`)

/** Fails early, with a clear message, for an input file that does not exist. */
export function assertReadable(path: string): void {
  if (path === '-') return
  if (!existsSync(path)) throw new UsageError(`No such file: ${path}`)
  if (!statSync(path).isFile()) throw new UsageError(`Not a file: ${path}`)
}

/** Builds a screener from CLI flags. */
export async function screenerFromFlags(flags: ScreeningFlags): Promise<Screener> {
  const checks: Record<string, boolean> = {}
  for (const name of (flags.disable ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(CHECK_NAMES as readonly string[]).includes(name)) throw new UsageError(`Unknown check in --disable: ${name}`)
    checks[name as CheckName] = false
  }
  let now: Date | undefined
  if (flags.now !== undefined) {
    now = new Date(flags.now)
    if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO 8601 date-time, got ${flags.now}`)
  }
  const fixed = now
  const options: ScreenerOptions = {
    ...(fixed === undefined ? {} : { now: () => fixed }),
    locale: flags.lang,
    checks: checks as ScreenerOptions['checks'] & object,
    ...(flags.model === undefined ? {} : { model: flags.model }),
  }
  return createScreener(options)
}
