// A problem with the content, named by file and field: shared by every module that validates it.

/** One problem with the content: which file, which field, what was wrong and what was expected. */
export interface ContentIssue {
  readonly file: string
  readonly field: string
  readonly message: string
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`
}

export class InvalidContentError extends Error {
  constructor(readonly issues: readonly ContentIssue[]) {
    super(`Invalid content (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`)
    this.name = 'InvalidContentError'
  }
}
