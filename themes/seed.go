package themes

import (
	"fmt"
	"strings"
)

// SeedTheme is a theme the caller names in advance with the words that
// mark it ("Billing": "bill", "charge", "refund"). Terms are written as
// people write them; each is analysed like a comment, so "charges" and
// "charged" both match "charge", and a term of two or three words matches
// the phrase when Discover found it, otherwise all of its words.
type SeedTheme struct {
	Name  string   `json:"name"`
	Terms []string `json:"terms"`
}

func validateSeeds(seeds []SeedTheme) error {
	seen := map[string]int{}
	for i, s := range seeds {
		name := strings.TrimSpace(s.Name)
		if name == "" {
			return fmt.Errorf("%w: seed theme %d has no name", ErrDiscoverOption, i+1)
		}
		if j, dup := seen[strings.ToLower(name)]; dup {
			return fmt.Errorf("%w: seed theme %d: name %q repeats seed theme %d", ErrDiscoverOption, i+1, name, j+1)
		}
		seen[strings.ToLower(name)] = i + 1
		if len(s.Terms) == 0 {
			return fmt.Errorf("%w: seed theme %d (%q) has no terms", ErrDiscoverOption, i+1, name)
		}
	}
	return nil
}

// seedMatcher finds the seed themes a comment's columns point to.
type seedMatcher struct {
	// alts[s] lists the alternatives of seed s; an alternative matches
	// when the row holds all of its columns.
	alts [][][]int32
}

// newSeedMatcher resolves seed terms to vocabulary columns. A term none of
// whose words is in the vocabulary is reported: the caller named a word
// the comments never use (or one pruned as too rare or too common).
func newSeedMatcher(a *Analyzer, seeds []SeedTheme, col func(string) (int32, bool)) (*seedMatcher, error) {
	m := &seedMatcher{alts: make([][][]int32, len(seeds))}
	for s, seed := range seeds {
		for _, term := range seed.Terms {
			key := a.Key(term)
			if key == "" {
				return nil, fmt.Errorf("%w: seed theme %q: term %q has no content word", ErrDiscoverOption, seed.Name, term)
			}
			if c, ok := col(key); ok {
				m.alts[s] = append(m.alts[s], []int32{c})
				continue
			}
			var all []int32
			for _, w := range strings.Fields(key) {
				if c, ok := col(w); ok {
					all = append(all, c)
				}
			}
			if len(all) > 0 && len(all) == len(strings.Fields(key)) {
				m.alts[s] = append(m.alts[s], all)
			}
		}
		if len(m.alts[s]) == 0 {
			return nil, fmt.Errorf("%w: seed theme %q: none of its terms %q is in the vocabulary", ErrDiscoverOption, seed.Name, seed.Terms)
		}
	}
	return m, nil
}

// match returns the seed with the most matching alternatives in a row
// (sorted columns), ties to the first seed, or -1 when none matches.
func (m *seedMatcher) match(cols []int32) int {
	best, bestN := -1, 0
	for s, alts := range m.alts {
		n := 0
		for _, alt := range alts {
			if seedHasAll(cols, alt) {
				n++
			}
		}
		if n > bestN {
			best, bestN = s, n
		}
	}
	return best
}

func seedHasAll(sorted []int32, want []int32) bool {
	for _, w := range want {
		if !seedContains(sorted, w) {
			return false
		}
	}
	return true
}

func seedContains(sorted []int32, c int32) bool {
	lo, hi := 0, len(sorted)
	for lo < hi {
		mid := (lo + hi) / 2
		switch {
		case sorted[mid] == c:
			return true
		case sorted[mid] < c:
			lo = mid + 1
		default:
			hi = mid
		}
	}
	return false
}
