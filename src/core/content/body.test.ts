import { describe, expect, it } from 'vitest'
import { bodyIssues, checkBody, MAX_BODY_CHARS, MAX_ISSUES, remarkProseOnly, UnsafeBodyError } from './body'
import { parseFrontmatter } from './frontmatter'

describe('checkBody refuses whatever is not prose, by line', () => {
  // prettier-ignore
  const refused: [string, string, number, RegExp][] = [
    ['a flow expression',        'Prose.\n\n{void globalThis.process?.getBuiltinModule?.("fs")?.writeFileSync("pwned.txt", "…")}', 3, /^found a JavaScript expression "\{void globalThis/],
    ['an inline expression',     'Two is {1 + 1}.',                        1, /^found a JavaScript expression "\{1 \+ 1\}"/],
    ['export',                   'export const x = 1',                     1, /^found ESM "export const x = 1".*cannot import or export code/],
    ['import',                   'Prose.\n\nimport x from "y"',            3, /^found ESM "import x from \\"y\\""/],
    ['a script element',         '<script>alert(1)</script>',              1, /^found the element <script> \("<script>alert\(1\)<\/script>"\).*no elements or components are allowed/],
    ['an event handler',         '<img src=x onerror=alert(1)>',           1, /^found "<img src=x onerror=alert\(1\)>", which MDX cannot read \(column 10\)/],
    ['a quoted event handler',   '<img src="x" onerror="alert(1)" />',     1, /^found the element <img>/],
    ['a javascript: link',       '[data](javascript:alert(1))',            1, /^link "\[data\]\(javascript:alert\(1\)\)": expected an https: or http: address, or a path on this site.*got "javascript:alert\(1\)"/],
    ['an entity-encoded javascript: link', '[x](&#106;avascript:alert(1))',   1, /^link .*got "javascript:alert\(1\)"/],
    ['a data: image',            '![x](data:image/svg+xml,<svg>)',         1, /^image .*got "data:image\/svg\+xml,<svg>"/],
    ['a javascript: definition', 'See [it][a].\n\n[a]: javascript:alert(1)', 3, /^link definition .*got "javascript:alert\(1\)"/],
    ['a component',              'Text <Chart figures={["a"]} /> text',    1, /^found the element <Chart>/],
    ['a fragment',               '<>hi</>',                                1, /^found the fragment <>/],
    ['a member component',       '<a.b>hi</a.b>',                          1, /^found the element <a\.b>/],
    ['an HTML comment',          '<!-- note -->',                          1, /which MDX cannot read.*\{\/\* text \*\/\}/],
    ['an autolink',              '<https://example.org>',                  1, /which MDX cannot read.*\[text\]\(url\)/],
    ['a stray brace',            'Costs { a lot',                          1, /which MDX cannot read/],
    ['a stray angle bracket',    'First line\n\na <3 b',                   3, /which MDX cannot read/],
    ['an expression in a heading', '# Title {x}',                          1, /^found a JavaScript expression "\{x\}"/],
    ['an expression in a link',  '[a {b}](/x)',                            1, /^found a JavaScript expression "\{b\}"/],
    ['an expression in a list',  '- one\n- {two}',                         2, /^found a JavaScript expression "\{two\}"/],
  ]
  it.each(refused)('refuses %s', (_label, body, line, expected) => {
    const issues = checkBody(body)
    expect(issues.length, JSON.stringify(issues)).toBeGreaterThan(0)
    expect(issues[0]).toEqual({ line, message: expect.stringMatching(expected) })
  })

  // prettier-ignore
  const accepted: [string, string][] = [
    ['paragraphs',                    'One.\n\nTwo, with *emphasis*, **strong** and `code`.'],
    ['headings, quotes and lists',    '## Why\n\n> Quoted.\n\n- a\n  - b\n1. c'],
    ['a fenced code block with braces and tags', '```js\nconst x = { a: <b /> }\n```'],
    ['inline code with braces',       'Write `{x}` or `<x>`.'],
    ['escaped braces and brackets',   'A set \\{1, 2\\} and 3 \\< 4.'],
    ['links to the web and the site', '[TRAC](https://trac.syr.edu/x) and [the claim](/claims/a#check-b) and [up](#top)'],
    ['a reference link',              'See [TRAC][t].\n\n[t]: https://trac.syr.edu/'],
    ['an image on the site',          '![chart](/claims/a/social.jpg)'],
    ['a comment',                     'Prose {/* a note for reviewers */} more.'],
    ['a thematic break',              'a\n\n---\n\nb'],
    ['an empty body',                 ''],
    ['typographic quotes and numbers', 'The “77%” of 648,000 — about 499,000.'],
  ]
  it.each(accepted)('accepts %s', (_label, body) => {
    expect(checkBody(body)).toEqual([])
  })

  it('reports every problem, in line order', () => {
    const issues = checkBody('export const a = 1\n\n[x](javascript:x)\n\n{b}')
    expect(issues.map((issue) => issue.line)).toEqual([1, 3, 5])
  })

  it('counts lines from the file when given the body’s first line', () => {
    expect(checkBody('ok\n\n{x}', 20)).toEqual([{ line: 22, message: expect.stringMatching(/^found a JavaScript expression/) }])
  })

  it('allows listed components with literal attributes only', () => {
    const rules = { components: { Note: ['kind', 'href'] } }
    expect(checkBody('<Note kind="aside">Text</Note>', 1, rules)).toEqual([])
    // prettier-ignore
    const cases: [string, RegExp][] = [
      ['<Note onclick="x()">Text</Note>',     /found the attribute onclick on <Note>; expected only kind, href/],
      ['<Note kind={x}>Text</Note>',          /found an expression as the value of kind on <Note>/],
      ['<Note {...props}>Text</Note>',        /found a spread attribute/],
      ['<Note href="javascript:x">T</Note>',  /href of <Note>: expected an https: or http: address/],
      ['<Other>Text</Other>',                 /found the element <Other>.*the allowed components are <Note>/],
    ]
    for (const [body, expected] of cases) expect(checkBody(body, 1, rules)[0]?.message, body).toMatch(expected)
  })
})

describe('checkBody refuses shapes the MDX parser takes superlinear time on, before parsing', () => {
  // prettier-ignore
  const cases: [string, string, RegExp][] = [
    ['a body too long',              'word '.repeat(MAX_BODY_CHARS),          /found a body of 100000 characters; expected at most 20000/],
    ['lists nested on one line',     `${'- '.repeat(20)}a`,                   /found 20 quotes or list items opened on one line; expected at most 8/],
    ['ordered lists nested',         `${'1. '.repeat(9)}a`,                   /found 9 quotes or list items/],
    ['quotes nested',                `ok\n${'>'.repeat(30)} a`,               /found 30 quotes/],
    ['lists nested by indentation',  Array.from({ length: 30 }, (_, depth) => `${'  '.repeat(depth)}- a`).join('\n'), /found a line indented 41 columns; expected at most 40/],
    ['braces nested deep',           `${'{'.repeat(40)}${'}'.repeat(40)}`,    /found braces nested 17 deep; expected at most 16/],
  ]
  it.each(cases)('%s', (_label, body, expected) => {
    expect(checkBody(body)[0]?.message).toMatch(expected)
  })

  it('names the line of the nesting', () => {
    expect(checkBody(`ok\n\n${'> '.repeat(12)}a`, 10)[0]?.line).toBe(12)
  })

  it('does not count escaped braces or a thematic break of stars', () => {
    expect(checkBody(`${'\\{'.repeat(40)}\n\n* * * * * * * * *`)).toEqual([])
  })
})

describe('checkBody takes bounded time on adversarial bodies of the largest size read', () => {
  // Each shape made the parser slow in an experiment; a link at the end makes the parser run.
  const fill = (unit: string) => `${unit.repeat(Math.ceil(MAX_BODY_CHARS / unit.length)).slice(0, MAX_BODY_CHARS - 8)}[x](/y)`
  // prettier-ignore
  const shapes: [string, string][] = [
    ['emphasis runs',         fill('*a')],
    ['quotes 8 deep a line',  fill('> > > > > > > > a\n')],
    ['lists 8 deep a line',   fill('- - - - - - - - a\n')],
    ['unclosed links',        fill('[a](')],
    ['brackets',              fill('[')],
    ['definitions',           fill('[a]: /x\n')],
    ['elements',              fill('<a>')],
    ['expressions',           fill('{a}')],
  ]
  it.each(shapes)('%s', (_label, body) => {
    expect(checkBody(body).length).toBeLessThanOrEqual(MAX_ISSUES + 1)
  }, 30_000)

  it('lists at most ten problems, then says how many more', () => {
    const issues = checkBody('{a}\n\n'.repeat(25))
    expect(issues).toHaveLength(MAX_ISSUES + 1)
    expect(issues.at(-1)).toEqual({ line: 21, message: expect.stringMatching(/^found 15 more parts that are not prose from here on/) })
  })
})

describe('bodyIssues', () => {
  it('names the file, the field body and the line of the file', () => {
    const file = '---\nid: x\ntitle: T\n---\nFirst line.\n\n<script>alert(1)</script>\n'
    const { body, bodyLine } = parseFrontmatter(file)
    expect(bodyLine).toBe(5)
    expect(bodyIssues({ path: 'claims/x.mdx', body, bodyLine })).toEqual([
      { file: 'claims/x.mdx', field: 'body', message: expect.stringMatching(/^line 7: found the element <script>/) },
    ])
  })
})

describe('remarkProseOnly', () => {
  it('throws naming Contentlayer’s document and the line', () => {
    const transform = remarkProseOnly()
    const tree = { type: 'root', children: [{ type: 'mdxjsEsm', value: 'export const x = 1', position: { start: { line: 9, offset: 0 }, end: { offset: 18 } } }] }
    const file = { value: 'export const x = 1', data: { rawDocumentData: { sourceFilePath: 'claims/x.mdx' } } }
    expect(() => transform(tree as never, file)).toThrow(UnsafeBodyError)
    expect(() => transform(tree as never, file)).toThrow(/^claims\/x\.mdx: body refused, it is not prose:\n {2}line 9: found ESM "export const x = 1"/)
  })

  it('lets prose and the frontmatter node through', () => {
    const tree = { type: 'root', children: [{ type: 'yaml', value: 'id: x' }, { type: 'paragraph', children: [{ type: 'text', value: 'Hi' }] }] }
    expect(() => remarkProseOnly()(tree as never, { value: '' })).not.toThrow()
  })
})
