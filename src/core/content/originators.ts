// Who a figure comes from, as the content names it; apart from the zod schema so that pages can
// label originators without bundling zod's validators.
export const ORIGINATOR_KINDS = {
  'leaked-data': 'Leaked agency data',
  'official-data': 'Official data',
  'official-document': 'Official document',
  'named-official': 'Named official',
  'anonymous-source': 'Anonymous source',
  'other-outlet': 'Another outlet',
  reporting: 'The paper’s own reporting',
} as const
export type OriginatorKind = keyof typeof ORIGINATOR_KINDS
