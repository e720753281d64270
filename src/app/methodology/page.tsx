import type { Metadata } from 'next'
import { AxisBadge, KindBadge, StatusBadge } from '@/components/Badges'
import { AXES, AXIS_NAMES, RATING_SCALE, RATING_VALUES, RECORD_VALUES, type RecordId } from '@/core/check/axes'
import { CHECK_KINDS, CHECK_KIND_LABELS } from '@/core/check/kind'
import { CHECK_STATUSES, STATUS_LABELS } from '@/core/check/status'
import { HEDGE_WORDS, type HedgeRule } from '@/core/figure'
import { ScrollRegion } from '@/components/ScrollRegion'
import { RecordMethod } from './_components/RecordMethod'

export const metadata: Metadata = {
  title: 'Methodology',
  description: 'How Claim Ledger reads a figure as written, turns it into an interval, checks it, and reports the verdict as three axes: arithmetic, record and sourcing.',
  alternates: { canonical: '/methodology' },
}

const RULES: { rule: HedgeRule; name: string; effect: string; example: string }[] = [
  {
    rule: 'rounded',
    name: 'Rounded',
    effect: 'The rounding of the written digits: half a unit of the last significant digit either side.',
    example: '“about 3,200” → 3,150 – 3,250',
  },
  { rule: 'lower-bound', name: 'Floor', effect: 'The written value is a minimum; the top is open.', example: '“more than 3,900” → at least 3,900' },
  { rule: 'upper-bound', name: 'Ceiling', effect: 'The written value is a maximum; the bottom is open.', example: '“up to 500” → at most 500' },
  { rule: 'just-below', name: 'Just below', effect: 'Between the bottom of the rounding and the written value.', example: '“nearly 3,000” → 2,500 – 3,000' },
]

