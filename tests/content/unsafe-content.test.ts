import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Content is data, not code: the six bodies of issue 14, and a javascript: address in the
// frontmatter, run through the real commands on a copy of the base fixture.
const BASE = path.resolve('tests/fixtures/content/base')
const scratch = mkdtempSync(path.join(tmpdir(), 'claim-ledger-unsafe-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const PWNED = '{void globalThis.process?.getBuiltinModule?.("fs")?.writeFileSync("pwned.txt", "…")}'
// prettier-ignore
const KINDS: [string, string, RegExp][] = [
  ['expression',     PWNED,                           /found a JavaScript expression "\{void globalThis/],
  ['export',         'export const x = 1',            /found ESM "export const x = 1"/],
  ['import',         'import x from "y"',             /found ESM "import x from \\"y\\""/],
  ['script',         '<script>alert(1)</script>',     /found the element <script>/],
  ['event-handler',  '<img src=x onerror=alert(1)>',  /found "<img src=x onerror=alert\(1\)>", which MDX cannot read/],
  ['javascript-link', '[data](javascript:alert(1))',  /link "\[data\]\(javascript:alert\(1\)\)": expected an https: or http: address/],
]

/** The base content with `body` appended to claims/share.mdx as its own paragraph; the line it is on. */
function contentWith(name: string, body: string): { dir: string; line: number } {
  const dir = path.join(scratch, name)
  cpSync(BASE, dir, { recursive: true })
  const file = path.join(dir, 'claims', 'share.mdx')
  const before = readFileSync(file, 'utf8').replace(/\n*$/, '\n\n')
  writeFileSync(file, `${before}${body}\n`)
  return { dir, line: before.split('\n').length }
}

function run(command: string, args: readonly string[], contentDir: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: '1' }, encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('`npm run claims -- check` refuses a body that is not prose, naming the file and the line', () => {
  it.each(KINDS)('%s', (name, body, expected) => {
    const { dir, line } = contentWith(`check-${name}`, body)
    const { status, output } = run(process.execPath, ['src/cli/launch.mjs', 'check'], dir)
    expect(status, output).toBe(1)
    const issue = output.split('\n').find((text) => text.includes('claims/share.mdx: body:'))
    expect(issue, output).toMatch(new RegExp(`^ {2}claims/share\\.mdx: body: line ${line}: `))
    expect(issue).toMatch(expected)
  }, 60_000)

  it('refuses a javascript: address in the frontmatter, naming the field', () => {
    const { dir } = contentWith('check-needs-url', '')
    const file = path.join(dir, 'claims', 'share.mdx')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {4}expression: .*$/m, '    needs: { data: "Court records", url: "javascript:alert(1)" }'))
    const { status, output } = run(process.execPath, ['src/cli/launch.mjs', 'check'], dir)
    expect(status, output).toBe(1)
    expect(output).toMatch(/claims\/share\.mdx: checks\[0\]\.needs\.url: expected an https: or http: address; got "javascript:alert\(1\)"/)
  }, 60_000)
})

describe('`npm run build` refuses such a body before anything compiles, and never runs it', () => {
  it('stops at the content check: every file and line named, nothing compiled, pwned.txt never written', () => {
    const dir = path.join(scratch, 'build')
    cpSync(BASE, dir, { recursive: true })
    const share = readFileSync(path.join(dir, 'claims', 'share.mdx'), 'utf8')
    const lines = new Map<string, number>()
    for (const [name, body] of KINDS) {
      const before = share.replace(/^id: share$/m, `id: unsafe-${name}`).replace(/\n*$/, '\n\n')
      writeFileSync(path.join(dir, 'claims', `unsafe-${name}.mdx`), `${before}${body}\n`)
      lines.set(name, before.split('\n').length)
    }
    const markers = [path.resolve('pwned.txt'), path.join(dir, 'pwned.txt'), path.join(dir, 'claims', 'pwned.txt')]
    expect(markers.filter(existsSync)).toEqual([])

    const { status, output } = run('npm', ['run', 'build'], dir)
    expect(status, output).not.toBe(0)
    for (const [name, , expected] of KINDS) {
      const issue = output.split('\n').find((text) => text.includes(`claims/unsafe-${name}.mdx: body:`))
      expect(issue, `${name}\n${output}`).toMatch(new RegExp(`body: line ${lines.get(name)}: `))
      expect(issue).toMatch(expected)
    }
    expect(output).toMatch(/claims stage: claims prepare failed \(above\); nothing was compiled/)
    expect(output).not.toMatch(/Generated \d+ documents|Creating an optimized production build/)
    expect(markers.filter(existsSync)).toEqual([])
  }, 180_000)

  it('has Contentlayer refuse it too when the check is skipped, so that it never becomes code', () => {
    // A project of its own (the config, the core module it imports, node_modules linked), so that
    // this Contentlayer run writes its .contentlayer/ there rather than over the real one.
    const project = path.join(scratch, 'contentlayer-project')
    mkdirSync(path.join(project, 'src', 'core', 'content'), { recursive: true })
    for (const file of ['contentlayer.config.ts', 'package.json', 'tsconfig.json', 'src/core/content/body.ts', 'src/core/content/url.ts']) cpSync(file, path.join(project, file))
    symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'))
    const { dir, line } = contentWith('contentlayer', PWNED)
    const result = spawnSync(process.execPath, [path.resolve('node_modules/contentlayer2/bin/cli.cjs'), 'build'], {
      cwd: project,
      env: { ...process.env, CONTENT_DIR: dir },
      encoding: 'utf8',
    })
    const output = `${result.stdout}${result.stderr}`
    expect(result.status, output).not.toBe(0)
    expect(output).toMatch(new RegExp(`claims/share\\.mdx: body refused, it is not prose:\\s+line ${line}: found a JavaScript expression`))
    expect(existsSync(path.join(project, '.contentlayer', 'generated', 'Claim', 'claims__share.mdx.json'))).toBe(false)
    expect([path.join(project, 'pwned.txt'), path.join(dir, 'pwned.txt')].filter(existsSync)).toEqual([])
  }, 120_000)
})
