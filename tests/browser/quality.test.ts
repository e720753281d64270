import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, watchForErrors } from './harness'
import { sitePages, type SitePage } from './site-pages'

// axe runs on every template, width and scheme in accessibility.test.ts.

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

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
