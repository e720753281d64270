import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// The launcher in a project of its own: a CLI of two modules, compiled against the repository's
// node_modules (esbuild), so that the repository's own compiled CLI is never touched.
const project = mkdtempSync(path.join(tmpdir(), 'claim-ledger-launch-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

const cliDir = path.join(project, 'src', 'cli')
mkdirSync(cliDir, { recursive: true })
copyFileSync('src/cli/launch.mjs', path.join(cliDir, 'launch.mjs'))
copyFileSync('src/cli/fingerprint.mjs', path.join(cliDir, 'fingerprint.mjs'))
// The repository's packages, but a node_modules/.cache of the project's own, where its compiled CLI goes.
mkdirSync(path.join(project, 'node_modules'))
for (const name of readdirSync('node_modules')) if (name !== '.cache') symlinkSync(path.resolve('node_modules', name), path.join(project, 'node_modules', name))
writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }\n')
writeFileSync(path.join(project, 'tsconfig.json'), '{ "compilerOptions": { "strict": true } }\n')
writeFileSync(
  path.join(cliDir, 'index.ts'),
  "import { fileURLToPath } from 'node:url'\nimport { word } from './word'\nconst args: string[] = process.argv.slice(2)\nconsole.log(`${word} ${args.join(' ')} from ${fileURLToPath(import.meta.url)}`)\n",
)

function writeWord(word: string): void {
  writeFileSync(path.join(cliDir, 'word.ts'), `export const word: string = '${word}'\n`)
}

function launch(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(cliDir, 'launch.mjs'), ...args], { cwd: project, encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr }
}

const compiledDir = path.join(project, 'node_modules', '.cache', 'claims-cli')
const builtDir = () => (JSON.parse(readFileSync(path.join(compiledDir, 'manifest.json'), 'utf8')) as { dir: string }).dir

describe('the CLI launcher', () => {
  it('runs the compiled CLI with its arguments', () => {
    writeWord('hello')
    const run = launch('a', 'b')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe(`hello a b from ${path.join(compiledDir, builtDir(), 'index.mjs')}`)
  })

  it('reuses the compiled copy while its sources are unchanged, and recompiles when one changes', () => {
    const first = builtDir()
    expect(launch('x').stdout).toMatch(/^hello x /)
    expect(builtDir()).toBe(first)

    // Its contents decide, not its modification time: a file rewritten unchanged (a checkout, an editor) is still current.
    const word = path.join(cliDir, 'word.ts')
    const later = new Date(Date.now() + 60_000)
    utimesSync(word, later, later)
    expect(launch('x').stdout).toMatch(/^hello x /)
    expect(builtDir()).toBe(first)

    writeWord('changed')
    expect(launch('x').stdout).toMatch(/^changed x /)
    expect(builtDir()).not.toBe(first)
  })

  it('refuses a CLI that does not compile, naming the file, and runs no stale copy', () => {
    writeFileSync(path.join(cliDir, 'word.ts'), 'export const word: string = \n')
    const run = launch('x')
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('src/cli/word.ts')
    expect(run.stderr).toContain('the command line (src/cli) does not compile')
  })
  it('compiles the listed packages in (their CommonJS requires working) and leaves the others as imports', () => {
    writeWord('parsed')
    // yaml is bundled (its CommonJS build requires Node's built-ins); fuse.js stays an import.
    writeFileSync(
      path.join(cliDir, 'index.ts'),
      "import { parse } from 'yaml'\nimport Fuse from 'fuse.js'\nimport { word } from './word'\nconsole.log(word, parse('n: 3').n, typeof Fuse)\n",
    )
    const run = launch()
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('parsed 3 function')
    const compiled = readFileSync(path.join(compiledDir, builtDir(), 'index.mjs'), 'utf8')
    expect(compiled).toMatch(/from "fuse\.js"/)
    expect(compiled).not.toMatch(/from "yaml"/)
    // The bundled packages' files are stood for by the lock file, not stamped one by one.
    const { inputs } = JSON.parse(readFileSync(path.join(compiledDir, 'manifest.json'), 'utf8')) as { inputs: string[] }
    expect(inputs.filter((file) => file.startsWith('node_modules/'))).toEqual([])
    expect(inputs).toContain('package-lock.json')
  })
  it('leaves no compiler process running beside the command it compiled', () => {
    // Linux lists a process's children in /proc; the command prints its own once they are gone, or
    // after 10 s. The compiler is stopped (SIGTERM) before the command runs, but on a busy machine it
    // may take a moment to exit and be reaped: it must end, not have ended within microseconds.
    writeFileSync(
      path.join(cliDir, 'index.ts'),
      [
        "import { readFileSync } from 'node:fs'",
        "import { word } from './word'",
        "const children = () => readFileSync(`/proc/self/task/${process.pid}/children`, 'utf8').trim()",
        'const until = Date.now() + 10_000',
        "while (children() !== '' && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))",
        'console.log(word, JSON.stringify(children()))',
        '',
      ].join('\n'),
    )
    writeWord('children')
    const run = launch()
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe('children ""')
  })
})
