import { CARD } from '@/core/social/card'

/** Where a claim's social image is published (drawn by src/cli/social-cards.ts). */
export function socialImagePath(claimId: string): string {
  return `/claims/${claimId}/social.jpg`
}

export const SOCIAL_IMAGE_SIZE = { width: CARD.width, height: CARD.height } as const
export const SOCIAL_IMAGE_ALT = 'The claim’s figure, its title, and its arithmetic, record and sourcing'
