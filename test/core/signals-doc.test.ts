import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { renderSignalsDoc } from '../../scripts/signals-doc.js'

test('docs/signals.md matches the checks\' codes and default weights (run `npm run docs:signals`)', () => {
  expect(readFileSync(new URL('../../docs/signals.md', import.meta.url), 'utf8')).toBe(renderSignalsDoc())
})
