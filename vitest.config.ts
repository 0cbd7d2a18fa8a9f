import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // Forks, not threads: the worst-case timing test reads process.cpuUsage(), which must be the
    // test file's own CPU time, not that of every file running in parallel.
    pool: 'forks',
  },
})
