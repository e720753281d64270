import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, watchForErrors } from './harness'

/**
 * Issue 16: the search page's first load runs only its small module. The index, the typo
 * dictionary and the search code load on first use, in a worker.
 */

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** Paths (no query) of every request the page made, in order. */
function watchRequests(page: Page): string[] {
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  return paths
}

async function firstResult(page: Page): Promise<string | null> {
  const item = page.locator('ol[data-search-results][aria-busy="false"] li[data-claim]').first()
  await item.waitFor()
  return item.getAttribute('data-claim')
}

describe('loading search on first use', () => {
  it('fetches no index and starts no worker until a key goes down in the form, then searches in a worker', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    const requests = watchRequests(page)
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname))
    // networkidle: whatever the page starts by itself on load has been fetched by then.
    await page.goto(`${site.baseUrl}/search`, { waitUntil: 'networkidle' })
    expect(requests.filter((path) => path.startsWith('/search/'))).toEqual([])
    expect(workers).toEqual([])
    const scriptsBefore = requests.filter((path) => path.endsWith('.js'))
    expect(scriptsBefore.length).toBeGreaterThan(0)

    const indexRequested = page.waitForRequest((request) => new URL(request.url()).pathname === '/search/index.json')
    await page.locator('#search-page-input').press('7')
    await indexRequested
    expect(workers).toHaveLength(1)
    expect(workers[0]).toMatch(/^\/assets\/search-worker-[A-Z0-9]+\.js$/)
    await page.locator('#search-page-input').pressSequentially('7%')
    await expect(firstResult(page)).resolves.toBe('asylum-allowed-share')
    // The search code itself came with the worker, not with the page.
    await expect(page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/search/')).length)).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.close()
  })

  it('starts the search at once for a shared link with a query', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search?q=${encodeURIComponent('in absentia')}`)
    await expect(firstResult(page)).resolves.toBe('in-absentia-orders-fy2023')
    expect(problems).toEqual([])
    await page.close()
  })

  it('still searches, in the page, where a browser cannot start a module worker', async () => {
    const context = await site.browser.newContext()
    await context.addInitScript(() => {
      // As Firefox before 114 did for { type: 'module' }.
      window.Worker = class {
        constructor() {
          throw new TypeError('Module scripts are not supported on DedicatedWorker yet')
        }
      } as unknown as typeof Worker
    })
    const page = await context.newPage()
    const problems = watchForErrors(page)
    const workers: string[] = []
    page.on('worker', (worker) => workers.push(worker.url()))
    await page.goto(`${site.baseUrl}/search`)
    await page.locator('#search-page-input').pressSequentially('asylm')
    await expect(firstResult(page)).resolves.toMatch(/^asylum-/)
    expect(workers).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
