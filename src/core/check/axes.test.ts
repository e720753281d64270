import { describe, expect, it } from 'vitest'
import { ORIGINATOR_KINDS, type OriginatorKind } from '../content/originators'
import { AXES, arithmeticAxis, axesLine, checkedSummary, ratingOf, recordAxis, sourcingAxis, type AxisCheck } from './axes'
import type { CheckKind } from './kind'
import type { CheckStatus } from './status'

const checks = (...specs: `${CheckKind}:${CheckStatus}`[]): AxisCheck[] =>
  specs.map((spec) => {
    const [kind, status] = spec.split(':') as [CheckKind, CheckStatus]
    return { kind, status }
  })

describe('arithmeticAxis', () => {
  // prettier-ignore
  const rows: [string, AxisCheck[], string][] = [
    ['no checks',                                 checks(),                                                     'nothing-to-compute'],
    ['only context (a constant, a derivation)',   checks('context:consistent', 'context:derived'),              'nothing-to-compute'],
    ['only record checks',                        checks('record:consistent', 'record:needs-outside-data'),     'nothing-to-compute'],
    ['one arithmetic check holds',                checks('arithmetic:consistent', 'record:needs-outside-data'), 'adds-up'],
    ['holds and a bound',                         checks('arithmetic:consistent', 'arithmetic:bound-only'),     'adds-up'],
    ['a failure outranks a hold',                 checks('arithmetic:consistent', 'arithmetic:inconsistent'),   'does-not-add-up'],
    ['only a bound',                              checks('arithmetic:bound-only'),                              'bound-only'],
    ['only an inconclusive comparison',           checks('arithmetic:inconclusive'),                            'bound-only'],
    ['a failing constant comparison is context',  checks('context:inconsistent', 'arithmetic:consistent'),      'adds-up'],
  ]
  it.each(rows)('%s → %s', (_label, input, id) => {
    expect(arithmeticAxis(input).id).toBe(id)
  })
})

describe('recordAxis', () => {
  // prettier-ignore
  const rows: [string, AxisCheck[], string | undefined, string][] = [
    ['nothing checked',                                   checks(),                                                  undefined,         'not-checked'],
    ['named data not yet consulted is not a result',      checks('record:needs-outside-data'),                       undefined,         'not-checked'],
    ['arithmetic alone never reaches the record',         checks('arithmetic:consistent', 'context:consistent'),     undefined,         'not-checked'],
    ['missing context without a record result',           checks('record:needs-outside-data'),                       'Leaves out X.',   'not-checked'],
    ['all record checks hold',                            checks('record:consistent', 'record:needs-outside-data'),  undefined,         'matches'],
    ['holds, with missing context stated',                checks('record:consistent'),                               'Leaves out X.',   'misleading'],
    ['holds on one reading, fails on another',            checks('record:consistent', 'record:inconsistent'),        undefined,         'misleading'],
    ['only fails',                                        checks('record:inconsistent', 'record:bound-only'),        undefined,         'contradicted'],
    ['only bounds: the record does not settle it',        checks('record:bound-only', 'record:inconclusive'),        undefined,         'unsettled'],
    ['holds plus unsettled results',                      checks('record:consistent', 'record:bound-only'),          undefined,         'matches'],
  ]
  it.each(rows)('%s → %s', (_label, input, missingContext, id) => {
    expect(recordAxis(input, missingContext).id).toBe(id)
  })
})

describe('sourcingAxis', () => {
  // prettier-ignore
  const rows: [OriginatorKind, string][] = [
    ['official-data',     'named-record'],
    ['official-document', 'named-record'],
    ['named-official',    'named-person'],
    ['leaked-data',       'anonymous-or-leaked'],
    ['anonymous-source',  'anonymous-or-leaked'],
    ['other-outlet',      'unattributed'],
    ['reporting',         'unattributed'],
  ]
  it.each(rows)('%s → %s', (kind, id) => {
    expect(sourcingAxis(kind).id).toBe(id)
  })

  it('maps every originator kind the content schema allows', () => {
    for (const kind of Object.keys(ORIGINATOR_KINDS) as OriginatorKind[]) expect(Object.keys(AXES.sourcing.values)).toContain(sourcingAxis(kind).id)
  })
})

describe('ratingOf', () => {
  // prettier-ignore
  const rows: [string, number | null][] = [
    ['matches',      3],
    ['misleading',   2],
    ['contradicted', 1],
    ['unsettled',    null],
    ['not-checked',  null],
  ]
  it.each(rows)('%s → %s', (id, value) => {
    const record = recordAxis(
      id === 'not-checked'
        ? []
        : checks(
            id === 'matches' ? 'record:consistent' : id === 'contradicted' ? 'record:inconsistent' : id === 'unsettled' ? 'record:bound-only' : 'record:consistent',
            ...(id === 'misleading' ? (['record:inconsistent'] as const) : []),
          ),
    )
    expect(record.id).toBe(id)
    const rating = ratingOf(record)
    expect(rating?.value ?? null).toBe(value)
    if (rating) expect(rating).toMatchObject({ best: 3, worst: 1, label: record.label })
  })

  it('never rates a claim whose only support is its own arithmetic and good sourcing', () => {
    const record = recordAxis(checks('arithmetic:consistent', 'arithmetic:consistent', 'context:consistent'))
    expect(ratingOf(record)).toBeNull()
    expect(axesLine({ arithmetic: arithmeticAxis(checks('arithmetic:consistent')), record, sourcing: sourcingAxis('official-data') }, null)).not.toMatch(/Rating/)
  })
})

describe('checkedSummary', () => {
  // prettier-ignore
  const rows: [string, AxisCheck[], boolean, [number, number], string][] = [
    ['arithmetic in one identity, the record named',  checks('arithmetic:consistent', 'record:needs-outside-data'), false, [1, 2],
      'Checked: the article’s own arithmetic (1 check, one identity with 2 other claims, counted once). Not checked: the record (1 named source not yet consulted).'],
    ['one of two checks in an identity',              checks('arithmetic:consistent', 'arithmetic:consistent'),   false, [1, 1],
      'Checked: the article’s own arithmetic (2 checks, 1 of them one identity with 1 other claim, counted once). Not checked: the record (no data named).'],
    ['a vague figure with nothing named',             checks(),                                                   true,  [0, 0],
      'Checked: nothing. Not checked: the arithmetic (a vague figure has no number to compute with); the record (no data named).'],
    ['only a comparison with a constant',             checks('context:consistent'),                               true,  [0, 0],
      'Checked: nothing; 1 context check shown, not counted. Not checked: the arithmetic (a vague figure has no number to compute with); the record (no data named).'],
    ['the record, with something unsettled',          checks('record:consistent', 'record:bound-only', 'record:needs-outside-data'), false, [0, 0],
      'Checked: the record (2 checks, 1 not settled by it). Not checked: the arithmetic (no other figure in the article relates to it); more of the record (1 named source not yet consulted).'],
    ['everything',                                    checks('arithmetic:consistent', 'record:consistent'),       false, [0, 0],
      'Checked: the article’s own arithmetic (1 check) and the record (1 check).'],
  ]
  it.each(rows)('%s', (_label, input, vague, [identityChecks, identityWith], line) => {
    const summary = checkedSummary({ checks: input, vague, identityChecks, identityWith })
    expect(summary).toBe(line)
    expect(summary).not.toContain('\n')
  })
})
