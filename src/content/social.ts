import { CARD } from '@/core/social/card'

export const SOCIAL_IMAGE_SIZE = { width: CARD.width, height: CARD.height } as const
export const SOCIAL_IMAGE_ALT = 'The claim’s figure, its title, and its arithmetic, record and sourcing'
