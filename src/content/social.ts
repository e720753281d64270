/** Where a claim's social image is published (drawn by src/cli/social-cards.tsx). */
export function socialImagePath(claimId: string): string {
  return `/claims/${claimId}/social.jpg`
}

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const
export const SOCIAL_IMAGE_ALT = 'The claim’s figure, its title and its verdict'
