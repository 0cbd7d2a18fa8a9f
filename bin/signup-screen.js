#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (which `npm ci` runs via prepare).
// A closed pipe (`signup-screen score big.jsonl | head`) is a normal way to stop reading, not an error.
process.stdout.on('error', (error) => {
  if (error && error.code === 'EPIPE') process.exit(0)
  throw error
})
import('../dist/cli.js').then((m) => m.main(process.argv)).then(
  (code) => { process.exitCode = code },
  (err) => { console.error(err instanceof Error ? err.message : String(err)); process.exitCode = 2 },
)
