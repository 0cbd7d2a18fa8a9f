import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  CHECK_NAMES,
  createScreener,
  defaultModel,
  InvalidSignupError,
  isInvalidSignupError,
  isScreenerConfigError,
  SIGNAL_CODES,
  type CheckName,
  type ScoringModel,
} from '../../src/index.js'
import { sharedScreener } from '../helpers.js'

const ROOT = new URL('../..', import.meta.url).pathname

const disposable = { id: 'a', email: 'k7x2qz9w@mailinator.com' }

describe('score and band', () => {
  test('score = round(100 * sigmoid(bias + sum of weights)); signals sorted by weight', async () => {
    const screener = await sharedScreener()
    const result = await screener.screen(disposable)
    const sum = result.signals.reduce((total, s) => total + s.weight, 0)
    expect(result.score).toBe(Math.round(100 / (1 + Math.exp(-(screener.model.bias + sum)))))
    expect(result.signals.length).toBeGreaterThanOrEqual(2)
    const weights = result.signals.map((s) => s.weight)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
    expect(result.band).toBe('high')
    expect(result.id).toBe('a')
  })

  test('equal weights are ordered by check order, then by code', async () => {
    // Every weight 1: the order comes from the tie-breaks alone.
    const weights = Object.fromEntries(SIGNAL_CODES.map((code) => [code, 1]))
    const screener = await createScreener({ model: { version: 'ties', bias: 0, thresholds: { review: 30, high: 70 }, weights } })
    const input = { ...disposable, name: { full: 'aaaa' }, phone: '000', address: { full: '???' }, ip: '10.0.0.1', card: { bin: '000000', last4: 'x' } }
    const result = await screener.screen(input)
    expect(new Set(result.signals.map((s) => s.check)).size).toBeGreaterThanOrEqual(3)
    const order = (s: { check: string; code: string }): string => `${CHECK_NAMES.indexOf(s.check as CheckName)}\u0000${s.code}`
    const keys = result.signals.map(order)
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
  })

  test('a result lists id first when given and has no id key otherwise; skipped results do not leak between calls', async () => {
    const screener = await createScreener({ checks: { email: false } })
    const withId = screener.screenSync({ id: 7, name: { full: '山田太郎' } })
    const withoutId = screener.screenSync({ name: { full: '山田太郎' } })
    if (!withId.success || !withoutId.success) throw new Error('expected valid inputs')
    expect(Object.keys(withId.result)).toEqual(['id', 'score', 'band', 'signals', 'checks', 'versions'])
    expect(withId.result.id).toBe('7')
    expect(Object.keys(withoutId.result)).toEqual(['score', 'band', 'signals', 'checks', 'versions'])
    expect(withoutId.result.checks.email).toEqual({ status: 'skipped', facts: { reason: 'disabled' } })
    expect(withoutId.result.checks.card).toEqual({ status: 'skipped', facts: { reason: 'no_input' } })
    // Results are read-only; a caller that writes to one anyway cannot change another.
    expect(() => {
      ;(withId.result.checks.email.facts as Record<string, unknown>).reason = 'changed'
    }).toThrow(TypeError)
    expect(withoutId.result.checks.email.facts).toEqual({ reason: 'disabled' })
  })

  test('an empty signup scores below 10 and every check is skipped with a reason', async () => {
    const result = await (await sharedScreener()).screen({})
    expect(result.score).toBeLessThan(10)
    expect(result.band).toBe('low')
    expect(result.signals).toEqual([])
    for (const check of Object.values(result.checks)) expect(check.status).toBe('skipped')
  })

  test('check status reflects its signals; facts are kept when nothing is flagged', async () => {
    const screener = await sharedScreener()
    const clean = await screener.screen({ email: 'kenichi@aozora-sys.co.jp' })
    expect(clean.checks.email).toMatchObject({ status: 'ok', facts: { domain: 'aozora-sys.co.jp', domainClass: 'other' } })
    const flagged = await screener.screen(disposable)
    expect(flagged.checks.email.status).toBe('flagged')
  })

  test('every signal carries check, code, weight, fields, evidence and message', async () => {
    const result = await (await sharedScreener()).screen(disposable)
    for (const signal of result.signals) {
      expect(signal.code.startsWith(`${signal.check}.`)).toBe(true)
      expect(SIGNAL_CODES).toContain(signal.code)
      expect(signal.fields.length).toBeGreaterThan(0)
      expect(typeof signal.message).toBe('string')
      expect(signal.message.length).toBeGreaterThan(0)
      expect(typeof signal.evidence).toBe('object')
    }
  })

  test('versions name the library, the data and the model', async () => {
    const result = await (await sharedScreener()).screen(disposable)
    expect(result.versions.library).toMatch(/^\d+\.\d+\.\d+/)
    expect(result.versions.data).toContain('email@')
    expect(result.versions.model).toBe(defaultModel().version)
  })
})

