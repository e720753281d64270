import { parseArgs, type ParseArgsConfig } from 'node:util'
import { HELP } from './help'

export type Command = keyof typeof HELP

/** A command line a command cannot run: `claims` prints the message (with the command's usage) and exits 2. */
export class UsageError extends Error {
  constructor(
    readonly command: Command,
    problem: string,
  ) {
    super(`claims ${command}: ${problem}\nUsage: npm run claims -- ${HELP[command]}`)
    this.name = 'UsageError'
  }
}

type Config = Pick<ParseArgsConfig, 'options' | 'allowPositionals'>

/** Edit distance, for "did you mean": a misspelt flag is usually one or two keys off. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = row
  }
  return previous[b.length]!
}

/** Node's message for an unknown option suggests quoting it as a positional, which is rarely what was meant: name it, and the flag it is closest to. */
function unknownOption(args: readonly string[], config: Config): string | null {
  const known = Object.keys(config.options ?? {})
  const { tokens } = parseArgs({ args: [...args], options: config.options ?? {}, allowPositionals: true, strict: false, tokens: true })
  const token = tokens.find((each) => each.kind === 'option' && !known.includes(each.name))
  if (token?.kind !== 'option') return null
  const closest = known.map((name) => ({ name, off: distance(token.name, name) })).sort((a, b) => a.off - b.off)[0]
  const hint = closest && closest.off <= 2 ? ` (did you mean --${closest.name}?)` : ''
  return `unknown option ${token.rawName}${hint}`
}

/**
 * A command's flags, parsed strictly: an unknown or misspelt flag, a missing value or an unexpected
 * argument throws a {@link UsageError} naming it, rather than being ignored.
 * @example parseCommandArgs('check', ['--json'], { options: { json: { type: 'boolean' } } }).values.json // true
 */
export function parseCommandArgs<const T extends Config>(command: Command, args: readonly string[], config: T) {
  try {
    return parseArgs({ ...config, args: [...args], strict: true as const })
  } catch (error) {
    const code = (error as { code?: string }).code
    if (!code?.startsWith('ERR_PARSE_ARGS_')) throw error
    throw new UsageError(command, (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknownOption(args, config)) || (error as Error).message)
  }
}
