import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, watchForErrors } from './harness'
import { sitePages, type SitePage } from './site-pages'

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: every A/AA tag axe-core has. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const COLOUR_SCHEMES = ['light', 'dark'] as const

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** One line per failing node: rule, impact, where, and axe's own account of what is wrong. */
function describeViolations(violations: readonly Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'no impact'}) at ${node.target.join(' ')}: ${violation.help}. ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`,
      ),
    )
    .join('\n')
}

/** Opens a page and waits until its scripts and their requests have settled. */
async function open(page: Page, sitePage: SitePage): Promise<void> {
  const response = await page.goto(`${site.baseUrl}${sitePage.path}`, { waitUntil: 'networkidle' })
  expect(response?.status(), `status of ${sitePage.path}`).toBe(sitePage.status)
}

/**
 * The not-found page is served with status 404 on purpose; Chromium reports that as an HTTP 404
 * and a "Failed to load resource" console line for the document itself. Anything else still counts.
 */
function unexpected(problems: readonly string[], sitePage: SitePage, documentUrl: string): string[] {
  if (sitePage.status !== 404) return [...problems]
  const expectedOnce = [`HTTP 404: ${documentUrl}`, 'console: Failed to load resource: the server responded with a status of 404 (Not Found)']
  const rest = [...problems]
  for (const line of expectedOnce) {
    const index = rest.indexOf(line)
    if (index !== -1) rest.splice(index, 1)
  }
  return rest
}

describe.each(sitePages().map((sitePage) => [`${sitePage.name} (${sitePage.path})`, sitePage] as const))('%s', (_title, sitePage) => {
  it.each(COLOUR_SCHEMES)('has no WCAG 2.x A or AA violations that axe can find in the %s colour scheme', async (colorScheme) => {
    // axe is injected as an inline script, which the site's Content-Security-Policy (rightly) blocks.
    const page = await site.browser.newPage({ bypassCSP: true })
    try {
      await page.emulateMedia({ colorScheme })
      await open(page, sitePage)
      await expect(page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).resolves.toBe(colorScheme === 'dark')
      await page.addScriptTag({ content: AXE_SOURCE })
      const results = await page.evaluate(
        (tags) =>
          (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            resultTypes: ['violations'],
          }),
        WCAG_TAGS,
      )
      // A run that checked nothing would pass vacuously; the page must at least have been examined.
      expect(results.passes.length + results.incomplete.length + results.violations.length).toBeGreaterThan(0)
      expect(results.violations, describeViolations(results.violations)).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('loads without console errors or failed requests', async () => {
    const page = await site.browser.newPage()
    try {
      const problems = watchForErrors(page)
      await open(page, sitePage)
      expect(unexpected(problems, sitePage, page.url())).toEqual([])
    } finally {
      await page.close()
    }
  })
})