describe('options', () => {
  test('locale picks the message language', async () => {
    const [ja, en] = await Promise.all([sharedScreener({ locale: 'ja' }), sharedScreener({ locale: 'en' })])
    const a = await ja.screen(disposable)
    const b = await en.screen(disposable)
    expect(a.signals[0]!.message).toMatch(/使い捨て/)
    expect(b.signals[0]!.message).toMatch(/Disposable/)
    expect(a.score).toBe(b.score)
  })

  test('a disabled check is skipped', async () => {
    const screener = await createScreener({ checks: { email: false } })
    const result = await screener.screen(disposable)
    expect(result.checks.email).toEqual({ status: 'skipped', facts: { reason: 'disabled' } })
    expect(result.signals).toEqual([])
    expect(screener.enabledChecks).not.toContain('email')
  })

  test('a model loaded from a JSON file replaces weights, bias and thresholds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'screen-model-'))
    const model: ScoringModel = {
      version: 'fitted-test',
      bias: -1,
      thresholds: { review: 20, high: 90 },
      weights: { 'email.disposable_domain': 0.5 },
    }
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model))
    const screener = await createScreener({ model: join(dir, 'model.json') })
    const result = await screener.screen({ email: 'person.name@mailinator.com' })
    expect(result.signals.map((s) => [s.code, s.weight])).toEqual([['email.disposable_domain', 0.5]])
    expect(result.score).toBe(Math.round(100 / (1 + Math.exp(-(-1 + 0.5)))))
    expect(result.band).toBe('review')
    expect(result.versions.model).toBe('fitted-test')
    // Codes the model omits keep their default weight.
    expect(screener.model.weights['email.free_mail']).toBe(defaultModel().weights['email.free_mail'])
  })

  test.each([
    [{ model: { version: 'x', bias: 0, thresholds: { review: 30, high: 70 }, weights: { 'email.nope': 1 } } }, /unknown signal codes: email.nope/],
    [{ model: { version: 'x', bias: 0, thresholds: { review: 80, high: 70 }, weights: {} } }, /thresholds/],
    [{ model: '/nonexistent/model.json' }, /Cannot read scoring model/],
    [{ checks: { nonsense: false } }, /Unknown check nonsense/],
    [{ locale: 'fr' }, /Unknown locale fr/],
  ])('bad options are a ScreenerConfigError (%#)', async (options, message) => {
    const error = await createScreener(options as never).catch((e: unknown) => e)
    expect(isScreenerConfigError(error)).toBe(true)
    expect((error as Error).message).toMatch(message)
  })

  test('two screeners with different options coexist', async () => {
    const strict = await createScreener({ model: { ...defaultModel(), version: 'strict', bias: 0 } })
    const lenient = await createScreener({ checks: { email: { allowlist: ['mailinator.com'] } } })
    const a = await strict.screen(disposable)
    const b = await lenient.screen(disposable)
    const c = await strict.screen(disposable)
    expect(a).toEqual(c)
    expect(b.checks.email.facts.domainClass).toBe('allowlisted')
    expect(a.checks.email.facts.domainClass).toBe('disposable')
  })
})

