import { describe, expect, test } from 'vitest'
import { CHECKS } from '../../src/checks/registry.js'
import type { AnyCheckDefinition } from '../../src/core/check.js'
import { LOCALES } from '../../src/core/types.js'
import { renderMessage, SIGNAL_CODES } from '../../src/index.js'

const definitions = Object.values(CHECKS) as AnyCheckDefinition[]

// zod's locale parity test: a code without a message in some locale fails here, not in a review UI.
describe.each(definitions.map((d) => [d.name, d] as const))('%s check', (_name, definition) => {
  test.each(LOCALES.map((l) => [l]))('every code has a %s message and nothing else', (locale) => {
    expect(Object.keys(definition.messages[locale]).sort()).toEqual([...definition.codes].sort())
    for (const code of definition.codes) {
      // Renderers must cope with evidence they do not expect (an old stored result, a custom check).
      const text = renderMessage(code, {}, locale)
      expect(typeof text).toBe('string')
      expect(text!.length).toBeGreaterThan(3)
    }
  })

  test('codes are stable snake_case, prefixed with the check name, unique', () => {
    for (const code of definition.codes) expect(code).toMatch(new RegExp(`^${definition.name}\\.[a-z][a-z0-9_]*$`))
    expect(new Set(definition.codes).size).toBe(definition.codes.length)
  })

  test('every code has a default weight with a one-line rationale', () => {
    expect(Object.keys(definition.weights).sort()).toEqual([...definition.codes].sort())
    for (const code of definition.codes) {
      const spec = definition.weights[code]!
      expect(Number.isFinite(spec.weight)).toBe(true)
      expect(spec.rationale.length).toBeGreaterThan(10)
      expect(spec.rationale).not.toContain('\n')
    }
  })

  test('Japanese messages are in Japanese', () => {
    for (const code of definition.codes) expect(renderMessage(code, {}, 'ja')).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/)
  })
})

test('SIGNAL_CODES lists every code once', () => {
  expect(new Set(SIGNAL_CODES).size).toBe(SIGNAL_CODES.length)
  expect(SIGNAL_CODES.length).toBe(definitions.reduce((n, d) => n + d.codes.length, 0))
  expect(renderMessage('email.nope', {}, 'en')).toBeUndefined()
})
