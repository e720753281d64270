import type { Server } from 'node:http'
import path from 'node:path'
import { chromium, type Browser, type Page, type Request } from 'playwright-core'
import { startStaticServer } from '@/cli/static-server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'

/** Debian's Chromium driven by playwright-core, against the static export served as a CDN would. */
export async function openSite(): Promise<{ browser: Browser; baseUrl: string; close: () => Promise<void> }> {
  const { server, url } = await startStaticServer(path.resolve('out'), 0)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  return {
    browser,
    baseUrl: url,
    close: async () => {
      await browser.close()
      await new Promise<void>((resolve) => (server as Server).close(() => resolve()))
    },
  }
}

/**
 * Collects console errors and failed requests. The one failure excused is a request the browser
 * abandoned because the page navigated away after it started (the old page's icon, say), counted
 * from when the navigation starts; an abort on the page that is still showing counts.
 */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = []
  let navigations = 0
  const startedAt = new WeakMap<Request, number>()
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++
  })
  page.on('request', (request) => {
    startedAt.set(request, navigations)
    // Chromium abandons the old page's requests when a navigation starts, before the new page commits
    // (framenavigated): the start counts too.
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++
  })
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => {
    const leftBehind = request.failure()?.errorText === 'net::ERR_ABORTED' && (startedAt.get(request) ?? navigations) < navigations
    if (!leftBehind) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
  })
  return problems
}
