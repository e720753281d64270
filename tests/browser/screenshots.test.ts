import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openSite, watchForErrors } from './harness'
import { CLAIM_ID } from './site-pages'

/** Git-ignored; emptied at the start of every run so what is there is from this run only. */
const SCREENSHOTS = path.resolve('tests/.artifacts/screenshots')

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 900, isMobile: false },
] as const
const COLOUR_SCHEMES = ['light', 'dark'] as const

/** Below this a full-page PNG of a claim is blank or nearly so; real ones are hundreds of KB. */
const MIN_BYTES = 20_000

/** Width and height from a PNG's IHDR chunk, which always starts at byte 16. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  rmSync(SCREENSHOTS, { recursive: true, force: true })
  mkdirSync(SCREENSHOTS, { recursive: true })
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

type Viewport = (typeof VIEWPORTS)[number]

/**
 * Makes the viewport as tall as the page, so that every section is on screen and rendered as a
 * reader scrolling to it sees it: the sections far below the first screen are laid out and painted
 * only near the viewport (content-visibility: auto), and a full-page capture alone leaves them blank.
 * Their real heights replace the estimates as they render, so it repeats until the height holds.
 */
async function showWholePage(page: Page, viewport: Viewport): Promise<void> {
  let height = 0
  for (let attempt = 0; attempt < 5; attempt++) {
    const next = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))
    if (next === height) return
    height = next
    await page.setViewportSize({ width: viewport.width, height })
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  }
}

/** A screenshot of the claim page (into `file` when given), and the errors the page logged meanwhile. */
async function capture(colorScheme: (typeof COLOUR_SCHEMES)[number], viewport: Viewport, file?: string): Promise<{ png: Buffer; problems: string[] }> {
  const context = await site.browser.newContext({
    colorScheme,
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile,
    hasTouch: viewport.isMobile,
    deviceScaleFactor: 1,
  })
  try {
    const page = await context.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/claims/${CLAIM_ID}`, { waitUntil: 'networkidle' })
    if (file !== undefined) await showWholePage(page, viewport)
    return { png: await page.screenshot({ path: file, fullPage: file !== undefined }), problems }
  } finally {
    await context.close()
  }
}

describe('screenshots of a claim page', () => {
  const cases = COLOUR_SCHEMES.flatMap((colorScheme) => VIEWPORTS.map((viewport) => [colorScheme, viewport.name, { colorScheme, viewport }] as const))

  it.each(cases)('captures the whole claim page in the %s colour scheme at %s width', async (_scheme, _width, { colorScheme, viewport }) => {
    const file = path.join(SCREENSHOTS, `claim-${colorScheme}-${viewport.name}.png`)
    const { problems } = await capture(colorScheme, viewport, file)
    expect(statSync(file).size).toBeGreaterThan(MIN_BYTES)
    const size = pngSize(file)
    // Nothing wider than the viewport: a wider screenshot means the page scrolls sideways.
    expect(size.width).toBe(viewport.width)
    expect(size.height).toBeGreaterThan(viewport.height)
    expect(problems).toEqual([])
  })

  // Its own screenshots (of the first screen), so that it passes or fails alone, in any order.
  it.each(VIEWPORTS.map((viewport) => [viewport.name, viewport] as const))('renders the dark scheme differently from the light one at %s width', async (_width, viewport) => {
    const [light, dark] = await Promise.all([capture('light', viewport), capture('dark', viewport)])
    expect(light.png.equals(dark.png), `${viewport.name} light and dark screenshots are identical`).toBe(false)
  })
})
