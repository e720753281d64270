import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { draftSource, SourceDraftError } from '@/core/extract/source'
import { ContentWriteError, writeContentFiles } from './content-writes'
import { parseCommandArgs, UsageError } from './args'
import { defaultIO, recoverFirst, type CommandIO } from './extract'

/** `claims add-source …`: writes a new source (frontmatter valid per the schema) and a copy of its text. */
export function runAddSourceCommand(args: readonly string[], io: CommandIO = defaultIO()): number {
  try {
    return addSource(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(error.message)
    return 2
  }
}

function addSource(args: readonly string[], io: CommandIO): number {
  const { values } = parseCommandArgs('add-source', args, {
    options: {
      url: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      text: { type: 'string' },
      headline: { type: 'string' },
      id: { type: 'string' },
      author: { type: 'string' },
      section: { type: 'string' },
    },
  })
  const missing = (['url', 'publisher', 'published', 'text'] as const).filter((name) => !values[name])
  if (missing.length > 0) throw new UsageError('add-source', `missing ${missing.map((name) => `--${name}`).join(', ')}`)
  const textFile = values.text as string
  if (!existsSync(textFile)) {
    io.err(`--text ${textFile}: no such file`)
    return 1
  }
  if (!recoverFirst(io)) return 1
  const text = readFileSync(textFile, 'utf8')
  let source
  try {
    source = draftSource({
      url: values.url as string,
      publisher: values.publisher as string,
      published: values.published as string,
      text,
      today: io.today,
      ...(values.headline ? { headline: values.headline } : {}),
      ...(values.id ? { id: values.id } : {}),
      ...(values.author ? { author: values.author } : {}),
      ...(values.section ? { section: values.section } : {}),
    })
  } catch (error) {
    if (!(error instanceof SourceDraftError)) throw error
    io.err(error.message)
    return 1
  }
  const sourcesDir = path.join(io.dir, 'sources')
  const target = path.join(sourcesDir, `${source.id}.mdx`)
  // Both files or neither; 'create': a source id is chosen once, so an existing file (other than this very one,
  // from a run repeated) is refused rather than replaced.
  let status
  try {
    status = writeContentFiles(io.dir, [
      { path: `sources/${source.id}.mdx`, content: source.file, policy: 'create' },
      { path: `sources/${source.id}.txt`, content: text, policy: 'create' },
    ]).files[0]?.status
  } catch (error) {
    if (!(error instanceof ContentWriteError)) throw error
    io.err(`${error.message}${error.refused.length > 0 ? '\nOr pass --id to choose another id.' : ''}`)
    return 1
  }
  io.out(`${status === 'unchanged' ? 'unchanged' : 'created  '} ${path.relative(process.cwd(), target)} (+ .txt)`)
  for (const exclusion of source.data.excluded) io.out(`excluded  “${exclusion.text}”: ${exclusion.reason}`)
  io.out(
    `\nEvery other number in the text needs a claim: npm run claims -- extract ${path.relative(process.cwd(), path.join(sourcesDir, `${source.id}.txt`))} --write --source ${source.id}`,
  )
  return 0
}
