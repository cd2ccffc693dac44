package sentiment_test

import (
	"testing"

	"github.com/verbatim-go/verbatim/sentiment"
)

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "Good but slow!!!", "not very GOOD :(", "didn\uFFFDt work", "Although late, great.\nBut no signal",
		"no one called back 😡😡", "\xff\xfe not", "a bit, so, very", "£30 refund... still waiting?!"} {
		f.Add(s)
	}
	a := sentiment.New()
	f.Fuzz(func(t *testing.T, s string) {
		r := a.Analyze(s)
		if !(r.Compound >= -1 && r.Compound <= 1) {
			t.Fatalf("compound %v outside [-1, 1]", r.Compound)
		}
		if c, _ := a.Score(s); c != r.Compound {
			t.Fatalf("Score %v != Analyze %v", c, r.Compound)
		}
		for _, e := range r.Evidence {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("evidence %+v has invalid offsets for %q", e, s)
			}
		}
		for _, st := range r.Sentences {
			if !(st.Compound >= -1 && st.Compound <= 1) || st.Start < 0 || st.End > len(s) || st.Start > st.End {
				t.Fatalf("sentence %+v invalid for %q", st, s)
			}
			for _, e := range st.Evidence {
				if e.Start < st.Start || e.End > st.End {
					t.Fatalf("evidence %+v outside its sentence %d-%d", e, st.Start, st.End)
				}
			}
		}
	})
}
