import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { mdxFromMarkdown } from 'mdast-util-mdx'
import { mdxjs } from 'micromark-extension-mdxjs'
import { stringify as toYaml } from 'yaml'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { checkBody, MAX_BODY_CHARS, MAY_HOLD_MORE_THAN_PROSE, proseIssues } from './body'
import { FrontmatterError, parseFrontmatter } from './frontmatter'
import { buildLedger, type RawContentFile, type RawSourceFile } from './ledger'
import { unsafeUrlReason } from './url'

// The content check takes contributed text: whatever it is given, it answers with issues naming the
// file and the field, never throws, and takes bounded time (each property runs under the test's
// timeout, with a fixed number of runs; no wall-clock assertions).

// Pieces of Markdown, MDX, HTML and addresses that the parser and the URL rules treat specially.
const TOKENS = [
  'a', 'word ', '7', ' ', '\n', '\n\n', '\t', '\r\n', '<', '>', '{', '}', '[', ']', '(', ')', '!', '*', '_', '`', '```', '~', '\\', '#', '- ', '1. ', '> ',
  '---', ':', '"', "'", '=', '/', '&', '&#106;', '&amp;', 'import ', 'export ', 'const x = 1', '<script>', '</script>', '<img src=x onerror=alert(1)>',
  '<a href="javascript:x">', '{/* c */}', '{1+1}', 'javascript:', 'data:', 'https://example.org', '/claims/x', '//evil.example', '](', '[x]: ', '\u0000', '\u2028', '\uD800', 'é',
]
const markdownish = (maxLength: number) => fc.string({ unit: fc.constantFrom(...TOKENS), maxLength })
const anyBody = fc.oneof(
  markdownish(200),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.tuple(markdownish(6), fc.integer({ min: 1, max: 4000 })).map(([text, times]) => text.repeat(times).slice(0, MAX_BODY_CHARS)),
)
const anyUrl = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.constantFrom('', 'https://', 'http://', 'HTTPS://', 'javascript:', 'java\tscript:', 'data:', '//', '/', '/\\', '#', ' ', 'mailto:'), fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 8 })).map(([scheme, rest]) => scheme + rest),
  fc.webUrl(),
)
const MDX = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }

describe('bodies', () => {
  it('are answered with issues on lines of the body, never an exception', () => {
    fc.assert(
      fc.property(anyBody, fc.integer({ min: 1, max: 500 }), (body, firstLine) => {
        const lines = body.split('\n').length
        for (const issue of checkBody(body, firstLine)) {
          expect(issue.line).toBeGreaterThanOrEqual(firstLine)
          expect(issue.line).toBeLessThanOrEqual(firstLine + lines - 1)
          expect(issue.message).toMatch(/^(found|link|image|link definition|href|src) /)
        }
      }),
      { numRuns: 400 },
    )
  }, 120_000)

  it('skip the parser only when it would find nothing but prose', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...TOKENS.filter((token) => !/[<{}[\]]/.test(token))), maxLength: 300 }), (body) => {
        fc.pre(!MAY_HOLD_MORE_THAN_PROSE.test(body))
        expect(proseIssues(fromMarkdown(body, MDX), body)).toEqual([])
      }),
      { numRuns: 300 },
    )
  }, 120_000)

  it('link only to addresses the URL rules accept, as the parser decodes them', () => {
    fc.assert(
      fc.property(anyUrl, fc.constantFrom('[a](%)', '[a](<%>)', '![a](%)', '[a][r]\n\n[r]: %'), (url, template) => {
        const body = template.replace('%', url)
        if (checkBody(body).length > 0) return
        const tree = fromMarkdown(body, MDX)
        const stack: { type: string; url?: string; children?: unknown[] }[] = [tree]
        while (stack.length > 0) {
          const node = stack.pop()!
          if (node.url !== undefined) expect(unsafeUrlReason(node.url, { sitePaths: true }), node.url).toBeNull()
          stack.push(...((node.children ?? []) as typeof stack))
        }
      }),
      { numRuns: 500 },
    )
  }, 120_000)
})

