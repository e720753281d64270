import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { AxeResults, Result } from 'axe-core'
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aliasPage } from '@/core/content/permalinks'
import { openSite } from './harness'
import { exportedHtmlFiles, OUT, sitePages } from './site-pages'

/**
 * axe on every page template, at a phone's width and a desktop's, each in the light and the dark
 * scheme: a violation that shows only when a table overflows at 375 px, or only in dark colours,
 * is caught where a reader would meet it. The templates are read from out/, so a new one is tested
 * as soon as it is built (see sitePages).
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: every A/AA tag axe-core has. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** Named as well as tagged: axe tags it wcag2a today, and a retagging must not drop it from the run. */
const ALSO_RULES = ['scrollable-region-focusable']

const VIEWPORTS = [
  { name: '375 px', width: 375, height: 812 },
  { name: '1280 px', width: 1280, height: 800 },
] as const
const COLOUR_SCHEMES = ['light', 'dark'] as const

/** A page to check: its address, and what brings it into the state a reader would see. */
interface Template {
  readonly name: string
  readonly path: string
  readonly status: 200 | 404
  /** Set up before the page is opened (routes); returns what undoes it on the shared page. */
  readonly before?: (page: Page, baseUrl: string) => Promise<() => Promise<void>>
  /** Brings the opened page into the state to check (results shown, a redirect held). */
  readonly prepare?: (page: Page) => Promise<void>
}

/**
 * The redirect left at a claim's former id. The bundled content may have no alias; then the page
 * the build would write (aliasPage) is served for a made-up former id, as permalinks.test.ts does
 * with a rebuilt copy. axe reads the page a reader stays on when redirects do not happen: scripts
 * are off while it loads (its script would stop the parse at once), and the claim answers the meta
 * refresh with 204 No Content, which leaves the page in place.
 */
function redirectTemplate(): Template {
  const read = (file: string) => readFileSync(path.join(OUT, file), 'utf8')
  const existing = exportedHtmlFiles().find((file) => file.startsWith('claims/') && read(file).includes('data-alias-of='))
  const aliasPath = existing ? `/${existing.slice(0, -'.html'.length)}` : '/claims/a-former-id-of-this-claim'
  const targetPath = existing
    ? (/data-alias-of="([^"]+)"/.exec(read(existing))?.[1] as string)
    : `/${(exportedHtmlFiles().find((file) => file.startsWith('claims/')) as string).slice(0, -'.html'.length)}`
  const title = /<h1[^>]*>(.*?)<\/h1>/s.exec(read(`${targetPath.slice(1)}.html`))?.[1]?.replace(/<[^>]+>/g, '') ?? 'A claim'
  let redirected: Promise<void> = Promise.resolve()
  let scripts: CDPSession | undefined
  return {
    name: existing ? 'the redirect page of an alias' : 'the redirect page an alias would have (generated)',
    path: aliasPath,
    status: 200,
    before: async (page, baseUrl) => {
      const target = `${baseUrl}${targetPath}`
      redirected = new Promise((resolve) => {
        void page.route(
          (url) => url.href.split('#')[0] === target,
          async (route) => {
            await route.fulfill({ status: 204 })
            resolve()
          },
        )
      })
      if (!existing) {
        const html = aliasPage(aliasPath.split('/').pop() as string, { url: targetPath, title }, baseUrl)
        await page.route(`${baseUrl}${aliasPath}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }))
      }
      const cdp = await page.context().newCDPSession(page)
      scripts = cdp
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true })
      return async () => {
        await cdp.detach() // which also ends the override
        await page.unrouteAll({ behavior: 'wait' })
      }
    },
    prepare: async (page) => {
      await redirected
      // axe runs as a script.
      await scripts?.send('Emulation.setScriptExecutionDisabled', { value: false })
      expect(page.url(), 'the reader is still on the redirect page').toContain(aliasPath)
      await expect(page.locator('main a').getAttribute('href')).resolves.toBe(targetPath)
    },
  }
}

/** /search with a query typed into the box and its results shown, marks and all. */
function searchTemplate(): Template {
  return {
    name: 'the search page with results',
    path: '/search',
    status: 200,
    prepare: async (page) => {
      // The first example the page offers is one the bundled content answers.
      const query = (await page.locator('[data-search-part="examples"] a').first().textContent()) ?? ''
      expect(query).not.toBe('')
      await page.locator('#search-page-input').pressSequentially(query)
      await page.locator('ol[data-search-results][aria-busy="false"] li[data-claim]').first().waitFor()
    },
  }
}

function templates(): Template[] {
  const pages: Template[] = sitePages()
  const withSearch = pages.some((page) => page.path === '/search') ? [searchTemplate()] : []
  return [...pages, ...withSearch, redirectTemplate()]
}

/** One line per failing node: rule, impact, where, and axe's own account of what is wrong. */
function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) => `${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target.join(' ')}: ${violation.help}. ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      ),
    )
    .join('\n')
}

/** Runs axe-core in the page; evaluated rather than added as a <script>, so a CSP cannot block it. */
async function runAxe(page: Page): Promise<AxeResults> {
  await page.evaluate(AXE_SOURCE)
  return page.evaluate(
    ({ tags, rules }) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(rules.map((rule) => [rule, { enabled: true }])),
        resultTypes: ['violations'],
      }),
    { tags: WCAG_TAGS, rules: ALSO_RULES },
  )
}

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

const TEMPLATES = templates()

it('covers every kind of page: home, claim, source, methodology, data, search with results, a redirect and 404', () => {
  const paths = TEMPLATES.map((template) => template.path)
  for (const expected of ['/', '/methodology', '/data', '/search']) expect(paths).toContain(expected)
  for (const prefix of ['/claims/', '/sources/']) expect(paths.some((at) => at.startsWith(prefix))).toBe(true)
  expect(TEMPLATES.filter((template) => template.status === 404)).toHaveLength(1)
  expect(TEMPLATES.some((template) => template.name.startsWith('the redirect page'))).toBe(true)
  expect(TEMPLATES.some((template) => template.name === 'the search page with results')).toBe(true)
})

describe.each(VIEWPORTS.flatMap((viewport) => COLOUR_SCHEMES.map((colorScheme) => [`at ${viewport.name} in the ${colorScheme} scheme`, viewport, colorScheme] as const)))(
  '%s',
  (_title, viewport, colorScheme) => {
    // One page per width and scheme, reused: each test navigates it to its own address first.
    let context: BrowserContext
    let page: Page
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, colorScheme })
      page = await context.newPage()
    })
    afterAll(async () => {
      await context?.close()
    })

    it.each(TEMPLATES.map((template) => [`${template.name} (${template.path})`, template] as const))('%s has no violation axe can find', async (_name, template) => {
      const undo = (await template.before?.(page, site.baseUrl)) ?? (async () => undefined)
      try {
        const response = await page.goto(`${site.baseUrl}${template.path}`, { waitUntil: 'load' })
        expect(response?.status(), `status of ${template.path}`).toBe(template.status)
        await expect(page.evaluate(() => [matchMedia('(prefers-color-scheme: dark)').matches, window.innerWidth])).resolves.toEqual([colorScheme === 'dark', viewport.width])
        await template.prepare?.(page)
        const results = await runAxe(page)
        // A run that checked nothing would pass vacuously; the page must at least have been examined.
        expect(results.passes.length + results.incomplete.length + results.violations.length).toBeGreaterThan(0)
        expect(results.violations, describeViolations(results.violations)).toEqual([])
      } finally {
        await undo()
      }
    })
  },
)
