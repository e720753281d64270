import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, watchForErrors } from './harness'
import { CLAIM_ID, firstSourceId } from './site-pages'

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** What has focus now: its tag, text, href, whether it sits inside <main>, and its outline. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    const style = element ? getComputedStyle(element) : undefined
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      text: element?.textContent?.trim() ?? '',
      href: element?.getAttribute('href') ?? '',
      inMain: Boolean(element?.closest('main')),
      outlineStyle: style?.outlineStyle ?? 'none',
      outlineWidth: Number.parseFloat(style?.outlineWidth ?? '0'),
    }
  })
}

describe('finding and reading claims', () => {
  it('goes from the home page to the source, opens one of its claims and comes back', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    const sourcePath = `/sources/${firstSourceId()}`
    await page.goto(`${site.baseUrl}/`, { waitUntil: 'networkidle' })

    await page.locator(`main a[href="${sourcePath}"]`).first().click()
    await page.waitForURL(`${site.baseUrl}${sourcePath}`)
    const headline = (await page.locator('h1').textContent()) ?? ''
    expect(headline.length).toBeGreaterThan(10)
    // The document title is the headline, cut at a word to stay under 70 characters.
    const title = await page.title()
    expect(title.length).toBeLessThanOrEqual(70)
    expect(headline.startsWith(title.replace(/…$/, ''))).toBe(true)

    // The claim list's title links; the page also links claims from its figures, by number.
    const claimLink = page.locator('main h3 a[href^="/claims/"]').first()
    const claimTitle = ((await claimLink.textContent()) ?? '').trim()
    const claimHref = (await claimLink.getAttribute('href')) ?? ''
    await claimLink.click()
    await page.waitForURL(`${site.baseUrl}${claimHref}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(claimTitle)
    await expect(page.getByRole('heading', { name: 'Verdict', level: 2 }).isVisible()).resolves.toBe(true)

    await page.goBack()
    await page.waitForURL(`${site.baseUrl}${sourcePath}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(headline)
    expect(problems).toEqual([])
    await page.close()
  })

  it('opens a claim with its figure, its three axes, quote, checks and citations', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/claims/${CLAIM_ID}`, { waitUntil: 'networkidle' })
    await expect(page.locator('h1').textContent()).resolves.toMatch(/asylum/i)
    for (const heading of ['Verdict', 'The quote in context', 'Checks', 'Cite this claim', 'Record']) {
      // As a reader scrolls to it: the sections far below the first screen are rendered only near the
      // viewport (content-visibility: auto), and until then Chromium gives them no box to be visible in.
      const element = page.getByRole('heading', { name: heading, level: 2 })
      await element.scrollIntoViewIfNeeded()
      await expect(element.isVisible(), heading).resolves.toBe(true)
    }
    await expect(page.locator('main mark').first().textContent()).resolves.toMatch(/\d/)
    const verdict = page.locator('section[aria-labelledby="verdict-title"]')
    await expect(verdict.locator('[data-checked]').textContent()).resolves.toMatch(/^Checked: .* Not checked: the record/)
    await expect(verdict.locator('dd [data-axis]').evaluateAll((items) => items.map((item) => item.getAttribute('data-axis')))).resolves.toEqual([
      'arithmetic',
      'record',
      'sourcing',
    ])
    await expect(verdict.getByText(/No accuracy rating/).isVisible()).resolves.toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('citing a claim', () => {
  it('copies the APA 7 citation, permalink included, to the clipboard', async () => {
    const context = await site.browser.newContext()
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl })
    const page = await context.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/claims/${CLAIM_ID}`, { waitUntil: 'networkidle' })

    const permalink = (
      (await page
        .locator('main a', { hasText: `/claims/${CLAIM_ID}` })
        .first()
        .textContent()) ?? ''
    ).trim()
    expect(permalink).toMatch(new RegExp(`^https?://[^/]+/claims/${CLAIM_ID}$`))

    // Something else on the clipboard first, so a button that copies nothing cannot pass.
    await page.evaluate(() => navigator.clipboard.writeText('not a citation'))
    const cite = page.locator('section', { has: page.getByRole('heading', { name: 'Cite this claim' }) })
    await cite.getByRole('button', { name: /Copy APA 7/ }).click()
    // The status changes once the clipboard promise settles: "✓ copied", or "(select and copy by hand)".
    await cite
      .getByRole('status')
      .filter({ hasText: /copied|by hand/ })
      .first()
      .waitFor({ timeout: 5_000 })
    await expect(cite.getByRole('status').first().textContent()).resolves.toMatch(/copied/)

    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toContain(permalink)
    expect(copied).toContain('Claim Ledger')
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('using the site with the keyboard alone', () => {
  it('reaches the skip link first, with a visible focus ring, and moves focus to the main content', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}/`, { waitUntil: 'networkidle' })

    await page.keyboard.press('Tab')
    const skip = await focused(page)
    expect(skip).toMatchObject({ tag: 'a', href: '#main', text: 'Skip to content' })
    expect(skip.outlineStyle).not.toBe('none')
    expect(skip.outlineWidth).toBeGreaterThan(0)
    await expect(page.locator('.skip-link').isVisible()).resolves.toBe(true)

    await page.keyboard.press('Enter')
    await page.waitForURL(`${site.baseUrl}/#main`)
    // Focus itself moves to <main>, so screen readers start reading there too (a <main> that cannot
    // take focus only moves Chromium's sequential starting point, and leaves focus on <body>).
    await expect(focused(page), 'focus after following the skip link').resolves.toMatchObject({ tag: 'main', id: 'main' })
    await page.keyboard.press('Tab')
    await expect(focused(page), 'the first Tab after the skip link').resolves.toMatchObject({ inMain: true })
    await page.close()
  })

  it('tabs to a claim link, shows where focus is, and opens the claim with Enter', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/`, { waitUntil: 'networkidle' })

    let current = await focused(page)
    const visited: string[] = []
    for (let presses = 0; presses < 40 && !current.href.startsWith('/claims/'); presses++) {
      await page.keyboard.press('Tab')
      current = await focused(page)
      visited.push(`${current.tag} ${current.href || current.text}`)
      expect(current.outlineStyle, `focus ring on ${current.tag} ${current.href}`).not.toBe('none')
      expect(current.outlineWidth, `focus ring on ${current.tag} ${current.href}`).toBeGreaterThan(0)
    }
    expect(current.href, `focus went through:\n${visited.join('\n')}`).toMatch(/^\/claims\//)

    await page.keyboard.press('Enter')
    await page.waitForURL(`${site.baseUrl}${current.href}`)
    await expect(page.locator('h1').textContent()).resolves.toBe(current.text)
    expect(problems).toEqual([])
    await page.close()
  })
})
