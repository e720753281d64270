import { parse as parseYaml, YAMLParseError } from 'yaml'

export interface ParsedDocument {
  readonly data: Record<string, unknown>
  readonly body: string
  /** The line of the file the body starts on, so that a problem in the body names the file's line. */
  readonly bodyLine: number
}

/** Thrown when a file's frontmatter cannot be read; names the line where the YAML breaks. */
export class FrontmatterError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FrontmatterError'
  }
}

/**
 * Splits an MDX file into its YAML frontmatter and body.
 * @example parseFrontmatter('---\nid: x\n---\nBody').data.id // 'x'
 */
export function parseFrontmatter(fileText: string): ParsedDocument {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(fileText)
  if (!match) throw new FrontmatterError('expected the file to open with YAML frontmatter between two "---" lines')
  let data: unknown
  try {
    data = parseYaml(match[1] ?? '', { prettyErrors: true, uniqueKeys: true })
  } catch (error) {
    const detail = error instanceof YAMLParseError ? error.message.split('\n')[0] : String(error)
    throw new FrontmatterError(`malformed YAML: ${detail}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontmatterError('expected the frontmatter to be a mapping of fields')
  }
  const body = match[2] ?? ''
  const bodyLine = fileText.slice(0, fileText.length - body.length).split('\n').length
  return { data: data as Record<string, unknown>, body, bodyLine }
}
