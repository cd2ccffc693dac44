package synth

import (
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCoverage: every theme and cause appears often enough to be found.
// The floors are design requirements (a theme an analyst could not see in
// 100 comments would not be a theme); the generated counts are in
// testdata/README.md.
func TestCoverage(t *testing.T) {
	rs := loadGolden(t)
	themes, mains, causes := map[string]int{}, map[string]int{}, map[string]int{}
	for _, r := range rs {
		for i, x := range r.themes {
			themes[x]++
			if i == 0 {
				mains[x]++
			}
		}
		require.NotEmpty(t, r.causes, r.id)
		for _, x := range r.causes {
			causes[x]++
		}
		if has(r.causes, string(CauseNone)) {
			assert.Len(t, r.causes, 1, "%s: none must stand alone", r.id)
		}
	}
	for _, th := range Themes() {
		assert.GreaterOrEqual(t, themes[th.Key], 100, th.Key)
		assert.GreaterOrEqual(t, mains[th.Key], 60, th.Key)
	}
	for _, c := range Causes() {
		assert.GreaterOrEqual(t, causes[string(c)], 80, c)
	}
	assert.Len(t, themes, len(Themes()), "no unknown theme keys")
	assert.Len(t, causes, len(Causes()), "no unknown cause keys")
}

// TestNoDuplicateComments: every comment with a theme is unique; only the
// generic and empty ones repeat, as they do in real surveys.
func TestNoDuplicateComments(t *testing.T) {
	seen := map[string]string{}
	generic := map[string]bool{}
	for _, xs := range genericByBand {
		for _, x := range xs {
			generic[lowerASCII(x)] = true
		}
	}
	for _, r := range loadGolden(t) {
		if len(r.themes) == 0 {
			assert.True(t, r.comment == "" || generic[lowerASCII(r.comment)],
				"%s: theme-less comment %q is not generic", r.id, r.comment)
			continue
		}
		if first, dup := seen[r.comment]; dup {
			t.Errorf("%s repeats the comment of %s: %q", r.id, first, r.comment)
		}
		seen[r.comment] = r.id
	}
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// TestEmptyAndGenericShare: the decks deal the designed shares of baseMix
// (empty 5.5%, generic 9.5%), so the realised shares are within half a
// point of them (rounding per cell, and story rows replacing a few).
func TestEmptyAndGenericShare(t *testing.T) {
	rows := Generate(DefaultSeed, DefaultSize)
	var empty, generic int
	for _, r := range rows {
		switch r.Kind {
		case KindEmpty:
			empty++
			assert.Empty(t, r.Comment)
		case KindGeneric:
			generic++
		}
	}
	n := float64(len(rows))
	assert.InDelta(t, baseMix[KindEmpty], float64(empty)/n, 0.005)
	assert.InDelta(t, baseMix[KindGeneric], float64(generic)/n, 0.005)
}

// TestScoresFollowContent checks the score against the comment's kind.
// Design shares from mix.go and metrics.go: praise is 86% promoters;
// severe complaints are 92% detractors of whom 82% score 0-4 (0.754 in all);
// mild complaints are 50% passives plus 45% detractors of whom 65% score
// 5-6 (0.79 in all). Floors sit a few points below these.
func TestScoresFollowContent(t *testing.T) {
	share := func(rows []Row, k Kind, lo, hi int) float64 {
		var in, all int
		for _, r := range rows {
			if r.Kind == k {
				all++
				if r.Score >= lo && r.Score <= hi {
					in++
				}
			}
		}
		return float64(in) / float64(all)
	}
	rows := Generate(DefaultSeed, DefaultSize)
	tests := []struct {
		name   string
		kind   Kind
		lo, hi int
		floor  float64
	}{
		{"praise scores 9-10", KindPraise, 9, 10, 0.80},
		{"severe complaints score 0-4", KindSevere, 0, 4, 0.70},
		{"mild complaints score 5-8", KindMild, 5, 8, 0.70},
		{"two complaints score 0-6", KindDouble, 0, 6, 0.78},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.GreaterOrEqual(t, share(rows, tc.kind, tc.lo, tc.hi), tc.floor)
		})
	}
	// Mismatches exist: praise scored as a detractor (design 3%).
	assert.Greater(t, share(rows, KindPraise, 0, 6), 0.01)
}

// TestMetricsFollowThemes: waits are longer for long-wait comments and
// transfers higher for transfer comments; self-service has no wait.
func TestMetricsFollowThemes(t *testing.T) {
	rows := Generate(DefaultSeed, DefaultSize)
	var long, other []float64
	var transfers, nonTransfers, missing, assisted int
	for _, r := range rows {
		if r.Channel == "self-service" {
			assert.False(t, r.HasWait, r.ID)
			assert.Zero(t, r.Transfers, r.ID)
			continue
		}
		assisted++
		if !r.HasWait {
			missing++
		}
		if r.Channel == "phone" {
			if hasTheme(&r, ThemeLongWait) {
				long = append(long, r.Wait)
			} else {
				other = append(other, r.Wait)
			}
		}
		if hasTheme(&r, ThemeTransferred) {
			assert.GreaterOrEqual(t, r.Transfers, 2, r.ID)
			transfers++
		} else {
			assert.LessOrEqual(t, r.Transfers, 2, r.ID)
			nonTransfers++
		}
	}
	// Design: the long-wait median is 7× the phone median (metrics.go).
	assert.Greater(t, median(long), 4*median(other))
	assert.InDelta(t, missingWait, float64(missing)/float64(assisted), 0.01)
	assert.Positive(t, transfers)
}

func median(x []float64) float64 {
	s := slices.Clone(x)
	sort.Float64s(s)
	return s[len(s)/2]
}

// TestDatesAndIDs: ids run r00001.. in date order over four quarters.
func TestDatesAndIDs(t *testing.T) {
	rs := loadGolden(t)
	require.Len(t, rs, DefaultSize)
	perQuarter := map[string]int{}
	for i, r := range rs {
		assert.Equal(t, "r"+leftPad(strconv.Itoa(i+1)), r.id)
		perQuarter[r.quarter]++
	}
	// 5000 rows over 365 uniform days: about 1250 a quarter.
	for _, q := range quarters {
		assert.InDelta(t, 1250, perQuarter[q], 100, q)
	}
	assert.Len(t, perQuarter, 4)
}

func leftPad(s string) string {
	for len(s) < 5 {
		s = "0" + s
	}
	return s
}
