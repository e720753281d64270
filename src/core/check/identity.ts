// Checks on different claims that restate one identity (499,000 = 77% × 648,000, checked from each
// of its three figures) are one piece of evidence, not three: found here so they count once.

/** A check as identity detection reads it. */
export interface IdentityCandidate {
  readonly claimId: string
  readonly checkId: string
  /** Claims whose figures the check reads (`ref`s). */
  readonly refs: readonly string[]
  /** Its literals other than claims: numbers and calls such as `days(…)` (see expressionConstants). */
  readonly constants: readonly string[]
  /** Whether it compares its result with the claim's own stated figure (no relation, `compare: stated`). */
  readonly comparesStated: boolean
}

export interface IdentityMember {
  readonly claimId: string
  readonly checkId: string
}

/** Checks on two or more claims that state one identity. */
export interface IdentityGroup {
  /** The claims it relates, sorted. */
  readonly claims: readonly string[]
  /** The checks that state it, in the order given. */
  readonly members: readonly IdentityMember[]
}

// A power of ten only changes the unit (a share as a fraction or a percentage), not the identity.
const isUnitFactor = (constant: string) => /^1(?:0*)$/.test(constant)

/**
 * Groups checks that relate exactly the same set of claims (the checking claim and its refs), each
 * against the claim's stated figure, through the same constants other than unit factors: each group
 * is one identity checked from each of its figures. A set's checks from a single claim are no group.
 * @example identityGroups([share, count, applications]) // [{ claims: ['allowed', 'applications', 'share'], members: [3 checks] }]
 */
export function identityGroups(candidates: readonly IdentityCandidate[]): IdentityGroup[] {
  const bySignature = new Map<string, { claims: string[]; members: IdentityMember[] }>()
  for (const candidate of candidates) {
    if (!candidate.comparesStated || candidate.refs.length === 0) continue
    const claims = [...new Set([candidate.claimId, ...candidate.refs])].sort()
    if (claims.length < 2) continue
    const signature = JSON.stringify([claims, candidate.constants.filter((constant) => !isUnitFactor(constant)).sort()])
    const group = bySignature.get(signature) ?? { claims, members: [] }
    group.members.push({ claimId: candidate.claimId, checkId: candidate.checkId })
    bySignature.set(signature, group)
  }
  return [...bySignature.values()].filter((group) => new Set(group.members.map((member) => member.claimId)).size > 1)
}

/**
 * How many independent pieces of evidence a list of checks is: each identity group counts once.
 * @example independentCount([{ claimId: 'a', checkId: 'x' }, { claimId: 'b', checkId: 'y' }], [{ claims: ['a', 'b'], members: [both] }]) // 1
 */
export function independentCount(checks: readonly IdentityMember[], groups: readonly IdentityGroup[]): number {
  const groupOf = new Map<string, number>()
  groups.forEach((group, index) => group.members.forEach((member) => groupOf.set(`${member.claimId}\u0000${member.checkId}`, index)))
  const seen = new Set<string>()
  for (const check of checks) {
    const key = `${check.claimId}\u0000${check.checkId}`
    const group = groupOf.get(key)
    seen.add(group === undefined ? key : `group ${group}`)
  }
  return seen.size
}
