import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from '../helpers.js'

const ROOT = new URL('../..', import.meta.url).pathname
const EXAMPLES = join(ROOT, 'examples', 'signups.jsonl')

const cli = runCli

const lines = (text: string) => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)

describe('score', () => {
  test('scores the bundled examples: one line per signup, legit low, fraud flagged', async () => {
    const { code, out, err } = await cli('score', EXAMPLES)
    expect(code).toBe(0)
    const rows = lines(out)
    const inputs = readFileSync(EXAMPLES, 'utf8').trim().split('\n')
    expect(rows).toHaveLength(inputs.length)
    expect(rows.map((r) => r.line)).toEqual(inputs.map((_, i) => i + 1))
    const byId = new Map(rows.map((r) => [r.id, r]))
    expect(byId.get('ex-01')!.band).toBe('low')
    expect(byId.get('ex-05')!.band).not.toBe('low')
    expect(byId.get('ex-10')!.band).not.toBe('low')
    expect(err).toMatch(/16 lines, 16 scored/)
  })

  test('a corrupt batch loses nothing: one output per input line, errors with line numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'bad.jsonl')
    writeFileSync(
      file,
      '\uFEFF{"id":"a","email":"a@gmail.com"}\r\n' + // BOM + CRLF
        '\r\n' + // empty line
        '{not json}\n' +
        '{"id":"d","email":42}\n' + // wrong type
        '[1,2]\n' +
        '{"id":"f","card":{"number":"4111111111111111"},"email":"x@y.jp"}\n' +
        '{"id":"g","email":"trunc', // truncated last line, no newline
    )
    const { code, out, err } = await cli('score', file)
    expect(code).toBe(0)
    const rows = lines(out)
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(rows.map((r) => (r.error as { code?: string } | undefined)?.code ?? 'ok')).toEqual([
      'ok',
      'empty_line',
      'invalid_json',
      'invalid_signup',
      'not_an_object',
      'ok',
      'invalid_json',
    ])
    expect(rows[3]).toMatchObject({ id: 'd', error: { issues: [{ path: 'email' }] } })
    expect(err).toMatch(/7 lines, 2 scored .* 5 errors/)
    expect(out).not.toContain('4111111111111111')
    expect((await cli('score', '--strict', file)).code).toBe(1)
  })

  test('a lone CR inside a line is not a line end (one output per LF-terminated line)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'cr.jsonl')
    writeFileSync(file, '{"id":"a",\r"email":"a@gmail.com"}\n{"id":"b"}\r\n')
    const { out } = await cli('score', file)
    expect(lines(out).map((r) => [r.line, r.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ])
  })

  test('--now makes runs reproducible for signups without submittedAt; a bad value is a usage error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'card.jsonl')
    writeFileSync(file, `${JSON.stringify({ card: { bin: '490222', last4: '4821', expMonth: 5, expYear: 2026 } })}\n`)
    const before = await cli('score', '--now', '2026-04-01T00:00:00+09:00', '--full', file)
    const after = await cli('score', '--now', '2026-07-01T00:00:00+09:00', '--full', file)
    expect(before.out).not.toContain('card.expired')
    expect(after.out).toContain('card.expired')
    expect((await cli('score', '--now', '2026-07-01T00:00:00+09:00', '--full', file)).out).toBe(after.out)
    const bad = await cli('score', '--now', 'someday', file)
    expect(bad.code).toBe(2)
    expect(bad.err).toMatch(/--now must be an ISO 8601 date-time/)
  })

  test('CSV input with dotted column paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'in.csv')
    writeFileSync(file, 'id,email,name.family,headers.user-agent\nc1,k7x2qz9w@mailinator.com,山田,curl/8\nc2,"a,b@gmail.com",,\n')
    const { out } = await cli('score', '--full', file)
    const rows = lines(out)
    expect(rows.map((r) => r.line)).toEqual([2, 3])
    expect(rows[0]).toMatchObject({ id: 'c1', band: 'high' })
    expect((rows[0]!.result as { checks: { email: { facts: { domain: string } } } }).checks.email.facts.domain).toBe('mailinator.com')
    expect((rows[1]!.reasons as { code: string }[]).map((r) => r.code)).toContain('email.invalid_syntax')
  })

  test('--lang en, --top and --disable', async () => {
    const { out } = await cli('score', '--lang', 'en', '--top', '1', '--disable', 'phone', EXAMPLES)
    const row = lines(out).find((r) => r.id === 'ex-05')!
    const reasons = row.reasons as { message: string }[]
    expect(reasons).toHaveLength(1)
    expect(reasons[0]!.message).toMatch(/[A-Za-z]/)
    expect(reasons[0]!.message).not.toMatch(/[\u3040-\u30ff]/)
  })
})

