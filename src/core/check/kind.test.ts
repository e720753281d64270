import { describe, expect, it } from 'vitest'
import { checkKindOf, type CheckKind, type CheckKindInput } from './kind'

const none: CheckKindInput = { handCompleted: false, readsDataset: false, needsOutsideData: false, compared: null }

describe('checkKindOf', () => {
  // prettier-ignore
  const rows: [string, Partial<CheckKindInput>, CheckKind][] = [
    ['completed by hand against a publication',          { handCompleted: true, compared: [true, false] }, 'record'],
    ['read a dataset, compared with a figure',           { readsDataset: true, compared: [true, false] },  'record'],
    ['read a dataset, nothing compared',                 { readsDataset: true },                           'record'],
    ['names outside data not yet consulted',             { needsOutsideData: true },                       'record'],
    ['figures on both sides',                            { compared: [true, true] },                       'arithmetic'],
    ['a bare constant on the right ("3,200 ≥ 2,000")',   { compared: [true, false] },                      'context'],
    ['a bare constant on the left',                      { compared: [false, true] },                      'context'],
    ['constants on both sides',                          { compared: [false, false] },                     'context'],
    ['a figure worked out with nothing to compare',      {},                                               'context'],
  ]
  it.each(rows)('%s → %s', (_label, input, kind) => {
    expect(checkKindOf({ ...none, ...input })).toBe(kind)
  })
})
