import { readFileSync } from 'node:fs'
import path from 'node:path'
import { HtmlValidate, type ConfigData, type Message } from 'html-validate'
import { describe, expect, it } from 'vitest'
import { exportedHtmlFiles, OUT } from './site-pages'

// Each relaxation below is for markup that React or Next.js write (or, for inline styles, one
// property a chart cannot do without). Anything else the recommended preset finds in our own pages
// (titles, ARIA, forms, structure) stays an error.
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes the DOM property spelling of some attributes: charSet, fetchPriority, noModule.
    // HTML attribute names are case-insensitive; UPPER or Pascal case would still be reported.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // React serialises every void element as self-closing (<meta/>, <link/>, <br/>); still checked for consistency.
    'void-style': ['error', { style: 'selfclosing' }],
    // React writes boolean attributes with an empty value (async="", open=""); still checked for consistency.
    'attribute-boolean-style': ['error', { style: 'empty' }],
    // Next.js writes hidden="" on its internal containers; still checked for consistency.
    'attribute-empty-style': ['error', { style: 'empty' }],
    // React's internal ids start with an underscore (<script id="_R_">). HTML5 allows any id without
    // whitespace; relaxed mode still reports empty ids and ids with whitespace.
    'valid-id': ['error', { relaxed: true }],
    // React writes each document on one line, so the only line ends are inside text content (the
    // citation <pre> blocks, JSON-LD), where trailing spaces are data, not formatting.
    'no-trailing-whitespace': 'off',
    // The one inline style we write on purpose: a number line's tick labels are placed at data-driven
    // percentages (style="left:37.5%", src/components/charts/NumberLine.tsx), which no static
    // stylesheet can hold. Any other inline property is still reported.
    'no-inline-style': ['error', { allowedProperties: ['display', 'left'] }],
  },
}

const validator = new HtmlValidate(config)
const files = exportedHtmlFiles()

function describeMessages(file: string, messages: readonly Message[]): string {
  return messages.map((message) => `out/${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? 'document'})`).join('\n')
}

describe('the static export as HTML', () => {
  it('includes the home page, a claim page and the 404 page to validate', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'claims/asylum-allowed-share.html']))
  })

  it.each(files)('out/%s is valid HTML under html-validate:recommended', async (file) => {
    const report = await validator.validateString(readFileSync(path.join(OUT, file), 'utf8'), file)
    const messages = report.results.flatMap((result) => result.messages)
    expect(messages, describeMessages(file, messages)).toEqual([])
  })
})
