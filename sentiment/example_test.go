package sentiment_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/verbatim-go/verbatim/sentiment"
)

func ExampleAnalyzer_Analyze() {
	a := sentiment.New()
	r := a.Analyze("The engineer was friendly but I was on hold for ages. Not happy!")
	fmt.Printf("%s %.3f\n", r.Label, r.Compound)
	for _, s := range r.Sentences {
		fmt.Printf("sentence %d-%d: %s %.3f\n", s.Start, s.End, s.Label, s.Compound)
	}
	for _, e := range r.Evidence {
		fmt.Printf("  %q [%d:%d] %+.2f %s\n", e.Text, e.Start, e.End, e.Contribution, e.Rules)
	}
	// Output:
	// neg -0.491
	// sentence 0-53: neg -0.301
	// sentence 54-64: neg -0.605
	//   "friendly" [17:25] +1.40 before-contrast
	//   "on hold" [36:43] -1.95 after-contrast
	//   "ages" [48:52] -1.30 after-contrast
	//   "Not happy" [54:63] -2.30 exclaimed
}

func ExampleAnalyzer_Score() {
	a := sentiment.New()
	for _, c := range []string{"Went above and beyond!", "ok so far", "Still waiting, nobody called back", "not bad"} {
		compound, label := a.Score(c)
		fmt.Printf("%-36q %+.3f %s\n", c, compound, label)
	}
	// Output:
	// "Went above and beyond!"             +0.697 pos
	// "ok so far"                          +0.178 neu
	// "Still waiting, nobody called back"  -0.737 neg
	// "not bad"                            +0.400 pos
}

func ExampleAnalyzer_Mismatch() {
	a := sentiment.New()
	m, r, err := a.Mismatch(10, "Appalling, the router never arrived")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %.3f\n", m, r.Compound)
	// Output:
	// promoter-negative -0.754
}

func ExampleMismatchOf() {
	// Bulk scoring: Score does not allocate, MismatchOf checks the score.
	a := sentiment.New()
	c, _ := a.Score("Appalling, the router never arrived")
	m, err := sentiment.MismatchOf(10, c)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s %.3f\n", m, c)
	// Output:
	// promoter-negative -0.754
}

func ExampleLearn() {
	// A team's own words: promoters mention the upfront price, detractors the router.
	var texts []string
	var scores []int
	for i := 0; i < 8; i++ {
		texts = append(texts, "Upfront price, nice", "The router again", "Router keeps failing")
		scores = append(scores, 10, 3, 1)
	}
	learned, err := sentiment.Learn(texts, scores, sentiment.WithPrior(10))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range learned.Terms {
		fmt.Printf("%-16s %+.2f (z %+.2f)\n", t.Term, t.Valence, t.Z)
	}
	a := sentiment.New(sentiment.WithLexicon(sentiment.Base().Blend(learned, sentiment.DefaultBlendWeight)))
	c, l := a.Score("the router")
	fmt.Printf("the router: %+.3f %s\n", c, l)
	// Output:
	// nice             +3.00 (z +2.75)
	// price            +3.00 (z +2.75)
	// router           -2.03 (z -2.50)
	// upfront          +3.00 (z +2.75)
	// upfront price    +3.00 (z +2.75)
	// the router: -0.403 neg
}

func ExampleLoadLearned() {
	var buf bytes.Buffer
	learned := &sentiment.LearnedLexicon{Version: 1, Terms: []sentiment.LearnedTerm{{Term: "upfront", Valence: 1.2, Z: 2.5, Positive: 9, Negative: 1}}}
	if err := learned.Save(&buf); err != nil {
		fmt.Println(err)
		return
	}
	back, err := sentiment.LoadLearned(&buf)
	fmt.Println(back.Terms[0].Term, back.Terms[0].Valence, err)
	_, err = sentiment.LoadLearned(strings.NewReader(`{"version": 7}`))
	fmt.Println(err)
	// Output:
	// upfront 1.2 <nil>
	// sentiment: unsupported learned lexicon version: 7 (this library reads 1)
}

func ExampleParseLexicon() {
	lex, err := sentiment.ParseLexicon(strings.NewReader("v\tsnappy\t2\nv\tbuffering\t-1.5\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, l := sentiment.New(sentiment.WithLexicon(lex)).Score("Snappy app, no buffering")
	fmt.Printf("%+.3f %s\n", c, l)
	_, err = sentiment.ParseLexicon(strings.NewReader("v\tsnappy\tvery\n"))
	fmt.Println(err)
	// Output:
	// +0.659 pos
	// sentiment: lexicon line 1: malformed lexicon: value "very" is not a finite number
}
