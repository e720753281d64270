import { UsageError, type Command } from './args'
import { HELP } from './help'

type Run = (args: string[]) => number | Promise<number>

// Each command loads its modules only when it runs: the extractor's language model, citeproc and
// the image renderer are seconds of start-up that `bundle` or `publish` should not pay.
const COMMANDS: Record<Command, () => Promise<Run>> = {
  check: async () => (await import('./check')).runCheckCommand,
  permalinks: async () => (await import('./permalinks')).runPermalinksCommand,
  prepare: async () => {
    // The citations child first, so that its start-up runs beside the loading of prepare's modules.
    const formatter = (await import('./citations')).startCitationFormatter()
    const { runPrepareCommand } = await import('./prepare')
    return (args) => runPrepareCommand(args, formatter)
  },
  citations: async () => (await import('./citations')).runCitationsCommand,
  build: async () => (await import('./build')).runBuildCommand,
  serve: async () => (await import('./serve')).runServeCommand,
  stage: async () => (await import('./stage')).runStageCommand,
  social: async () => (await import('./social')).runSocialCommand,
  publish: async () => (await import('./publish')).runPublishCommand,
  bundle: async () => (await import('./bundle')).runBundleCommand,
  search: async () => (await import('./search')).runSearchCommand,
  extract: async () => (await import('./extract')).runExtractCommand,
  data: async () => (await import('./data')).runDataCommand,
  'add-source': async () => (await import('./add-source')).runAddSourceCommand,
}

function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.hasOwn(COMMANDS, name)
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!isCommand(name)) {
    console.error(
      `${name ? `Unknown command "${name}". ` : ''}Usage: npm run claims -- <command>\n${Object.values(HELP)
        .map((help) => `  ${help}`)
        .join('\n')}`,
    )
    return 2
  }
  const run = await COMMANDS[name]()
  return run(args)
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    // A command line the command cannot run exits 2, as a usage error does by convention; anything else 1.
    process.exit(error instanceof UsageError ? 2 : 1)
  },
)
