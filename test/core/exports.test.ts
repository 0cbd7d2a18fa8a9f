import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import * as api from '../../src/index.js'
import { LIBRARY_VERSION } from '../../src/version.js'

// The public API is a contract: other tools rely on these names. Changing this list is a
// breaking change and needs a CHANGELOG entry.
test('public runtime exports are pinned', () => {
  expect(Object.keys(api).sort()).toEqual(
    [
      'BANDS',
      'CHECK_NAMES',
      'DEFAULT_BIAS',
      'DEFAULT_THRESHOLDS',
      'InvalidSignupError',
      'LIBRARY_VERSION',
      'LOCALES',
      'SIGNAL_CODES',
      'ScoringModelSchema',
      'ScreenerConfigError',
      'SignupInputSchema',
      'SignupScreenError',
      'createScreener',
      'defaultModel',
      'isInvalidSignupError',
      'isScreenerConfigError',
      'isSignupScreenError',
      'renderMessage',
      // Tuning (signup-screen tune, from code)
      'tune',
      'TuneInputError',
      'writeModel',
      'renderReport',
      'jsonSummary',
      'textSummary',
      'auc',
      'rocCurve',
      'prCurve',
      'recallAtFpr',
      'thresholdTable',
      'pickThresholds',
      'fitLogistic',
      'signalTable',
    ].sort(),
  )
  expect(api.CHECK_NAMES).toEqual(['email', 'phone', 'name', 'address', 'network', 'card'])
  expect(api.BANDS).toEqual(['low', 'review', 'high'])
})

test('the library version equals package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  expect(LIBRARY_VERSION).toBe(pkg.version)
})

test('the ESM and CJS builds export the same API and recognise each other\'s errors', async () => {
  const { createRequire } = await import('node:module')
  const require = createRequire(import.meta.url)
  const cjs = require('../../dist/index.cjs') as typeof api
  const esm = (await import('../../dist/index.js' as string)) as typeof api
  expect(Object.keys(cjs).sort()).toEqual(Object.keys(api).sort())
  expect(Object.keys(esm).sort()).toEqual(Object.keys(api).sort())
  const screener = await esm.createScreener({ checks: { name: false, address: false, network: false, card: false, phone: false } })
  const error = await screener.screen({ email: 5 }).catch((e: unknown) => e)
  expect(cjs.isInvalidSignupError(error)).toBe(true)
  expect(cjs.isSignupScreenError(error)).toBe(true)
  expect(cjs.isScreenerConfigError(error)).toBe(false)
})
