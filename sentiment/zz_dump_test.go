package sentiment_test

import (
	"os"
	"strconv"
	"testing"

	"github.com/verbatim-go/verbatim/sentiment"
)

func TestDumpMismatch(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	a := sentiment.New()
	rows := loadEval(t, evalSets[1])
	for _, r := range rows {
		m, res, _ := a.Mismatch(r.score, r.text)
		if m != sentiment.NoMismatch {
			t.Logf("%v %d %.2f %q", m, r.score, res.Compound, r.text)
		}
	}
}

func TestDumpErrors(t *testing.T) {
	if os.Getenv("DUMP2") == "" {
		t.Skip()
	}
	a := sentiment.New()
	set := evalSets[1]
	if os.Getenv("DUMP2") == "cloth" {
		set = evalSets[0]
	}
	rows := loadEval(t, set)
	for i, r := range rows {
		if i%2 == 1 && os.Getenv("DUMP2") == "cloth" || i > 3000 {
			continue
		}
		res := a.Analyze(r.text)
		if res.Label != r.gold {
			ev := ""
			for _, e := range res.Evidence {
				ev += " " + e.Text + ":" + strconv.FormatFloat(e.Contribution, 'f', 1, 64)
			}
			t.Logf("G=%v P=%v %.2f %q |%s", r.gold, res.Label, res.Compound, r.text, ev)
		}
	}
}
