import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { draftSource, SourceDraftError } from '@/core/extract/source'
import { defaultIO, type CommandIO } from './extract'

import { HELP } from './help'

const ADD_SOURCE_HELP = HELP['add-source']

/** `claims add-source …`: writes a new source (frontmatter valid per the schema) and a copy of its text. */
export function runAddSourceCommand(args: readonly string[], io: CommandIO = defaultIO()): number {
  let values
  try {
    values = parseArgs({
      args: [...args],
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
    }).values
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run claims -- ${ADD_SOURCE_HELP}`)
    return 2
  }
  const missing = (['url', 'publisher', 'published', 'text'] as const).filter((name) => !values[name])
  if (missing.length > 0) {
    io.err(`Missing ${missing.map((name) => `--${name}`).join(', ')}.\nUsage: npm run claims -- ${ADD_SOURCE_HELP}`)
    return 2
  }
  const textFile = values.text as string
  if (!existsSync(textFile)) {
    io.err(`--text ${textFile}: no such file`)
    return 1
  }
  let source
  try {
    source = draftSource({
      url: values.url as string,
      publisher: values.publisher as string,
      published: values.published as string,
      text: readFileSync(textFile, 'utf8'),
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
  if (existsSync(target)) {
    io.err(`${path.relative(process.cwd(), target)} already exists; pass --id to choose another id`)
    return 1
  }
  mkdirSync(sourcesDir, { recursive: true })
  writeFileSync(target, source.file)
  writeFileSync(path.join(sourcesDir, `${source.id}.txt`), readFileSync(textFile, 'utf8'))
  io.out(`created   ${path.relative(process.cwd(), target)} (+ .txt)`)
  for (const exclusion of source.data.excluded) io.out(`excluded  “${exclusion.text}”: ${exclusion.reason}`)
  io.out(`\nEvery other number in the text needs a claim: npm run claims -- extract ${path.relative(process.cwd(), path.join(sourcesDir, `${source.id}.txt`))} --write --source ${source.id}`)
  return 0
}
