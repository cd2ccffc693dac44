package main

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The planted story of the sample (testdata/README.md): region north falls
// from +20.4 in 2025-Q2 to +5.1 in 2025-Q3.
func TestCompareFindsTheSampleDrop(t *testing.T) {
	code, out, stderr := runCmd(t, "", "compare", "-from", "2025-Q2", "-to", "2025-Q3", "-where", "region=north", "-format", "json")
	require.Equal(t, exitOK, code, stderr)
	var rep struct {
		Where  []string
		Causes struct {
			From, To  string
			Points    float64
			Explained float64
			Residual  float64
			Change    struct {
				Difference struct{ Significant bool }
			}
			Rows []struct{ Key string }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, "2025-Q2", rep.Causes.From)
	assert.Equal(t, "2025-Q3", rep.Causes.To)
	assert.InDelta(t, -15.3, rep.Causes.Points, 0.05)
	assert.True(t, rep.Causes.Change.Difference.Significant)
	// The rows partition the responses, so they explain the whole change.
	assert.InDelta(t, rep.Causes.Points, rep.Causes.Explained+rep.Causes.Residual, 1e-9)
	assert.NotEmpty(t, rep.Causes.Rows)
}

func TestCompareUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"segment without values", []string{"compare", "-segment", "region"}, "needs -a VALUE and -b VALUE"},
		{"values without segment", []string{"compare", "-a", "north"}, "-a and -b need -segment"},
		{"bad where", []string{"compare", "-where", "north"}, "want COL=VALUE"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tc.args...)
			assert.Equal(t, exitUsage, code)
			assert.Contains(t, stderr, tc.want)
		})
	}
	code, _, stderr := runCmd(t, "", "compare", "-from", "1999-Q1", "-to", "2025-Q3")
	assert.Equal(t, exitData, code)
	assert.Contains(t, stderr, "periods with data: 2025-Q1, 2025-Q2, 2025-Q3, 2025-Q4")
}
