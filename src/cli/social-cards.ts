import { createRequire } from 'node:module'
import path from 'node:path'
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas'
import { siteConfig } from '@/config/site'
import { AXES, AXIS_NAMES, type AxisName, type Axes, type Rating } from '@/core/check/axes'
import type { ClaimRecord } from '@/core/content/ledger'
import { CARD, cardLayout, type CardOp } from '@/core/social/card'
import { claimImagePath } from '@/core/paths'
import type { GeneratedFile } from './stage-dir'

// The site's badge colours (src/components/Badges.module.css): good, fair, open, neutral, bad.
const [GOOD, FAIR, OPEN, NEUTRAL, BAD] = ['#1d6b3a', '#5b5f12', '#7a4a00', '#55585f', '#a4161a']
const AXIS_COLOURS: { [Name in AxisName]: Record<Axes[Name]['id'], string> } = {
  arithmetic: { 'adds-up': GOOD, 'does-not-add-up': BAD, 'bound-only': OPEN, 'nothing-to-compute': NEUTRAL },
  record: { matches: GOOD, misleading: FAIR, contradicted: BAD, unsettled: OPEN, 'not-checked': NEUTRAL },
  sourcing: { 'named-record': GOOD, 'named-person': FAIR, 'anonymous-or-leaked': OPEN, unattributed: OPEN },
}

const FONT_FAMILY = 'Geist'

// The typeface next/og draws with, from the pinned Next.js.
function registerFont(): void {
  const nextDir = path.dirname(createRequire(import.meta.url).resolve('next/package.json'))
  const file = path.join(nextDir, 'dist/compiled/@vercel/og/Geist-Regular.ttf')
  if (!GlobalFonts.registerFromPath(file, FONT_FAMILY)) throw new Error(`social cards: cannot load the font ${file}; is next installed?`)
}

function paint(context: SKRSContext2D, ops: readonly CardOp[]): void {
  context.fillStyle = CARD.background
  context.fillRect(0, 0, CARD.width, CARD.height)
  context.textBaseline = 'top'
  for (const op of ops) {
    if (op.kind === 'text') {
      context.font = `${op.size}px ${FONT_FAMILY}`
      context.fillStyle = op.colour
      context.fillText(op.text, op.x, op.y)
    } else {
      context.strokeStyle = op.colour
      context.lineWidth = 3
      context.beginPath()
      context.roundRect(op.x + 1.5, op.y + 1.5, op.width - 3, op.height - 3, op.height / 2)
      context.stroke()
    }
  }
}

/** What a card shows of a claim: all the image lane reads, staged small by `claims prepare`. */
export interface CardClaim {
  readonly id: string
  readonly title: string
  readonly figure: { readonly written: string; readonly hedge: string | null }
  readonly axes: Axes
  readonly rating: Rating | null
}

export function cardClaims(claims: readonly ClaimRecord[]): CardClaim[] {
  return claims.map((claim) => ({
    id: claim.id,
    title: claim.title,
    figure: { written: claim.figure.written, hedge: claim.figure.hedge ?? null },
    axes: claim.axes,
    rating: claim.rating,
  }))
}

/**
 * Paints one social image per claim (`/claims/<id>/social.jpg`): the layout from src/core/social,
 * painted and encoded by Skia (@napi-rs/canvas). Drawing text directly takes 13 ms a card where
 * laying it out as SVG (satori) and rasterising it with sharp took 35 ms; and Skia's own JPEG
 * encoder beats reading the pixels back for sharp (8 ms for the copy alone). One canvas serves
 * every card.
 */
export function socialCardPainter(): (claim: CardClaim) => GeneratedFile {
  registerFont()
  const canvas = createCanvas(CARD.width, CARD.height)
  const context = canvas.getContext('2d')
  const measure = (text: string, size: number) => {
    context.font = `${size}px ${FONT_FAMILY}`
    return context.measureText(text).width
  }
  return (claim) => {
    const ops = cardLayout(
      {
        site: siteConfig.name,
        hedge: claim.figure.hedge,
        written: claim.figure.written,
        title: claim.title,
        axes: AXIS_NAMES.map((name) => ({
          name: AXES[name].name,
          label: claim.axes[name].label,
          colour: (AXIS_COLOURS[name] as Record<string, string>)[claim.axes[name].id] ?? CARD.ink,
        })),
        rating: claim.rating ? `rating ${claim.rating.value} of ${claim.rating.best}` : null,
      },
      measure,
    )
    paint(context, ops)
    return { path: claimImagePath(claim.id).slice(1), contents: canvas.encodeSync('jpeg', 88) }
  }
}
