import type { Metadata } from 'next'
import { VerdictBadge, StatusBadge } from '@/components/Badges'
import { CHECK_STATUSES, STATUS_LABELS } from '@/core/check/status'
import { VERDICTS, type VerdictId } from '@/core/check/verdict'
import { HEDGE_WORDS, type HedgeRule } from '@/core/figure'
import { ScrollRegion } from '@/components/ScrollRegion'

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How Claim Ledger reads a figure as written, turns it into an interval, checks it, and maps checks to a verdict.',
  alternates: { canonical: '/methodology' },
}

const RULES: { rule: HedgeRule; name: string; effect: string; example: string }[] = [
  { rule: 'rounded', name: 'Rounded', effect: 'The rounding of the written digits: half a unit of the last significant digit either side.', example: '“about 3,200” → 3,150 – 3,250' },
  { rule: 'lower-bound', name: 'Floor', effect: 'The written value is a minimum; the top is open.', example: '“more than 3,900” → at least 3,900' },
  { rule: 'upper-bound', name: 'Ceiling', effect: 'The written value is a maximum; the bottom is open.', example: '“up to 500” → at most 500' },
  { rule: 'just-below', name: 'Just below', effect: 'Between the bottom of the rounding and the written value.', example: '“nearly 3,000” → 2,500 – 3,000' },
]

export default function MethodologyPage() {
  const verdictIds = Object.keys(VERDICTS) as VerdictId[]
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <p className="lede">
        Figures in the news are rounded. A check that compared points would call “77%” wrong for 76.9%, so every
        figure here becomes the interval of values its wording allows, and every check is interval arithmetic.
      </p>

      <h2>From a figure as written to an interval</h2>
      <p>
        <strong>Written precision.</strong> A number is taken to be rounded to its last significant digit; the
        trailing zeros of a whole number are read as rounding. “499,000” is to the nearest thousand (498,500 –
        499,500); “77%” to the nearest point (76.5 – 77.5%); “1.8 million” to the nearest hundred thousand. Numbers
        spelled out (“two weeks”) and figures marked exact, such as a legal threshold, stay exact. The ends are
        worked out from the written decimals themselves, then rounded outward to the nearest number the computer
        holds, so “2.3” and “2.4” meet at 2.35 as they should instead of missing each other by 0.0000000000000004.
      </p>
      <p>
        <strong>Hedges.</strong> The hedge as written then applies one rule. “About”, “roughly” and “some” signal
        rounding and add nothing wider than the digits’ own rounding: a wider reading would be a guess.
      </p>
      <ScrollRegion label="Hedge rules">
        <table>
          <thead>
            <tr>
              <th scope="col">Rule</th>
              <th scope="col">Hedges</th>
              <th scope="col">Interval</th>
              <th scope="col">Example</th>
            </tr>
          </thead>
          <tbody>
            {RULES.map(({ rule, name, effect, example }) => (
              <tr key={rule}>
                <th scope="row">{name}</th>
                <td>
                  {rule === 'rounded' ? 'no hedge, ' : ''}
                  {Object.entries(HEDGE_WORDS)
                    .filter(([, mapped]) => mapped === rule)
                    .map(([word]) => `“${word}”`)
                    .join(', ')}
                </td>
                <td>{effect}</td>
                <td>{example}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        Dates name the whole span they cover: “September 2023” is September 1 – 30, 2023. Vague quantities (“thousands”,
        “hundreds”) and characterisations (“no dramatic impact”) are tracked as claims with no interval.
      </p>

      <h2>Checks</h2>
      <p>
        A check is an expression over literals, other claims’ figures (<code>ref(&quot;claim-id&quot;)</code>) and
        dates (<code>days(&quot;2024-06-05&quot;, &quot;2024-06-18&quot;)</code>, <code>fiscalYearEnd(2023)</code>),
        parsed by mathjs and evaluated with interval arithmetic: a sum’s interval runs from the sum of the lows to the
        sum of the highs, a quotient’s from the smallest to the largest ratio, and a divisor that could be zero is an
        error. The page shows each step. The result is compared with the claim’s stated interval, or with the right
        side of a comparison (<code>&gt;=</code>, <code>==</code> meaning “the intervals overlap”).
      </p>
      <p>
        Computers hold most decimals only approximately (0.1 + 0.2 is 0.30000000000000004 to them), so every step
        rounds its low end down and its high end up, and a literal such as 0.05 enters as the two nearest
        representable numbers either side of it. The computed interval therefore always contains the exact one:
        <code>2.3 + 0.05 == 2.35</code> holds, and no result is ever called inconsistent because of this rounding. At
        worst a comparison whose sides meet exactly at a number like 2.35 is reported inconclusive rather than
        settled.
      </p>
      <p>
        Interval arithmetic treats every mention of a figure as independent, so checks name each figure once: the
        change from “more than 3,900” to “about 3,200” is written <code>after / before − 1</code>, which gives a fall
        of at least 16.7%, not <code>(after − before) / before</code>, which would lose that bound. A result computed
        from an open-ended figure is only ever a bound, even when both its ends are finite.
      </p>
      <ul>
        {CHECK_STATUSES.map((status) => (
          <li key={status}>
            <StatusBadge status={status} /> {STATUS_LABELS[status].meaning}
          </li>
        ))}
      </ul>

      <h2>Verdicts</h2>
      <p>
        A claim’s verdict is computed from its checks and its sourcing, never typed in: the first rule that applies
        wins, from a failed check down. The rating is the number published in ClaimReview data (worst 1, best 5).
      </p>
      <ol reversed>
        {verdictIds.map((id) => (
          <li key={id}>
            <VerdictBadge verdict={{ id, ...VERDICTS[id] }} /> <strong>{VERDICTS[id].rating}</strong>:{' '}
            {VERDICTS[id].meaning}
          </li>
        ))}
      </ol>
      <p>
        A verdict says whether the article’s numbers hold together, not whether the world matches them. Where only
        outside data can settle a figure, the check names that data.
      </p>
    </article>
  )
}
