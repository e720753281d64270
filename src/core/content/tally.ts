// The front page's counts, per axis: never one merged grade. `claims prepare` stages them for the overview (src/core/content/projections.ts).
import { AXES, AXIS_NAMES, type AxisName, type Axes, type Rating } from '../check/axes'
import type { CheckKind } from '../check/kind'
import type { CheckStatus } from '../check/status'

/** What the tallies read of a claim. */
export interface TallyClaim {
  readonly id: string
  readonly axes: Axes
  readonly rating: Rating | null
  readonly checks: readonly { readonly id: string; readonly kind: CheckKind; readonly status: CheckStatus }[]
  readonly identities: readonly { readonly check: string; readonly with: readonly { readonly claim: string; readonly check: string }[] }[]
}

export interface Tallies {
  /** Each axis's values in the documented order, with how many claims have each. */
  readonly axes: Record<AxisName, readonly { readonly id: string; readonly label: string; readonly count: number }[]>
  /** Claims with a record result (matches, misleading, contradicted or unsettled). */
  readonly checkedAgainstRecord: number
  /** Claims with an accuracy rating. */
  readonly rated: number
  /** Arithmetic checks that hold, and how many independent agreements they are once each identity counts once. */
  readonly agreements: { readonly checks: number; readonly independent: number }
}

/**
 * Counts per axis value, and the passing arithmetic checks with each identity counted once.
 * @example tallies(claims).agreements // { checks: 6, independent: 3 }
 */
export function tallies(claims: readonly TallyClaim[]): Tallies {
  const axes = Object.fromEntries(
    AXIS_NAMES.map((axis) => [
      axis,
      Object.entries(AXES[axis].values as Record<string, { label: string }>).map(([id, { label }]) => ({
        id,
        label,
        count: claims.filter((claim) => claim.axes[axis].id === id).length,
      })),
    ]),
  ) as unknown as Tallies['axes']
  const agreementKeys = new Set<string>()
  let checks = 0
  for (const claim of claims) {
    for (const check of claim.checks) {
      if (check.kind !== 'arithmetic' || check.status !== 'consistent') continue
      checks++
      const identity = claim.identities.find((link) => link.check === check.id)
      // An identity's key is the same from each member: all its checks, sorted.
      const members = identity ? [`${claim.id}#${check.id}`, ...identity.with.map((other) => `${other.claim}#${other.check}`)].sort() : [`${claim.id}#${check.id}`]
      agreementKeys.add(members.join(' '))
    }
  }
  return {
    axes,
    checkedAgainstRecord: claims.filter((claim) => claim.axes.record.id !== 'not-checked').length,
    rated: claims.filter((claim) => claim.rating !== null).length,
    agreements: { checks, independent: agreementKeys.size },
  }
}
