package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestThemesAssignCSVContract(t *testing.T) {
	code, out, stderr := runCmd(t, "", "themes", "-assign", "-format", "csv", "-k", "8")
	require.Equal(t, exitOK, code, stderr)
	recs := readCSV(t, out)
	assert.Equal(t, []string{"id", "theme", "themes", "label"}, recs[0])
	require.Len(t, recs, 5001, "one row per response of the sample")
	empty := 0
	for _, r := range recs[1:] {
		if r[1] == "" {
			empty++
			assert.Empty(t, r[2], "no-theme rows list no themes")
			assert.Empty(t, r[3])
			continue
		}
		ids := strings.Split(r[2], ";")
		assert.Equal(t, r[1], ids[0], "the main theme comes first in themes")
		assert.NotEmpty(t, r[3])
	}
	assert.Positive(t, empty, "empty and generic comments go to the no-theme group")
}

// A model saved by one run assigns the same themes in a later run.
func TestThemesSaveThenAssign(t *testing.T) {
	model := filepath.Join(t.TempDir(), "model.json")
	code, out1, stderr := runCmd(t, "", "themes", "-assign", "-format", "csv", "-k", "8", "-save", model)
	require.Equal(t, exitOK, code, stderr)
	_, err := os.Stat(model)
	require.NoError(t, err)
	code, out2, stderr := runCmd(t, "", "themes", "-assign", "-format", "csv", "-model", model)
	require.Equal(t, exitOK, code, stderr)
	a, b := readCSV(t, out1), readCSV(t, out2)
	require.Equal(t, len(a), len(b))
	same := 0
	for i := range a {
		if a[i][1] == b[i][1] {
			same++
		}
	}
	// Discover labels a comment by its cluster, Assign by the nearest
	// centroid; the two agree on most comments, not all (themes doc).
	assert.Greater(t, float64(same)/float64(len(a)), 0.8)

	bad := writeFile(t, "bad.json", "{not json")
	code, _, stderr = runCmd(t, "", "themes", "-model", bad)
	assert.Equal(t, exitData, code)
	assert.Contains(t, stderr, "bad.json")
}

func TestEvalOnSample(t *testing.T) {
	code, out, stderr := runCmd(t, "", "eval", "-gold", "gold_themes", "-format", "json")
	require.Equal(t, exitOK, code, stderr)
	var rep evalReport
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	// testdata/README.md: 736 of 5000 rows have no gold theme; 16 themes.
	assert.Equal(t, 4264, rep.Evaluated)
	assert.Equal(t, 736, rep.Unlabeled)
	assert.Equal(t, 16, rep.GoldK)
	assert.True(t, rep.NMI > 0 && rep.NMI <= 1)
	assert.True(t, rep.Purity > 0 && rep.Purity <= 1)

	code, _, stderr = runCmd(t, "", "eval")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, stderr, "-gold")
}
