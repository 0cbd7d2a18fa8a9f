import { readFile } from 'node:fs/promises'
import { text as readStream } from 'node:stream/consumers'
import { Command } from 'commander'
import type { ScreenResult } from '../core/types.js'
import type { Locale } from '../core/types.js'
import { UsageError, type CliIO } from './io.js'
import { assertReadable, disableOption, langOption, modelOption, nowOption, screenerFromFlags, type ScreeningFlags } from './shared.js'

export interface ExplainFlags extends ScreeningFlags {
  readonly line: string
  readonly json: boolean
}

const LABELS = {
  ja: {
    id: '申込ID',
    score: 'スコア',
    band: { low: '低（通常処理）', review: '要確認', high: '高（要精査）' },
    reasons: '理由（重みの大きい順）',
    none: 'なし',
    fields: '項目',
    checks: 'チェック',
    status: { ok: '問題なし', flagged: '要注意', skipped: '未実施', error: 'エラー' },
    note: '※ スコアは判断材料です。最終判断は担当者が行ってください。',
  },
  en: {
    id: 'Signup ID',
    score: 'Score',
    band: { low: 'low (normal handling)', review: 'review', high: 'high (close review)' },
    reasons: 'Reasons (highest weight first)',
    none: 'none',
    fields: 'fields',
    checks: 'Checks',
    status: { ok: 'ok', flagged: 'flagged', skipped: 'skipped', error: 'error' },
    note: 'The score supports a decision; a person makes it.',
  },
} as const

export function explainCommand(io: CliIO, done: (exitCode: number) => void): Command {
  return new Command('explain')
    .description('Explain the screening of one signup (a JSON object, or one line of a JSONL file) in plain language')
    .argument('[file]', 'input file, or - for standard input', '-')
    .addOption(langOption())
    .addOption(modelOption())
    .addOption(disableOption())
    .addOption(nowOption())
    .option('--line <n>', 'which line of a JSONL file to explain', '1')
    .option('--json', 'print the full result as JSON instead of text', false)
    .action(async (file: string, flags: ExplainFlags) => {
      assertReadable(file)
      done(await runExplain(file, flags, io))
    })
}

/** Runs `explain`; returns the exit code (1 when the signup is invalid). */
export async function runExplain(file: string, flags: ExplainFlags, io: CliIO): Promise<number> {
  const text = file === '-' ? await readStream(process.stdin) : await readFile(file, 'utf8')
  const input = pickSignup(text.replace(/^\uFEFF/, ''), Number.parseInt(flags.line, 10))
  const screener = await screenerFromFlags(flags)
  const outcome = screener.screenSync(input)
  if (!outcome.success) {
    io.stderr.write(`${outcome.error.message}\n`)
    for (const issue of outcome.error.issues) io.stderr.write(`  ${issue.path || '(root)'}: ${issue.message}\n`)
    return 1
  }
  io.stdout.write(flags.json ? `${JSON.stringify(outcome.result, null, 2)}\n` : formatExplanation(outcome.result, flags.lang))
  return 0
}

/** The whole text as one JSON document, or else line `line` of a JSONL file. */
function pickSignup(text: string, line: number): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const lines = text.split(/\r?\n/)
    if (!Number.isInteger(line) || line < 1 || line > lines.length) throw new UsageError(`--line ${line} is outside the input (${lines.length} lines)`)
    try {
      return JSON.parse(lines[line - 1] ?? '')
    } catch {
      throw new UsageError(`Line ${line} is not valid JSON`)
    }
  }
}

/** Human-readable explanation of a result, in the given locale. */
export function formatExplanation(result: ScreenResult, locale: Locale): string {
  const l = LABELS[locale]
  const out: string[] = []
  if (result.id !== undefined) out.push(`${l.id}: ${result.id}`)
  out.push(`${l.score}: ${result.score} / 100 — ${l.band[result.band]}`)
  out.push('', `${l.reasons}:`)
  if (result.signals.length === 0) out.push(`  ${l.none}`)
  for (const s of result.signals) {
    const sign = s.weight >= 0 ? '+' : '−'
    out.push(`  ${sign}${Math.abs(s.weight).toFixed(2)}  ${s.message}`)
    out.push(`         ${s.code}  (${l.fields}: ${s.fields.join(', ')})`)
  }
  out.push('', `${l.checks}:`)
  for (const [name, check] of Object.entries(result.checks)) {
    const facts = Object.entries(check.facts)
      .filter(([, v]) => v !== null && typeof v !== 'object')
      .slice(0, 6)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join(', ')
    out.push(`  ${name.padEnd(8)} ${l.status[check.status]}${facts ? `  (${facts})` : ''}`)
  }
  out.push('', l.note, '')
  return out.join('\n')
}
