package nps_test

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/nps"
)

// FuzzSummaryJSON feeds arbitrary scores and weights: invalid ones must be
// rejected with an error, and every summary and comparison of what was
// accepted must encode to JSON (which fails on NaN and infinities).
func FuzzSummaryJSON(f *testing.F) {
	f.Add(9, 1.0, 3, 0.0, 7, 2.5)
	f.Add(10, 1e9, 0, 1e-6, 11, -1.0)
	f.Add(5, math.MaxFloat64, 6, math.SmallestNonzeroFloat64, 8, math.NaN())
	f.Fuzz(func(t *testing.T, s1 int, w1 float64, s2 int, w2 float64, s3 int, w3 float64) {
		var a, b nps.Tally
		for i, r := range []nps.Response{{Score: s1, Weight: w1}, {Score: s2, Weight: w2}, {Score: s3, Weight: w3}} {
			target := &a
			if i == 2 {
				target = &b
			}
			_ = target.Add(r) // rejected responses leave the tally unchanged
		}
		for _, x := range []any{
			a.Summary(nps.WithAdjustedWald()), b.Summary(),
			nps.CompareTallies(a, b, nps.WithMinSample(0)),
			nps.Diagnose(a.Summary()),
		} {
			_, err := json.Marshal(x)
			require.NoError(t, err)
		}
	})
}
