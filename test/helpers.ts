import { PassThrough } from 'node:stream'
import { expect } from 'vitest'
import { main } from '../src/cli/main.js'
import { createScreener, type Screener, type ScreenerOptions } from '../src/core/screener.js'
import type { AnyCheckDefinition, CheckContext } from '../src/core/check.js'
import { SignupInputSchema } from '../src/core/schema.js'
import type { Facts, Finding, ScreenResult, Signal } from '../src/core/types.js'

type HasSignals = ScreenResult | readonly Signal[] | readonly Finding[]

const codesOf = (from: HasSignals): string[] => ('signals' in from ? from.signals : from).map((s) => s.code)

/** Asserts that a signal (or finding) with this code is present; returns it for further checks. */
export function expectSignal(from: HasSignals, code: string): Signal | Finding {
  const list = 'signals' in from ? from.signals : from
  const found = list.find((s) => s.code === code)
  expect(found, `expected ${code} among [${codesOf(from).join(', ')}]`).toBeDefined()
  return found!
}

/** Asserts that no signal (or finding) with this code is present. */
export function expectNoSignal(from: HasSignals, code: string): void {
  expect(codesOf(from), `did not expect ${code}`).not.toContain(code)
}

/** Screeners are costly to create (they load data): tests share one per option set. */
const screeners = new Map<string, Promise<Screener>>()
export function sharedScreener(options: ScreenerOptions = {}): Promise<Screener> {
  const key = JSON.stringify(options)
  let screener = screeners.get(key)
  if (!screener) {
    screener = createScreener({ now: () => new Date('2026-11-29T00:00:00Z'), ...options })
    screeners.set(key, screener)
  }
  return screener
}

/** Runs one check directly on an input (validated by the schema), with optional earlier facts. */
export async function runCheck(
  definition: AnyCheckDefinition,
  input: unknown,
  options: object = {},
  context: Partial<CheckContext> = {},
): Promise<{ findings: readonly Finding[]; facts: Facts }> {
  const data = await prepared(definition, options)
  const valid = SignupInputSchema.parse(input)
  return definition.run(valid, data, { now: new Date('2026-11-29T00:00:00Z'), serviceCountry: 'JP', facts: {}, ...context })
}

const preparedData = new Map<string, unknown>()
async function prepared(definition: AnyCheckDefinition, options: object): Promise<unknown> {
  const key = `${definition.name}:${JSON.stringify(options)}`
  if (!preparedData.has(key)) preparedData.set(key, await definition.prepare(options))
  return preparedData.get(key)
}

/** Runs the `signup-screen` CLI in-process with captured output; returns its exit code and output. */
export async function runCli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const code = await main(['node', 'signup-screen', ...args], { stdout, stderr, stderrIsTTY: false })
  return { code, out, err }
}
