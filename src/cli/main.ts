import { Command, CommanderError } from 'commander'
import { isSignupScreenError } from '../errors/base.js'
import { InputFormatError } from '../io/records.js'
import { LIBRARY_VERSION } from '../version.js'
import { explainCommand } from './explain.js'
import { processIO, UsageError, type CliIO } from './io.js'
import { scoreCommand } from './score.js'
import { tuneCommand } from './commands/tune.js'

/** Builds the `signup-screen` program. */
export function buildProgram(io: CliIO, done: (exitCode: number) => void): Command {
  const program = new Command('signup-screen')
    .description('Offline, explainable fraud screening of signups for Japanese hosting providers')
    .version(LIBRARY_VERSION)
    .showHelpAfterError()
  program.addCommand(scoreCommand(io, done))
  program.addCommand(explainCommand(io, done))
  program.addCommand(tuneCommand(io, done))
  // Every subcommand reports usage errors through CommanderError instead of exiting the process.
  const configure = (command: Command): void => {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    command.commands.forEach(configure)
  }
  configure(program)
  return program
}

/** CLI entry point; returns the exit code (0 ok, 1 --strict failures or invalid signup, 2 usage, 3 fault). */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  let exitCode = 0
  const program = buildProgram(io, (code) => {
    exitCode = code
  })
  try {
    await program.parseAsync([...argv])
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof UsageError || error instanceof InputFormatError || isSignupScreenError(error)) {
      io.stderr.write(`signup-screen: ${error.message}\n`)
      return 2
    }
    // A fault (a worker died, an I/O error): one line, and an exit code of its own so scripts can
    // tell it from --strict (1) and from usage errors (2).
    io.stderr.write(`signup-screen: ${error instanceof Error ? error.message : String(error)}\n`)
    return 3
  }
}
