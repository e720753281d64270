import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { bundleMDX } from 'mdx-bundler'
import { getMDXComponent } from 'mdx-bundler/client'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, describe, expect, it } from 'vitest'
import { mdx } from '../../contentlayer.config'

// Defence in depth: Contentlayer's own MDX pipeline (mdx-bundler, with the options in
// contentlayer.config.ts) refuses what `claims check` refuses, for a body that never went through it.
const scratch = mkdtempSync(path.join(tmpdir(), 'claim-ledger-mdx-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

type BundleOptions = Parameters<typeof bundleMDX>[0]

/** Compiles like Contentlayer: its mdxOptions and esbuildOptions, the frontmatter in the file. */
function compile(body: string, withSiteOptions = true): ReturnType<typeof bundleMDX> {
  const source = `---\nid: x\n---\n${body}\n`
  const options: BundleOptions = withSiteOptions
    ? { source, cwd: scratch, mdxOptions: (options) => mdx.mdxOptions(options as never) as never, esbuildOptions: (options) => ({ ...mdx.esbuildOptions(options as never), logLevel: 'silent' }) as never }
    : { source, cwd: scratch, esbuildOptions: (options) => ({ ...options, logLevel: 'silent' }) }
  return bundleMDX(options)
}

function render(code: string): string {
  return renderToStaticMarkup(createElement(getMDXComponent(code)))
}

describe("Contentlayer's MDX pipeline refuses a body that is not prose", () => {
  it('compiles and renders prose as before', async () => {
    const { code } = await compile('Prose with a [link](https://example.org) and `{code}`.')
    expect(render(code)).toBe('<p>Prose with a <a href="https://example.org">link</a> and <code>{code}</code>.</p>')
  })

  it('would run an expression without the plugin: the control for the test below', async () => {
    const marker = path.join(scratch, 'control.txt')
    const { code } = await compile(`{void globalThis.process?.getBuiltinModule?.("fs")?.writeFileSync(${JSON.stringify(marker)}, "ran")}`, false)
    render(code)
    expect(existsSync(marker)).toBe(true)
  })

  // prettier-ignore
  const refused: [string, string, RegExp][] = [
    ['an expression',   '{void globalThis.process?.getBuiltinModule?.("fs")?.writeFileSync("PWNED", "…")}', /line 4: found a JavaScript expression/],
    ['export',          'export const x = 1',                   /line 4: found ESM "export const x = 1"/],
    ['import',          'import x from "y"',                    /line 4: found ESM "import x from/],
    ['a script',        '<script>alert(1)</script>',            /line 4: found the element <script>/],
    ['an event handler', '<img src="x" onError="alert(1)" />',  /line 4: found the element <img>/],
    ['a javascript: link', '[data](javascript:alert(1))',       /line 4: link .*got "javascript:alert\(1\)"/],
  ]
  it.each(refused)('refuses %s before any code is made', async (_label, body, expected) => {
    const marker = path.join(scratch, 'PWNED')
    await expect(compile(body.replace('"PWNED"', JSON.stringify(marker)))).rejects.toThrow(expected)
    expect(existsSync(marker)).toBe(false)
  })
})
