import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { HELP } from '@/cli/help'

// The real `claims` command, started the way `npm run claims` and the build start it (src/cli/launch.mjs).
function claims(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['src/cli/launch.mjs', ...args], {
    env: { ...process.env, CONTENT_DIR: path.resolve('tests/fixtures/content/base') },
    encoding: 'utf8',
  })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

describe('every claims command refuses a flag it does not know: exit 2, the flag named, the usage printed', () => {
  // prettier-ignore
  const typos: [keyof typeof HELP, string[], string][] = [
    ['check',      ['--jsn'],                      'unknown option --jsn (did you mean --json?)'],
    ['permalinks', ['--updte'],                    'unknown option --updte (did you mean --update?)'],
    ['prepare',    ['--wacth'],                    'unknown option --wacth (did you mean --watch?)'],
    ['citations',  ['--json'],                     'unknown option --json'],
    ['build',      ['--out', 'x'],                 'unknown option --out'],
    ['serve',      ['--prot', '80'],               'unknown option --prot'],
    ['stage',      ['--fast'],                     'unknown option --fast'],
    ['social',     ['--stag', 'x'],                'unknown option --stag (did you mean --stage?)'],
    ['publish',    ['--output', 'x'],              'unknown option --output'],
    ['bundle',     ['--watc'],                     'unknown option --watc (did you mean --watch?)'],
    ['search',     ['asylum', '--limt', '3'],      'unknown option --limt (did you mean --limit?)'],
    ['extract',    ['a.txt', '--publshed', 'x'],   'unknown option --publshed (did you mean --published?)'],
    ['data',       ['import', 'x', '--chek'],      'unknown option --chek (did you mean --check?)'],
    ['add-source', ['--url', 'https://example.org', '--publisher', 'P', '--published', '2024-01-01', '--txt', 'a.txt'], 'unknown option --txt (did you mean --text?)'],
  ]
  it('covers every command', () => expect(typos.map(([command]) => command).sort()).toEqual(Object.keys(HELP).sort()))

  it.each(typos)('claims %s %j', (command, args, named) => {
    const { status, stdout, stderr } = claims(command, ...args)
    expect(stderr).toContain(`claims ${command}: ${named}`)
    expect(stderr).toContain(`Usage: npm run claims -- ${HELP[command]}`)
    expect(stdout).toBe('')
    expect(status).toBe(2)
  })
})

describe('claims command lines that are not flags are refused the same way', () => {
  // prettier-ignore
  const refused: [string[], string][] = [
    [['check', 'everything'],        "claims check: Unexpected argument 'everything'"],
    [['publish', '--out'],           "claims publish: Option '--out <value>' argument missing"],
    [['search', 'x', '--limit', '0'], 'claims search: --limit: expected a whole number from 1 to 500; got "0"'],
    [['social', '--shard', '2/2'],   'claims social: --shard: expected i/n with 0 ≤ i < n, e.g. 0/2; got "2/2"'],
    [['data', 'imprt', 'x'],         'claims data: unknown action "imprt"; expected import'],
  ]
  it.each(refused)('%j', (args, message) => {
    const { status, stderr } = claims(...args)
    expect(stderr).toContain(message)
    expect(status).toBe(2)
  })

  it('still runs a command whose flags are right', () => {
    const { status, stdout } = claims('check', '--summary')
    expect(stdout).toMatch(/^Content is valid: \d+ source\(s\), \d+ claims/)
    expect(status).toBe(0)
  })
})