describe('addresses the URL rules accept', () => {
  it('resolve, in a browser’s URL parser, to http(s) and, for site paths, to this site', () => {
    const site = 'https://claims.example.org/claims/x'
    fc.assert(
      fc.property(anyUrl, fc.boolean(), (url, sitePaths) => {
        if (unsafeUrlReason(url, { sitePaths }) !== null) return
        const resolved = new URL(url, site)
        expect(['http:', 'https:']).toContain(resolved.protocol)
        if (/^[/#]/.test(url)) expect(resolved.origin).toBe(new URL(site).origin)
        else expect(resolved.hostname).not.toBe('')
      }),
      { numRuns: 2000 },
    )
  })
})

describe('frontmatter and YAML', () => {
  // The yaml package reports unknown tags and directives as process warnings: noise here.
  beforeAll(() => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => {})
    return () => vi.restoreAllMocks()
  })

  it('either parse or throw a FrontmatterError naming what is wrong', () => {
    const anyYaml = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '- ', '[', ']', '{', '}', '&a', '*a', '!!', '"', "'", '|', '>', '#', '?', '---', '\t', '%YAML'), maxLength: 120 }),
      fc.anything().map((value) => toYaml(value)),
      fc.integer({ min: 1, max: 5000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
      fc.integer({ min: 1, max: 200 }).map((count) => `a: &a [x]\n${Array.from({ length: count }, (_, index) => `b${index}: [*a, *a, *a, *a]`).join('\n')}`),
    )
    fc.assert(
      fc.property(anyYaml, fc.constantFrom('---\n%\n---\nBody', '%', '---\n%\n---'), (yaml, template) => {
        try {
          const parsed = parseFrontmatter(template.replace('%', yaml))
          expect(typeof parsed.data).toBe('object')
          expect(parsed.bodyLine).toBeGreaterThanOrEqual(1)
        } catch (error) {
          expect(error).toBeInstanceOf(FrontmatterError)
          expect((error as Error).message).not.toBe('')
        }
      }),
      { numRuns: 400 },
    )
  }, 120_000)
})

describe('buildLedger on arbitrary content', () => {
  const fixture = (name: string) => parseFrontmatter(readFileSync(path.resolve('tests/fixtures/content/base', name), 'utf8'))
  const source = { path: 'sources/mini.mdx', ...fixture('sources/mini.mdx'), text: readFileSync(path.resolve('tests/fixtures/content/base/sources/mini.txt'), 'utf8') }
  const claims = ['share', 'granted', 'applications'].map((id) => ({ path: `claims/${id}.mdx`, ...fixture(`claims/${id}.mdx`) }))
  const paths = new Set([source.path, ...claims.map((claim) => claim.path)])

  // A valid claim with one field (or one nested field) replaced by anything.
  const fieldPaths = [['title'], ['quote'], ['figure'], ['figure', 'value'], ['figure', 'written'], ['figure', 'hedge'], ['checks'], ['checks', 0, 'expression'], ['checks', 0, 'needs'], ['source'], ['appearances'], ['chart'], ['aliases'], ['changes'], ['id'], ['saidBy']] as const
  const anyValue = fc.oneof(fc.anything(), anyUrl, markdownish(40), fc.constantFrom({ data: 'x', url: 'javascript:alert(1)' }, 'ref("share")', 'ref("share") / 0', '1/0 > 2', 'days("2024-01-01", "x")', 'ref(ref("a"))', '1e308 * 1e308'))
  const mutated = fc.tuple(fc.integer({ min: 0, max: claims.length - 1 }), fc.constantFrom(...fieldPaths), anyValue, anyBody).map(([index, field, value, body]) => {
    const target = claims[index]!
    const data = structuredClone(target.data) as Record<string | number, unknown>
    let holder: Record<string | number, unknown> = data
    for (const key of field.slice(0, -1)) holder = (holder[key] ??= {}) as Record<string | number, unknown>
    holder[field.at(-1)!] = value
    return claims.map((claim, other): RawContentFile => (other === index ? { ...claim, data, body } : claim))
  })

  it('names a file it was given and a field in every issue, and never throws', () => {
    fc.assert(
      fc.property(mutated, fc.option(fc.anything(), { nil: undefined }), (files, sourceData) => {
        const sources: RawSourceFile[] = [sourceData === undefined ? source : { ...source, data: sourceData }]
        const { ledger, issues } = buildLedger({ sources, claims: files })
        expect(ledger === null).toBe(issues.length > 0)
        for (const issue of issues) {
          expect(paths.has(issue.file), issue.file).toBe(true)
          expect(issue.field).toMatch(/\S/)
          expect(issue.message).toMatch(/\S/)
        }
      }),
      { numRuns: 300 },
    )
  }, 120_000)
})
