import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { mdxFromMarkdown } from 'mdast-util-mdx'
import { mdxjs } from 'micromark-extension-mdxjs'
import type { ContentIssue } from './issues'
import { unsafeUrlReason } from './url'

/**
 * Content is data, not code. A claim or source body is Markdown prose, but it is compiled as MDX,
 * where `{…}` is JavaScript run while the page is built, `import`/`export` are module code and
 * `<x>` is a component or an HTML element. Bodies come from contributors (a pull request that CI
 * builds), so each is parsed with the same parser MDX compiles with (micromark's MDX extensions;
 * a regular expression would disagree with it somewhere) and anything but prose is refused, by line.
 */

/** Components a body may use, each with the attributes it may take as literal strings. None today. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = {}

/** One problem in a body: its line in the file and what was found, against what was expected. */
export interface BodyIssue {
  readonly line: number
  readonly message: string
}

/** Options of {@link proseIssues}. */
export interface ProseRules {
  /** The components allowed (default {@link ALLOWED_COMPONENTS}). */
  readonly components?: Readonly<Record<string, readonly string[]>>
}

// Node types of Markdown prose that MDX renders as plain elements. `yaml` is the frontmatter, as
// remark-frontmatter leaves it in Contentlayer's tree (dropped, never rendered).
const PROSE = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'text', 'emphasis', 'strong',
  'inlineCode', 'code', 'break', 'link', 'image', 'linkReference', 'imageReference', 'definition', 'yaml',
])

// Structural, so that it reads trees from this parser and from the copy inside @mdx-js/mdx alike.
interface AnyNode {
  readonly type: string
  readonly children?: readonly AnyNode[]
  readonly position?: { readonly start: { readonly line: number; readonly offset?: number }; readonly end: { readonly offset?: number } }
  readonly name?: string | null
  readonly url?: string
  readonly value?: unknown
  readonly attributes?: readonly { readonly type: string; readonly name?: string; readonly value?: unknown }[]
  readonly data?: { readonly estree?: { readonly body?: readonly unknown[] } | null }
}

const PROSE_EXPECTED = 'expected Markdown prose (a body is data, not code; see "Content is data, not code" in README.md)'

function excerpt(text: string): string {
  const flat = text.length > 60 ? `${text.slice(0, 60)}…` : text
  return JSON.stringify(flat)
}

function sourceOf(node: AnyNode, source: string): string {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? `<${node.type}>` : source.slice(start, end)
}

function elementIssue(node: AnyNode, found: string, components: Readonly<Record<string, readonly string[]>>): string | null {
  const name = node.name ?? null
  const allowed = name === null || !Object.hasOwn(components, name) ? undefined : components[name]
  if (!allowed) {
    const known = Object.keys(components)
    const expected = known.length === 0 ? 'no elements or components are allowed in a body' : `the allowed components are ${known.map((known) => `<${known}>`).join(', ')}`
    return `found the ${name === null ? 'fragment <>' : `element <${name}>`} (${found}); ${PROSE_EXPECTED}: ${expected}`
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      return `found a spread attribute {…} on <${name}>; expected attributes written as name="text"`
    }
    if (!allowed.includes(attribute.name)) {
      return `found the attribute ${attribute.name} on <${name}>; expected only ${allowed.join(', ') || 'no attributes'}`
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      return `found an expression as the value of ${attribute.name} on <${name}>; expected text in quotes`
    }
    if ((attribute.name === 'href' || attribute.name === 'src') && typeof attribute.value === 'string') {
      const reason = unsafeUrlReason(attribute.value, { sitePaths: true })
      if (reason) return `${attribute.name} of <${name}>: ${reason}`
    }
  }
  return null
}

/**
 * Everything in an MDX tree that is not prose, with its line: ESM, expressions (but comments),
 * elements and components outside the allow-list, raw HTML and links or images to anything but
 * http(s) addresses and site paths. `source` is the text the tree was parsed from, for excerpts;
 * lines are the tree's, plus `lineOffset`.
 * @example proseIssues(tree, 'export const x = 1')[0]?.message // 'found ESM "export const x = 1"; …'
 */
