/** One line of usage per command; kept apart from the commands so that printing them loads none. */
export const HELP = {
  check: 'check [--json|--summary]  validate all content and recompute every check',
  permalinks: 'permalinks [--update]     list published permalinks; --update adds new ones to permalinks.txt',
  build: 'build                     the site into out/ (npm run build): stage, then next build (the static export), then publish',
  serve: 'serve                     (npm start) build when out/ was made from other content or code, then serve out/ with the security headers on PORT (default 3000)',
  prepare:
    "prepare [--watch]         validate all content and stage the downloads (data, feeds, citations, search index) and the pages' data in .stage/downloads/; --watch restages on every edit",
  citations: "citations                 (run by prepare) format the pages' citations in a process of its own, from records sent over IPC",
  stage: 'stage                     step 1 of build: what next build reads, at once: prepare, contentlayer2 build and the browser scripts; social images with the CPU they leave',
  social:
    "social [--stage DIR] [--shard i/n]  draw the social images into .stage/images/ from prepare's stage, a process per core (publish does this when they are missing); --shard draws the i-th of n slices in this process",
  publish:
    'publish [--out DIR] [--stage DIR]  step 3 of build: put the staged downloads and images beside the pages in out/, strip the framework runtime, write the headers, check every permalink',
  bundle: 'bundle [--watch]    bundle the browser scripts (src/browser) into public/assets',
  search:
    'search "<query>" [--json] [--limit N] [--source S] [--unit U] [--arithmetic A] [--record R] [--sourcing S] [--topic T] [--dir DIR]  search the built index in out/search',
  extract: 'extract <article.txt> [--json] [--published YYYY-MM-DD] | extract <article.txt> --write --source <id> [--topic a,b]  list figures; --write drafts claims',
  data: 'data import <dataset-id>… [--check]  derive the tables in content/data/<id>/derived/ from the published file as dataset.yaml defines them; --check only compares',
  'add-source':
    'add-source --url U --publisher P --published YYYY-MM-DD --text FILE [--headline H] [--id ID] [--author A] [--section S]  add content/sources/<id>.mdx and its .txt',
} as const
