// Decline diagnoses a drop in NPS between two quarters, as an analyst would
// on the embedded sample:
//
//  1. find the drop: the quarterly trend of every segment (channel, tier,
//     region), keeping the largest fall between consecutive quarters that
//     is statistically significant;
//  2. explain it: discover the themes of all comments and split the drop by
//     theme with themes.LinkShift, into mix (the theme is raised by more
//     people) and rate (its mentioners score lower);
//  3. read it: the comments behind the top theme, from the detractors of
//     the quarter after the drop.
//
// Run it with: go run ./examples/decline
package main

import (
	"cmp"
	"context"
	"fmt"
	"log"
	"maps"
	"slices"
	"time"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// drop is a fall of NPS in one segment from one quarter to the next.
type drop struct {
	col, value, from, to string
	change               nps.Change
	tests                int // comparisons scanned to find it
}

func main() {
	responses, err := verbatim.Sample()
	if err != nil {
		log.Fatal(err)
	}
	d, err := largestDrop(responses, verbatim.SampleMapping().Segments)
	if err != nil {
		log.Fatal(err)
	}
	diff := d.change.Comparison.Difference
	fmt.Printf("largest significant drop: %s=%s, %s -> %s: %+.1f points (95%% CI %+.1f to %+.1f, p=%.3f)\n",
		d.col, d.value, d.from, d.to, d.change.Points, diff.Low, diff.High, diff.PValue)
	// Scanning many segments finds some drop by chance: the Bonferroni bound
	// says how much the p-value alone is worth. The themes must explain it.
	fmt.Printf("found among %d comparisons: Bonferroni-adjusted p=%.3f, so look for a cause before believing it\n",
		d.tests, min(1, diff.PValue*float64(d.tests)))

	comments := make([]string, len(responses))
	for i, r := range responses {
		comments[i] = r.Comment
	}
	model, err := themes.Discover(context.Background(), comments, themes.DiscoverSeed(1))
	if err != nil {
		log.Fatal(err)
	}
	// One mention per theme a comment carries, split into the two quarters
	// of the segment that dropped.
	var before, after themes.MentionSet
	var afterIdx []int
	for i, r := range responses {
		if r.Segments[d.col] != d.value {
			continue
		}
		set := &before
		switch quarter(r) {
		case d.from:
		case d.to:
			set, afterIdx = &after, append(afterIdx, i)
		default:
			continue
		}
		var ms []themes.Mention
		for _, m := range model.Memberships(i) {
			ms = append(ms, themes.Mention{Key: m.ID, Strength: m.Strength})
		}
		set.Responses = append(set.Responses, r)
		set.Mentions = append(set.Mentions, ms)
	}
	shift, err := themes.LinkShift(before, after)
	if err != nil {
		log.Fatal(err)
	}
	shift.From, shift.To = d.from, d.to
	fmt.Printf("\nwhat changed, by theme (%s):\n%-14s %15s %15s %7s %7s %7s\n", shift, "theme", "share", "NPS", "mix", "rate", "total")
	for _, row := range shift.Rows {
		fmt.Printf("%-14s %5.1f%% -> %5.1f%% %6s -> %-6s %+7.1f %+7.1f %+7.1f\n", row.Key,
			100*row.ShareBefore, 100*row.ShareAfter, score(row.NPSBefore), score(row.NPSAfter), row.Mix, row.Rate, row.Total)
	}

	fmt.Printf("(n<min: fewer than %d mentioners on that side, too few to score; themes short on both sides are pooled in %s)\n",
		themes.LinkDefaultMinSample, themes.ShiftOtherKey)

	top := shift.Rows[0].Key
	fmt.Printf("\n%s detractors in %s=%s, closest to theme %q:\n", d.to, d.col, d.value, top)
	for _, i := range closest(model, afterIdx, top, 4, func(i int) bool { return responses[i].Score <= 6 }) {
		fmt.Printf("  [%d] %s\n", responses[i].Score, responses[i].Comment)
	}
}

// closest returns up to n of the comments idx that pass keep and carry the
// theme id, most strongly first (ties in file order).
func closest(m *themes.Model, idx []int, id string, n int, keep func(int) bool) []int {
	strength := map[int]float64{}
	var out []int
	for _, i := range idx {
		for _, mb := range m.Memberships(i) {
			if mb.ID == id && keep(i) {
				strength[i] = mb.Strength
				out = append(out, i)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(strength[b], strength[a]) })
	return out[:min(n, len(out))]
}

// largestDrop scans each segment value's quarterly trend for the largest
// significant fall between consecutive quarters.
func largestDrop(rs []nps.Response, cols []string) (drop, error) {
	var best drop
	tests := 0
	for _, col := range cols {
		byValue := map[string][]nps.Response{}
		for _, r := range rs {
			byValue[r.Segments[col]] = append(byValue[r.Segments[col]], r)
		}
		values := slices.Sorted(maps.Keys(byValue)) // sorted: ties go to the first value
		for _, v := range values {
			trend, err := nps.TrendBy(byValue[v], nps.Quarter, time.UTC)
			if err != nil {
				return best, err
			}
			for _, p := range trend.Points {
				c := p.Change
				if c == nil || c.Skipped > 0 || c.Comparison.Insufficient {
					continue
				}
				tests++
				if c.Significant && c.Points < best.change.Points {
					best = drop{col, v, c.From, p.Label, *c, 0}
				}
			}
		}
	}
	if best.col == "" {
		return best, fmt.Errorf("no significant drop between consecutive quarters")
	}
	best.tests = tests
	return best, nil
}

func quarter(r nps.Response) string { return nps.Quarter.Label(nps.Quarter.Start(r.Time, time.UTC)) }

// score prints a row's NPS, or "n<min" when its group is too small to score.
func score(p *float64) string {
	if p == nil {
		return "n<min"
	}
	return fmt.Sprintf("%+.1f", *p)
}