export function proseIssues(tree: AnyNode | Root, source: string, { components = ALLOWED_COMPONENTS }: ProseRules = {}, lineOffset = 0): BodyIssue[] {
  const issues: BodyIssue[] = []
  // A stack, not recursion: a body may nest deeper than the call stack.
  const stack: AnyNode[] = [tree as AnyNode]
  while (stack.length > 0) {
    const node = stack.pop()!
    const found = excerpt(sourceOf(node, source))
    let message: string | null = null
    switch (node.type) {
      case 'mdxjsEsm':
        message = `found ESM ${found}; ${PROSE_EXPECTED}: a body cannot import or export code`
        break
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // `{/* note */}` is a comment: MDX compiles it to nothing.
        if (node.data?.estree?.body?.length !== 0) message = `found a JavaScript expression ${found}; ${PROSE_EXPECTED}: write a literal brace as \\{`
        break
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        message = elementIssue(node, found, components)
        break
      case 'html':
        message = `found raw HTML ${found}; ${PROSE_EXPECTED}`
        break
      case 'link':
      case 'image':
      case 'definition': {
        const reason = unsafeUrlReason(node.url ?? '', { sitePaths: true })
        if (reason) message = `${node.type === 'image' ? 'image' : node.type === 'definition' ? 'link definition' : 'link'} ${found}: ${reason}`
        break
      }
      default:
        if (!PROSE.has(node.type)) message = `found ${found} (${node.type}); ${PROSE_EXPECTED}`
    }
    if (message) issues.push({ line: (node.position?.start.line ?? 1) + lineOffset, message })
    for (const child of node.children ?? []) stack.push(child)
  }
  return issues.sort((a, b) => a.line - b.line)
}

/** The longest body read: ten times the longest today. The MDX parser is superlinear on some input. */
export const MAX_BODY_CHARS = 20_000
/** Containers (quotes, list items) opened on one line, and columns of indentation, beyond any prose. */
export const MAX_NESTING = 8
export const MAX_INDENT = 40
/** Braces nested deeper than any prose or code sample needs. */
export const MAX_BRACE_DEPTH = 16

/**
 * Input on which the MDX parser's time grows faster than its length (nested lists take minutes at
 * 40 kB) is refused before parsing, so that checking a file takes bounded time.
 */
function shapeIssue(body: string): BodyIssue | null {
  if (body.length > MAX_BODY_CHARS) return { line: 1, message: `found a body of ${body.length} characters; expected at most ${MAX_BODY_CHARS} (prose about one claim or article)` }
  let line = 1
  let depth = 0
  for (let index = 0; index < body.length; ) {
    // At a line's start: its indentation and container markers ("* * *" is a rule, not markers).
    let column = 0
    let markers = 0
    const end = body.indexOf('\n', index)
    const isRule = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(body.slice(index, end === -1 ? undefined : end))
    while (!isRule) {
      const char = body[index]
      if (char === ' ') column++
      else if (char === '\t') column += 4 - (column % 4)
      else if (char === '>') markers++
      else if ((char === '-' || char === '*' || char === '+') && /[ \t\r\n]/.test(body[index + 1] ?? '\n')) markers++
      else if (char !== undefined && char >= '0' && char <= '9') {
        const marker = /^\d{1,9}[.)](?=[ \t\r\n]|$)/.exec(body.slice(index, index + 11))
        if (!marker) break
        markers++
        index += marker[0].length - 1
      } else break
      index++
    }
    if (markers > MAX_NESTING) return { line, message: `found ${markers} quotes or list items opened on one line; expected at most ${MAX_NESTING}` }
    if (column > MAX_INDENT) return { line, message: `found a line indented ${column} columns; expected at most ${MAX_INDENT} (lists nested a few levels deep)` }
    for (; index < body.length && body[index] !== '\n'; index++) {
      const char = body[index]
      if (char === '\\') index++
      else if (char === '{' && ++depth > MAX_BRACE_DEPTH) return { line, message: `found braces nested ${depth} deep; expected at most ${MAX_BRACE_DEPTH}` }
      else if (char === '}') depth = Math.max(0, depth - 1)
    }
    index++
    line++
  }
  return null
}

// Made once: each builds an acorn parser extended for JSX, which costs more than parsing a body.
const PARSE_OPTIONS = { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] }

/**
 * Every MDX construct beyond prose starts with `<` (elements, HTML), `{` (expressions), `[`
 * (links, images, definitions: their addresses are checked) or is a line starting `import` or
 * `export`. A body with none of them is prose without parsing it (the parser takes a third of a
 * millisecond a body, seconds at 10,000 claims); body.test.ts checks the claim against the parser.
 */
