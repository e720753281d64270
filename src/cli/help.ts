/** One line of usage per command; kept apart from the commands so that printing them loads none. */
export const HELP = {
  check: 'check [--json|--summary]  validate all content and recompute every check',
  permalinks: 'permalinks [--update]     list published permalinks; --update adds new ones to permalinks.txt',
  prepare: 'prepare [--watch]         validate all content and stage the downloads (data, feeds, citations, search index) and the pages\' ledger in .export/downloads/; --watch restages on every edit',
  citations: 'citations                 (run by prepare) format the pages\' citations in a process of its own, from records sent over IPC',
  stage: 'stage                     what next build reads, at once: prepare, contentlayer2 build and bundle; social images with the CPU they leave, from when prepare has staged the cards until the lanes finish',
  social: 'social [--stage DIR] [--shard i/n]  draw the social images into .export/images/ from prepare\'s stage, a process per core (the export does this when they are missing); --shard draws the i-th of n slices in this process',
  export: 'export [--out DIR] [--stage DIR]  put the downloads beside the pages in out/, strip the framework runtime, check every permalink',
  bundle: 'bundle [--watch]    bundle the browser scripts (src/browser) into public/assets',
  search: 'search "<query>" [--json] [--limit N] [--source S] [--unit U] [--arithmetic A] [--record R] [--sourcing S] [--topic T] [--dir DIR]  search the built index in out/search',
  extract:
    'extract <article.txt> [--json] [--published YYYY-MM-DD] | extract <article.txt> --write --source <id> [--topic a,b]  list figures; --write drafts claims',
  data: 'data import <dataset-id>… [--check]  derive the tables in content/data/<id>/derived/ from the published file as dataset.yaml defines them; --check only compares',
  'add-source': 'add-source --url U --publisher P --published YYYY-MM-DD --text FILE [--headline H] [--id ID] [--author A] [--section S]  add content/sources/<id>.mdx and its .txt',
} as const