describe('invalid input', () => {
  test('wrong types reject with InvalidSignupError listing every field', async () => {
    const screener = await sharedScreener()
    const error = await screener.screen({ email: 42, name: { family: ['x'] }, card: { expMonth: {} } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InvalidSignupError)
    expect(isInvalidSignupError(error)).toBe(true)
    const invalid = error as InvalidSignupError
    expect(invalid.code).toBe('invalid_signup')
    expect(invalid.issues.map((i) => i.path).sort()).toEqual(['card.expMonth', 'email', 'name.family'])
    expect(invalid.message).toContain('email')
  })

  test.each([null, 'a string', 42, [1, 2]])('a non-object input (%j) is invalid', async (input) => {
    const outcome = await (await sharedScreener()).safeScreen(input)
    expect(outcome.success).toBe(false)
  })

  test('oversized values are rejected, with the path', async () => {
    const outcome = await (await sharedScreener()).safeScreen({ name: { family: 'あ'.repeat(10_000) } })
    expect(outcome.success).toBe(false)
    if (!outcome.success) expect(outcome.error.issues[0]).toMatchObject({ path: 'name.family', code: 'too_big' })
  })

  test('garbage content is not an error: it is what the checks flag', async () => {
    const outcome = await (await sharedScreener()).safeScreen({ email: 'aaaa', phone: 'aaaa', name: { family: '!!!' } })
    expect(outcome.success).toBe(true)
  })

  test.each(['yesterday', '2026-02-31', '2026-13-01T00:00:00Z', '2026-11-29T25:00'])('a bad submittedAt (%s) is an input error', async (submittedAt) => {
    const outcome = await (await sharedScreener()).safeScreen({ submittedAt })
    expect(outcome.success).toBe(false)
  })

  test('a submittedAt without offset is Japan time, whatever the process time zone', () => {
    // Expires end of May 2026; 2026-05-31T20:00 in Japan is still May (in Los Angeles it is June 1st UTC).
    const input = { submittedAt: '2026-05-31T20:00:00', card: { bin: '490222', last4: '4821', expMonth: 5, expYear: 2026 } }
    const script = `import { createScreener } from './src/index.ts'
const s = await createScreener()
process.stdout.write(JSON.stringify(await s.screen(${JSON.stringify(input)})))`
    // The time zone is read once per process (and not at all in worker threads): one child per zone.
    const run = (tz: string) =>
      execFileSync('node', ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, TZ: tz }, encoding: 'utf8' })
    const [tokyo, losAngeles] = [run('Asia/Tokyo'), run('America/Los_Angeles')]
    expect(losAngeles).toBe(tokyo)
    expect(tokyo).not.toContain('card.expired')
  })

  test('unknown keys (comment, label) are ignored', async () => {
    const outcome = await (await sharedScreener()).safeScreen({ comment: 'x', label: 'fraud', email: 'a.b@aozora-sys.co.jp' })
    expect(outcome.success).toBe(true)
  })
})

describe('screenMany', () => {
  test('yields every input in order, errors included, from sync and async iterables', async () => {
    const screener = await sharedScreener()
    const inputs = [{ id: '1', email: 'a@gmail.com' }, { email: 5 }, { id: '3' }]
    async function* gen() {
      yield* inputs
    }
    for (const source of [inputs, gen()]) {
      const items = []
      for await (const item of screener.screenMany(source)) items.push(item)
      expect(items.map((i) => [i.index, i.success])).toEqual([
        [0, true],
        [1, false],
        [2, true],
      ])
    }
  })
})

describe('determinism', () => {
  test('same input, same bytes: across calls, screeners and concurrent calls', async () => {
    const a = await createScreener({ now: () => new Date('2026-01-01T00:00:00Z') })
    const b = await createScreener({ now: () => new Date('2026-01-01T00:00:00Z') })
    const input = { email: 'qxzvbnmwrt+x@gmial.com' }
    const first = JSON.stringify(await a.screen(input))
    const all = await Promise.all(Array.from({ length: 1000 }, (_, i) => (i % 2 ? a : b).screen(input)))
    for (const result of all) expect(JSON.stringify(result)).toBe(first)
  })
})