export const MAY_HOLD_MORE_THAN_PROSE = /[<{}[\]]|^[ \t]*(?:import|export)/m

interface ParseError {
  readonly line?: number
  readonly column?: number
  readonly reason?: string
  readonly message?: string
}

/**
 * Parses a body as MDX and returns every part that is not prose (see {@link proseIssues}), or why
 * it does not parse; never throws. `firstLine` is the body's first line in its file.
 * @example checkBody('Hello {1 + 1}', 5) // [{ line: 5, message: 'found a JavaScript expression "{1 + 1}"; …' }]
 */
export function checkBody(body: string, firstLine = 1, rules: ProseRules = {}): BodyIssue[] {
  const shape = shapeIssue(body)
  if (shape) return [{ ...shape, line: shape.line + firstLine - 1 }]
  if (!MAY_HOLD_MORE_THAN_PROSE.test(body)) return []
  let tree: Root
  try {
    tree = fromMarkdown(body, PARSE_OPTIONS)
  } catch (error) {
    const { line, column, reason, message } = (error ?? {}) as ParseError
    const at = typeof line === 'number' ? line : 1
    const text = body.split('\n')[at - 1] ?? ''
    return [
      {
        line: at + firstLine - 1,
        message: `found ${excerpt(text.trim())}, which MDX cannot read${typeof column === 'number' ? ` (column ${column})` : ''}: ${reason ?? message ?? String(error)}; expected Markdown prose, with a literal < or { written as \\< or \\{`,
      },
    ]
  }
  const issues = proseIssues(tree, body, rules, firstLine - 1)
  if (issues.length <= MAX_ISSUES) return issues
  return [...issues.slice(0, MAX_ISSUES), { line: issues[MAX_ISSUES]!.line, message: `found ${issues.length - MAX_ISSUES} more parts that are not prose from here on (not listed); expected Markdown prose` }]
}

/** Problems listed per body: a pasted script would otherwise fill the terminal. */
export const MAX_ISSUES = 10

/**
 * The content issues of one file's body, each in the field `body` with its line in the file.
 * @example bodyIssues({ path: 'claims/x.mdx', body: 'export const x = 1', bodyLine: 20 })[0]?.message // 'line 20: found ESM …'
 */
export function bodyIssues(file: { readonly path: string; readonly body: string; readonly bodyLine?: number }): ContentIssue[] {
  return checkBody(file.body, file.bodyLine ?? 1).map((issue) => ({ file: file.path, field: 'body', message: `line ${issue.line}: ${issue.message}` }))
}

/** Thrown by {@link remarkProseOnly}; names the file and every line refused. */
export class UnsafeBodyError extends Error {
  constructor(
    readonly file: string,
    readonly issues: readonly BodyIssue[],
  ) {
    super(`${file}: body refused, it is not prose:\n${issues.map((issue) => `  line ${issue.line}: ${issue.message}`).join('\n')}`)
    this.name = 'UnsafeBodyError'
  }
}

interface VFileLike {
  readonly path?: string
  readonly value?: unknown
  /** Contentlayer puts the document here: `data.rawDocumentData.sourceFilePath`. */
  readonly data?: unknown
}

function documentPath(file: VFileLike): string {
  const raw = (file.data as { rawDocumentData?: { sourceFilePath?: unknown } } | undefined)?.rawDocumentData?.sourceFilePath
  return typeof raw === 'string' ? raw : (file.path ?? '(MDX body)')
}

/**
 * A remark plugin for MDX's own pipeline (Contentlayer, mdx-bundler): throws {@link UnsafeBodyError}
 * on the same nodes `claims check` refuses, so that a body which never went through the check
 * still cannot compile into code.
 * @example bundleMDX({ source, mdxOptions: (options) => ({ ...options, remarkPlugins: [remarkProseOnly] }) })
 */
export function remarkProseOnly(): (tree: Root, file: VFileLike) => void {
  return (tree, file) => {
    const issues = proseIssues(tree, typeof file.value === 'string' ? file.value : String(file.value ?? ''))
    if (issues.length === 0) return
    throw new UnsafeBodyError(documentPath(file), issues)
  }
}
