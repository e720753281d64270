import { describe, expect, it } from 'vitest'
import { checkAnchor, claimCheckPath, claimFilePath, claimImagePath, claimPath, datasetPath, sourcePath } from './paths'

describe('permalinks', () => {
  // prettier-ignore
  const rows: [string, string, string][] = [
    ['a claim',                  claimPath('asylum-allowed-share'),                 '/claims/asylum-allowed-share'],
    ['a check on its page',      claimCheckPath('asylum-allowed-share', 'share'),   '/claims/asylum-allowed-share#check-share'],
    ['the anchor of a check',    checkAnchor('share'),                              'check-share'],
    ['a claim\'s citation file', claimFilePath('asylum-allowed-share', 'csl.json'), '/claims/asylum-allowed-share.csl.json'],
    ['a claim\'s social image',  claimImagePath('asylum-allowed-share'),            '/claims/asylum-allowed-share/social.jpg'],
    ['a source',                 sourcePath('nypost-2024-06-18'),                   '/sources/nypost-2024-06-18'],
    ['a dataset',                datasetPath('ohss-usbp-encounters'),               '/data/ohss-usbp-encounters'],
  ]
  it.each(rows)('%s', (_, path, expected) => expect(path).toBe(expected))
})
