import Link from 'next/link'
import { ScrollRegion } from '@/components/ScrollRegion'
import { RECORD_FUNCTION_DOCS } from '@/core/data/functions'

/** The methodology of checks against the record: datasets, their rounding, the functions, their limits. */
export function RecordMethod() {
  return (
    <>
      <h2 id="record">Checking against the record</h2>
      <p>
        An article agreeing with itself is not a fact-check. Official datasets are kept with the content, each as the agency published it (the file itself, unchanged), with its
        metadata (publisher, page, file, date retrieved, coverage, what is counted, rounding, licence) and the tables derived from that file by a re-runnable import. The build
        refuses a dataset whose metadata is incomplete, whose file is missing or replaced, or whose tables no longer match the file: nobody edits a derived table by hand. Each
        dataset has a page under <Link href="/data">Data</Link> with its provenance, a chart of each series and the claims that read it.
      </p>
      <p>
        <strong>Rounding carries over.</strong> A dataset that publishes counts rounded to 10 makes each count an interval: 38,560 stands for 38,555 – 38,565, and a sum of N
        monthly rows carries N such roundings (±5 N). An exact dataset gives points. Two official series of the same thing can still differ by a few counts, because agencies revise
        their figures after release (May 2024: 117,910 in DHS’s statistics office file, 117,905 in CBP’s); a check names the file it used, and where two series exist the page shows
        both.
      </p>
      <ScrollRegion label="Functions that read the record">
        <table>
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">What it gives</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {RECORD_FUNCTION_DOCS.map((doc) => (
              <tr key={doc.name}>
                <th scope="row">
                  <code>{doc.usage}</code>
                </th>
                <td>{doc.gives}</td>
                <td>{doc.example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        <strong>What a record check can and cannot show.</strong> A monthly series bounds, but cannot settle, a figure for a window inside the month: that June 2024 averaged 2,784
        Border Patrol encounters a day does not say what June 5 – 17 averaged. Such checks show the figure for context and say what it does show (here, what June’s total leaves for
        the days outside the article’s window) without calling the claim right or wrong. A count of categories in a rounded table is a floor, and a table without a breakdown (by
        sector and nationality together, say) cannot test a claim that needs one. Where the article’s words allow two readings, each reading gets its own check, and the claim is
        rated on both.
      </p>
      <p>
        <strong>Checks completed by hand.</strong> A document no bundled dataset covers, such as a proclamation, is checked by hand: the check records the publication (publisher,
        title, address, date published, date consulted), the passage or table cited word for word, and the value found, and compares that value with the claim’s under the same
        rounding rules. A check that outside data would settle but that nobody has consulted yet names that data and stays “not checked against the record”.
      </p>
    </>
  )
}
