package themes_test

import (
	"fmt"

	"github.com/verbatim-go/verbatim/themes"
)

func ExampleAnalyzer() {
	a, err := themes.NewAnalyzer(themes.WithLanguage(themes.English))
	if err != nil {
		panic(err)
	}
	comment := "The engineer didn't turn up on the installation date!"
	for _, t := range a.Terms(comment) {
		fmt.Printf("%-7s %-13q negated=%v\n", t.Key, comment[t.Start:t.End], t.Negated)
	}
	// Output:
	// engin   "engineer"    negated=false
	// turn    "turn"        negated=true
	// instal  "installation" negated=false
	// date    "date"        negated=false
}

func ExamplePhraseCounter() {
	a, _ := themes.NewAnalyzer()
	comments := []string{
		"Kept on hold for an hour by customer service.",
		"Customer service was rude and I was on hold again",
		"on hold for 40 minutes, customer service never answered",
		"Good price, but the router keeps dropping",
	}
	pc := themes.NewPhraseCounter(a)
	for _, c := range comments {
		pc.Add(c)
	}
	// 27 pair positions; "on", "hold", "customer" and "service" occur
	// only in their phrases, three times each, so G² = 2[3 ln 9 + 24
	// ln(27/24)] = 18.8 for both, above the default 10.83.
	phrases := pc.Phrases()
	for _, p := range phrases.List() {
		fmt.Printf("%s: count %d, G² %.1f\n", p.Display, p.Count, p.Score)
	}
	phrased := a.UsingPhrases(phrases)
	for _, t := range phrased.Terms("on hold with customer service") {
		fmt.Print(t.Key, " | ")
	}
	fmt.Println()
	// Output:
	// customer service: count 3, G² 18.8
	// on hold: count 3, G² 18.8
	// on hold | hold | custom servic | custom | servic |
}

func ExampleVocabCounter() {
	a, _ := themes.NewAnalyzer()
	comments := []string{"Slow broadband, slow router", "The router keeps dropping", "Routers are slow"}
	var vc themes.VocabCounter
	for _, c := range comments {
		vc.Add(c, a.Terms(c))
	}
	v, _ := vc.Vocabulary(themes.VocabMinDocs(2))
	for col := 0; col < v.Len(); col++ {
		fmt.Printf("column %d: %s (shown as %q) in %d documents\n", col, v.Key(col), v.Display(col), v.DocFreq(col))
	}
	row := v.Row(a.Terms(comments[0]))
	fmt.Println(row.Cols, row.Counts, row.Missing)
	// Output:
	// column 0: router (shown as "router") in 3 documents
	// column 1: slow (shown as "slow") in 2 documents
	// [0 1] [1 2] 1
}

func ExampleLabeler_Label() {
	a, _ := themes.NewAnalyzer()
	l := themes.NewLabeler(a)
	comments := []string{
		"I was kept on hold for 45 minutes",
		"long hold times",
		"hold times are awful, 40 minutes on hold",
	}
	top := []themes.LabelTerm{{Key: "hold", Weight: 0.9}, {Key: "minut", Weight: 0.5}, {Key: "time", Weight: 0.4}}
	fmt.Println(l.Label(comments, top))
	// Output:
	// hold times
}

func ExampleParseLanguage() {
	l, err := themes.ParseLanguage("fr")
	fmt.Println(l, err)
	_, err = themes.ParseLanguage("latin")
	fmt.Println(err)
	// Output:
	// french <nil>
	// unknown language "latin": want one of english, spanish, french, russian, swedish, norwegian, hungarian
}