describe('explain', () => {
  test('explains one signup in Japanese by default and in English on request', async () => {
    const ja = await cli('explain', '--line', '5', EXAMPLES)
    expect(ja.code).toBe(0)
    expect(ja.out).toMatch(/スコア: \d+ \/ 100/)
    expect(ja.out).toContain('email.disposable_domain')
    const en = await cli('explain', '--lang', 'en', '--line', '5', EXAMPLES)
    expect(en.out).toMatch(/Score: \d+ \/ 100/)
  })

  test('an invalid signup is explained as an input error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'one.json')
    writeFileSync(file, JSON.stringify({ email: 5 }))
    const { code, err } = await cli('explain', file)
    expect(code).toBe(1)
    expect(err).toMatch(/email/)
  })
})

describe('usage', () => {
  test.each([[['--help']], [['score', '--help']], [['explain', '--help']]])('%j prints help', async (args) => {
    const { code, out } = await cli(...args)
    expect(code).toBe(0)
    expect(out).toMatch(/Usage: signup-screen/)
  })

  test('unknown options and missing files are clear errors with exit code 2', async () => {
    const unknown = await cli('score', '--bogus', EXAMPLES)
    expect(unknown.code).toBe(2)
    expect(unknown.err).toMatch(/unknown option '--bogus'/)
    const missing = await cli('score', 'no/such/file.jsonl')
    expect(missing.code).toBe(2)
    expect(missing.err).toMatch(/No such file: no\/such\/file.jsonl/)
    const badCheck = await cli('score', '--disable', 'nope', EXAMPLES)
    expect(badCheck.code).toBe(2)
  })
})

describe('the installed binary', () => {
  test('bin/signup-screen.js runs the built CLI on the examples and reads stdin', () => {
    const bin = join(ROOT, 'bin', 'signup-screen.js')
    const out = execFileSync('node', [bin, 'score', EXAMPLES], { encoding: 'utf8' })
    expect(lines(out)).toHaveLength(16)
    const piped = spawnSync('node', [bin, 'score', '-'], { input: '{"email":"a@mailinator.com"}\n', encoding: 'utf8' })
    expect(piped.status).toBe(0)
    expect(lines(piped.stdout)[0]).toMatchObject({ line: 1, band: expect.any(String) })
  })
})

describe('worker threads', () => {
  test('--workers 2 gives the same lines, in input order, as in-process scoring', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'))
    const file = join(dir, 'many.jsonl')
    const examples = readFileSync(EXAMPLES, 'utf8').trim().split('\n')
    // 1,300 lines: several chunks per worker, with bad lines spread through them.
    const body = Array.from({ length: 1300 }, (_, i) => (i % 97 === 5 ? '{broken' : examples[i % examples.length])).join('\n')
    writeFileSync(file, `${body}\n`)
    // Through the built binary: workers load dist/score-worker.js as a user's install would.
    const bin = join(ROOT, 'bin', 'signup-screen.js')
    const run = (workers: string) => spawnSync('node', [bin, 'score', '--workers', workers, file], { encoding: 'utf8' })
    const serial = run('1')
    const parallel = run('2')
    expect(parallel.status).toBe(0)
    expect(parallel.stdout).toBe(serial.stdout)
    expect(lines(parallel.stdout).map((r) => r.line)).toEqual(Array.from({ length: 1300 }, (_, i) => i + 1))
    expect(parallel.stderr).toBe(serial.stderr)
  })

  test('a bad model is reported once, as a usage error, by the worker path too', async () => {
    const { code, err } = await cli('score', '--workers', '2', '--model', '/no/such/model.json', EXAMPLES)
    expect(code).toBe(2)
    expect(err).toMatch(/Cannot read scoring model/)
  })
})
