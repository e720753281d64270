import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import satori, { type SatoriOptions } from 'satori'
import sharp from 'sharp'
import { siteConfig } from '@/config/site'
import type { ClaimRecord } from '@/core/content/ledger'
import type { GeneratedFile } from './prepare'

import { SOCIAL_IMAGE_SIZE as SOCIAL_IMAGE, socialImagePath } from '@/content/social'

const VERDICT_COLOURS: Record<string, string> = {
  'adds-up': '#1d6b3a',
  'adds-up-thinly-sourced': '#5b5f12',
  unresolved: '#7a4a00',
  'not-checkable': '#55585f',
  'does-not-add-up': '#a4161a',
}

// The typeface next/og draws with, from the pinned Next.js; satori needs a TTF/OTF/WOFF file.
function loadFont(): Buffer {
  const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'))
  const file = path.join(nextDir, 'dist/compiled/@vercel/og/Geist-Regular.ttf')
  try {
    return readFileSync(file)
  } catch (error) {
    throw new Error(`social cards: cannot read the font ${file} (${(error as Error).message}); is next installed?`)
  }
}

/** The social card: the figure large, the claim's title, and its verdict. */
function card(claim: ClaimRecord) {
  const colour = VERDICT_COLOURS[claim.verdict.id] ?? '#1b1c1f'
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: SOCIAL_IMAGE.width, height: SOCIAL_IMAGE.height, boxSizing: 'border-box', padding: 64, background: '#fbfaf7', color: '#1b1c1f', justifyContent: 'space-between' }}>
      <div style={{ display: 'flex', fontSize: 30, color: '#55585f' }}>{siteConfig.name}</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', alignItems: 'baseline', gap: 20 }}>
          {claim.figure.hedge ? <span style={{ fontSize: 56, color: '#55585f' }}>{claim.figure.hedge}</span> : null}
          <span style={{ fontSize: 150, letterSpacing: -4 }}>{claim.figure.written}</span>
        </div>
        <div style={{ display: 'flex', fontSize: 44, lineHeight: 1.2, marginTop: 12 }}>{claim.title}</div>
      </div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 34 }}>
        <span style={{ display: 'flex', padding: '8px 24px', borderRadius: 999, border: `3px solid ${colour}`, color: colour }}>{claim.verdict.label}</span>
        <span style={{ color: '#55585f' }}>rating {claim.verdict.rating} of 5</span>
      </div>
    </div>
  )
}

/**
 * One social image per claim (`/claims/<id>/social.jpg`): satori lays the card out as SVG with
 * the text as paths, and sharp rasterises it. Drawn here rather than by a Next image route, so
 * it runs beside Contentlayer's single-threaded MDX step instead of doubling Next's pages; JPEG
 * (4:4:4 keeps coloured text crisp; Huffman optimisation off saves a third of the time for 2% of
 * the bytes) because it encodes 4× faster than a compressed PNG of a similar size.
 */
export async function socialCards(claims: readonly ClaimRecord[]): Promise<GeneratedFile[]> {
  const options: SatoriOptions = { ...SOCIAL_IMAGE, fonts: [{ name: 'Geist', data: loadFont(), weight: 400, style: 'normal' }] }
  sharp.concurrency(1)
  const files: GeneratedFile[] = []
  for (const claim of claims) {
    const svg = await satori(card(claim), options)
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 88, chromaSubsampling: '4:4:4', optimiseCoding: false }).toBuffer()
    files.push({ path: socialImagePath(claim.id).slice(1), contents: jpeg })
  }
  return files
}
