import { describe, expect, it } from 'vitest'
import { parseCommandArgs, UsageError } from './args'
import { HELP } from './help'

const CHECK = { options: { json: { type: 'boolean' }, summary: { type: 'boolean' } } } as const

function usageError(run: () => unknown): UsageError {
  try {
    run()
  } catch (error) {
    if (error instanceof UsageError) return error
    throw error
  }
  throw new Error('expected a UsageError; the arguments were accepted')
}

describe('parseCommandArgs', () => {
  it('reads the flags it is given', () => {
    expect(parseCommandArgs('check', ['--json'], CHECK).values).toEqual({ json: true })
    expect(parseCommandArgs('publish', ['--out', 'x'], { options: { out: { type: 'string', default: 'out' }, stage: { type: 'string', default: '.stage' } } }).values).toEqual({
      out: 'x',
      stage: '.stage',
    })
  })

  // prettier-ignore
  const refused: [string, string[], string][] = [
    ['a misspelt flag, with the flag it is closest to', ['--jsn'],         'claims check: unknown option --jsn (did you mean --json?)'],
    ['an unknown flag, with no guess when none is close', ['--verbose'],   'claims check: unknown option --verbose\n'],
    ['an unknown short flag',                            ['-j'],           'claims check: unknown option -j\n'],
    ['a value given to a boolean flag',                  ['--json=yes'],   "claims check: Option '--json' does not take an argument"],
    ['an argument the command does not take',            ['table'],        "claims check: Unexpected argument 'table'"],
  ]
  it.each(refused)('refuses %s, naming it and printing the usage', (_, args, message) => {
    const error = usageError(() => parseCommandArgs('check', args, CHECK))
    expect(error.message).toContain(message)
    expect(error.message).toMatch(new RegExp(`\\nUsage: npm run claims -- ${HELP.check.replace(/[[\]|]/g, '\\$&')}$`))
  })

  it('refuses a flag that needs a value and has none', () => {
    const error = usageError(() => parseCommandArgs('publish', ['--out'], { options: { out: { type: 'string' } } }))
    expect(error.message).toContain("claims publish: Option '--out <value>' argument missing")
  })
})
