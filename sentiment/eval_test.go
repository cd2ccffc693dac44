package sentiment_test

import (
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/internal/shared"
	"github.com/verbatim-go/verbatim/sentiment"
)

// evalRow is one labelled comment of a development data set.
type evalRow struct {
	text  string
	score int // the 0-10 score (NPS) or the 1-5 rating
	gold  sentiment.Label
}

// evalSet describes how to read a data set of ../shared/data.
type evalSet struct {
	file, textCol, goldCol string
	gold                   func(score int) (sentiment.Label, error)
	// vaderFloor is the macro-F1 VADER reached in ../shared/bench/README.md,
	// used as the bar when node or the VADER scratch folder is absent.
	vaderFloor float64
}

var evalSets = []evalSet{
	{file: "womens_clothing_reviews.csv", textCol: "Review Text", goldCol: "Rating", gold: ratingLabel, vaderFloor: 0.422},
	{file: "nps_verbatims_dev.csv", textCol: "comment", goldCol: "score", gold: sentiment.WeakLabel, vaderFloor: 0.513},
}

// ratingLabel: 1-2 stars negative, 3 neutral, 4-5 positive (the bench README).
func ratingLabel(r int) (sentiment.Label, error) {
	switch {
	case r < 1 || r > 5:
		return 0, fmt.Errorf("rating %d outside 1-5", r)
	case r <= 2:
		return sentiment.Negative, nil
	case r == 3:
		return sentiment.Neutral, nil
	}
	return sentiment.Positive, nil
}

// loadEval reads the rows with a comment and a score; rows with an empty
// comment or an NA score carry nothing to judge and are left out (for both
// verbatim and VADER, which are given the same rows).
func loadEval(t testing.TB, set evalSet) []evalRow {
	f, err := os.Open(shared.Data(t, set.file))
	require.NoError(t, err)
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	ti, gi := indexOf(recs[0], set.textCol), indexOf(recs[0], set.goldCol)
	require.True(t, ti >= 0 && gi >= 0, "columns %q %q in %s", set.textCol, set.goldCol, set.file)
	var rows []evalRow
	for n, r := range recs[1:] {
		if strings.TrimSpace(r[ti]) == "" || r[gi] == "NA" {
			continue
		}
		s, err := strconv.Atoi(r[gi])
		require.NoError(t, err, "%s row %d", set.file, n+2)
		g, err := set.gold(s)
		require.NoError(t, err, "%s row %d", set.file, n+2)
		rows = append(rows, evalRow{text: r[ti], score: s, gold: g})
	}
	return rows
}

func indexOf(h []string, name string) int {
	for i, c := range h {
		if c == name {
			return i
		}
	}
	return -1
}

func evaluate(a *sentiment.Analyzer, rows []evalRow) sentiment.Confusion {
	var c sentiment.Confusion
	for _, r := range rows {
		_, l := a.Score(r.text)
		c.Add(r.gold, l)
	}
	return c
}

// vaderScores runs ../shared/bench/vader_sentiment.js on rows and returns
// its accuracy and macro-F1, or ok=false when node or VADER is absent.
func vaderScores(t *testing.T, rows []evalRow) (acc, f1 float64, ok bool) {
	t.Helper()
	node, err := exec.LookPath("node")
	root := shared.Root()
	modules := filepath.Join(root, "..", "vader-scratch", "node_modules")
	if p := os.Getenv("VADER_NODE_PATH"); p != "" {
		modules = p
	}
	script := filepath.Join(root, "bench", "vader_sentiment.js")
	if err != nil || root == "" || !exists(filepath.Join(modules, "vader-sentiment")) || !exists(script) {
		return 0, 0, false
	}
	file := filepath.Join(t.TempDir(), "rows.csv")
	f, err := os.Create(file)
	require.NoError(t, err)
	w := csv.NewWriter(f)
	require.NoError(t, w.Write([]string{"text", "gold"}))
	for _, r := range rows {
		require.NoError(t, w.Write([]string{r.text, r.gold.String()}))
	}
	w.Flush()
	require.NoError(t, w.Error())
	require.NoError(t, f.Close())
	cmd := exec.Command(node, script, file, "text", "gold")
	cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
	out, err := cmd.Output()
	require.NoError(t, err, "vader: %s", out)
	m := regexp.MustCompile(`accuracy=([0-9.]+) macroF1=([0-9.]+)`).FindSubmatch(out)
	require.NotNil(t, m, "vader output %q", out)
	acc, _ = strconv.ParseFloat(string(m[1]), 64)
	f1, _ = strconv.ParseFloat(string(m[2]), 64)
	return acc, f1, true
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }

func halves(rows []evalRow) (even, odd []evalRow) {
	for i, r := range rows {
		if i%2 == 0 {
			even = append(even, r)
		} else {
			odd = append(odd, r)
		}
	}
	return even, odd
}
