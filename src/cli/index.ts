import { runCheckCommand } from './check'
import { EXPORT_HELP, PREPARE_HELP, runExportCommand, runPrepareCommand } from './export'
import { SEARCH_HELP, runSearchCommand } from './search'
import { runPermalinksCommand } from './permalinks'
import { EXTRACT_HELP, runExtractCommand } from './extract'
import { ADD_SOURCE_HELP, runAddSourceCommand } from './add-source'
import { BUNDLE_HELP, runBundleCommand } from './bundle'

const COMMANDS: Record<string, { run: (args: string[]) => number | Promise<number>; help: string }> = {
  check: { run: runCheckCommand, help: 'check [--json|--summary]  validate all content and recompute every check' },
  permalinks: { run: runPermalinksCommand, help: 'permalinks [--update]     list published permalinks; --update adds new ones to permalinks.txt' },
  prepare: { run: () => runPrepareCommand(), help: PREPARE_HELP },
  export: { run: runExportCommand, help: EXPORT_HELP },
  search: { run: runSearchCommand, help: SEARCH_HELP },
  extract: { run: (args) => runExtractCommand(args), help: EXTRACT_HELP },
  bundle: { run: (args) => runBundleCommand(args), help: BUNDLE_HELP },
  'add-source': { run: (args) => runAddSourceCommand(args), help: ADD_SOURCE_HELP },
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  const command = name ? COMMANDS[name] : undefined
  if (!command) {
    console.error(`${name ? `Unknown command "${name}". ` : ''}Usage: npm run claims -- <command>\n${Object.values(COMMANDS).map((c) => `  ${c.help}`).join('\n')}`)
    return 2
  }
  return command.run(args)
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