export default function MethodologyPage() {
  const rated = (Object.keys(RATING_VALUES) as RecordId[]).map((id) => ({ id, value: RATING_VALUES[id] }))
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <p className="lede">
        Figures in the news are rounded. A check that compared points would call “77%” wrong for 76.9%, so every figure here becomes the interval of values its wording allows, and
        every check is interval arithmetic.
      </p>

      <h2>From a figure as written to an interval</h2>
      <p>
        <strong>Written precision.</strong> A number is taken to be rounded to its last significant digit; the trailing zeros of a whole number are read as rounding. “499,000” is
        to the nearest thousand (498,500 – 499,500); “77%” to the nearest point (76.5 – 77.5%); “1.8 million” to the nearest hundred thousand. Numbers spelled out (“two weeks”) and
        figures marked exact, such as a legal threshold, stay exact. The ends are worked out from the written decimals themselves, then rounded outward to the nearest number the
        computer holds, so “2.3” and “2.4” meet at 2.35 as they should instead of missing each other by 0.0000000000000004.
      </p>
      <p>
        <strong>Hedges.</strong> The hedge as written then applies one rule. “About”, “roughly” and “some” signal rounding and add nothing wider than the digits’ own rounding: a
        wider reading would be a guess.
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
        Dates name the whole span they cover: “September 2023” is September 1 – 30, 2023. Vague quantities (“thousands”, “hundreds”) and characterisations (“no dramatic impact”)
        are tracked as claims with no interval.
      </p>

      <h2>Checks</h2>
      <p>
        A check is an expression over literals, other claims’ figures (<code>ref(&quot;claim-id&quot;)</code>) and dates (
        <code>days(&quot;2024-06-05&quot;, &quot;2024-06-18&quot;)</code>, <code>fiscalYearEnd(2023)</code>), parsed by mathjs and evaluated with interval arithmetic: a sum’s
        interval runs from the sum of the lows to the sum of the highs, a quotient’s from the smallest to the largest ratio, and a divisor that could be zero is an error. The page
        shows each step. The result is compared with the claim’s stated interval, or with the right side of a comparison (<code>&gt;=</code>, <code>==</code> meaning “the intervals
        overlap”).
      </p>
      <p>
        Computers hold most decimals only approximately (0.1 + 0.2 is 0.30000000000000004 to them), so every step rounds its low end down and its high end up, and a literal such as
        0.05 enters as the two nearest representable numbers either side of it. The computed interval therefore always contains the exact one:
        <code>2.3 + 0.05 == 2.35</code> holds, and no result is ever called inconsistent because of this rounding. At worst a comparison whose sides meet exactly at a number like
        2.35 is reported inconclusive rather than settled.
      </p>
      <p>
        Interval arithmetic treats every mention of a figure as independent, so checks name each figure once: the change from “more than 3,900” to “about 3,200” is written{' '}
        <code>after / before − 1</code>, which gives a fall of at least 16.7%, not <code>(after − before) / before</code>, which would lose that bound. A result computed from an
        open-ended figure is only ever a bound, even when both its ends are finite.
      </p>
      <ul>
        {CHECK_STATUSES.map((status) => (
          <li key={status}>
            <StatusBadge status={status} /> {STATUS_LABELS[status].meaning}
          </li>
        ))}
      </ul>

      <h2>What a check is evidence of</h2>
      <p>Every check has a kind, computed from what it reads and compares, never typed in:</p>
      <ul>
        {CHECK_KINDS.map((kind) => (
          <li key={kind}>
            <KindBadge kind={kind} /> {CHECK_KIND_LABELS[kind].meaning}
          </li>
        ))}
      </ul>
      <p>
        The order is: a check that read a dataset or cites a publication is a record check; a check that names the data it needs but has not consulted it is a record check still to
        do; a comparison of which both sides involve the article’s figures is arithmetic; a comparison with a bare constant (“3,200 ≥ 2,000”, the last day of a fiscal year), or a
        figure worked out with nothing to compare it to, is context.
      </p>

      <RecordMethod />

      <h2>Three axes, not one scale</h2>
      <p>
        A verdict is three separate answers, each computed from the checks or the sourcing by one rule, and shown side by side wherever a verdict appears: on the claim page, in
        lists and search results, on the social card, in the feeds and in <code>claims.json</code>. They are never added up into one grade: that the article agrees with itself says
        nothing about whether the world agrees with it, and a well-sourced figure can still be wrong. Every verdict block starts with one line saying what was and was not checked.
      </p>
      {AXIS_NAMES.map((axis) => (
        <section key={axis} aria-labelledby={`axis-${axis}`}>
          <h3 id={`axis-${axis}`}>
            {AXES[axis].name}: {AXES[axis].question}
          </h3>
          <p>
            <strong>Rule.</strong> {AXES[axis].rule}
          </p>
          <ul>
            {Object.entries(AXES[axis].values).map(([id, value]) => (
              <li key={id}>
                <AxisBadge axis={axis} value={{ id, label: value.label }} /> {value.meaning}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h3>One identity counts once</h3>
      <p>
        “77%” of “648,000” is “499,000”: checking the share, the count and the total each against the other two is one identity checked three times, not three pieces of evidence.
        Checks on different claims that relate exactly the same claims against each one’s stated figure, through the same constants (other than unit factors such as 100), are found
        automatically and shown as one identity on each member’s page; tallies count it once.
      </p>

      <h3>Inferred inputs and face values</h3>
      <p>
        Where a check needs an input the article does not state, such as the number of days in “the days since” the order, the input is marked inferred, with why, and the check is
        redone at each end of its plausible range, so the page shows how the result moves. Where a figure is open-ended (“more than 3,900”), a result is only a bound; it is shown
        beside its face-value reading: a fall of at least 16.7%, 17.9% at face value.
      </p>

      <h2>How the axes make a rating</h2>
      <p>
        Only the record axis makes an accuracy rating, and only when it has a result. The rating is published in ClaimReview data (best {RATING_SCALE.best}, worst{' '}
        {RATING_SCALE.worst}, with the label as its <code>alternateName</code>); a claim not checked against the record carries no <code>reviewRating</code> at all, in ClaimReview,
        the feeds or <code>claims.json</code>, whatever its arithmetic and sourcing.
      </p>
      <ul>
        {rated.map(({ id, value }) => (
          <li key={id}>
            <AxisBadge axis="record" value={{ id, label: RECORD_VALUES[id].label }} /> rating <strong>{value}</strong>
          </li>
        ))}
      </ul>
      <p>
        “Checked, not settled” (the record does not settle it) and “not yet checked” carry no rating. Where only outside data can settle a figure and it has not been consulted yet,
        the check names that data.
      </p>
    </article>
  )
}
