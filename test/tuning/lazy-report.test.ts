import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

test('the plotting stack is only ever imported dynamically (screening never loads it)', () => {
  for (const file of sources('src')) {
    const text = readFileSync(file, 'utf8')
    // `import type` and `typeof import()` are erased; a value import would load Plot at start-up.
    const staticImports = text
      .split('\n')
      .filter((line) => line.startsWith('import ') && !line.startsWith('import type ') && (line.includes("'@observablehq/plot'") || line.includes("'linkedom'")))
    expect(staticImports, file).toEqual([])
    expect(text.includes("require('@observablehq/plot')") || text.includes("require('linkedom')"), file).toBe(false)
  }
})
