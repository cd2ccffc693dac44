package themes_test

import (
	"fmt"
	"strings"

	"github.com/verbatim-go/verbatim/themes"
)

// Scoring one comment with the default taxonomy: the ranked causes and the
// words behind them, as byte offsets into the comment. The service score is
// its cue weights 1.5 + 1.0 + 1.0 = 3.5 times the default taxonomy's score
// band factor 1.25 for respondents scoring 0-4; "nobody ever called back"
// is a repeated ignored contact, so the feedback loop scores 1.2 + 0.7.
func ExampleTaxonomy_Score() {
	tax := themes.TaxonomyDefault()
	comment := "No problems with the router, but I was on hold for 40 minutes and nobody ever called back."
	res := tax.Score(comment, themes.CauseWithScore(4))
	for _, s := range res.Ranked {
		fmt.Printf("%s %.1f\n", s.Cause, s.Score)
	}
	for _, e := range res.Evidence {
		fmt.Printf("  %-13s [%2d:%2d] %-22q weight %.1f negated=%v\n", e.Cause, e.Start, e.End, e.Text, e.Weight, e.Negated)
	}
	def, _ := tax.Cause(res.Main())
	fmt.Println("fix:", def.Fix)
	// Output:
	// service 4.4
	// feedback_loop 1.9
	//   service       [ 3:11] "problems"             weight 0.0 negated=true
	//   product       [ 3:27] "problems with the router" weight 0.0 negated=true
	//   service       [39:46] "on hold"              weight 1.5 negated=false
	//   service       [42:61] "hold for 40 minutes"  weight 1.0 negated=false
	//   feedback_loop [66:84] "nobody ever called"   weight 1.2 negated=false
	//   service       [66:89] "nobody ever called back" weight 1.0 negated=false
	//   feedback_loop [66:89] "nobody ever called back" weight 0.7 negated=false
	// fix: Close the loop with every detractor within 24 hours; track response time, resolution time and recurrence.
}

// A caller's own taxonomy in JSON: it extends the default with a cause of
// its own and one more cue for an existing cause.
func ExampleTaxonomyRead() {
	const custom = `{
	  "format": "verbatim-taxonomy", "version": 1, "name": "bank", "extends": "default",
	  "causes": [
	    {"key": "fraud", "label": "Fraud and security",
	     "fix": "Review fraud alerts with the security team.",
	     "recovery": {"term": "quick", "min_days": 30, "max_days": 60, "min_points": 5, "max_points": 10},
	     "cues": [
	       {"kind": "word", "text": "fraud", "weight": 2},
	       {"kind": "pattern", "text": "card ... blocked|frozen", "weight": 1.5}
	     ]},
	    {"key": "product", "cues": [{"kind": "phrase", "text": "app logs me out", "weight": 1.5}]}
	  ]}`
	tax, err := themes.TaxonomyRead(strings.NewReader(custom), "bank.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range []string{
		"My card was blocked abroad and nobody called back",
		"The app logs me out every day",
	} {
		fmt.Println(tax.Score(c).Ranked)
	}
	_, err = themes.TaxonomyRead(strings.NewReader(`{"format": "verbatim-taxonomy", "version": 1,
	  "causes": [{"key": "fraud", "label": "Fraud", "cues": [{"kind": "regex", "text": "fr.*d", "weight": 1}]}]}`), "broken.json")
	fmt.Println(err)
	// Output:
	// [{fraud 1.5} {service 1}]
	// [{product 1.5}]
	// themes: taxonomy broken.json: causes[0] ("fraud"): cues[0] regex "fr.*d": unknown kind (want word, phrase, pattern, whole or score_mismatch): invalid taxonomy
}

// The causes of a group of comments (a theme): shares and the dominant one.
func ExampleTaxonomy_Distribution() {
	tax := themes.TaxonomyDefault()
	var results []themes.CauseResult
	for _, c := range []string{
		"Engineer didn't turn up, waited in all day",
		"Still waiting for the installation date",
		"Was told it would be free, then charged a setup fee",
		"Great, no complaints",
	} {
		results = append(results, tax.Score(c))
	}
	d := tax.Distribution(results)
	for _, s := range d.Shares {
		if s.Share > 0 {
			fmt.Printf("%-13s %.3f main %d\n", s.Cause, s.Share, s.Main)
		}
	}
	fmt.Println("dominant:", d.Dominant)
	// Output:
	// service       0.500 main 2
	// expectations  0.250 main 1
	// none          0.250 main 1
	// dominant: service
}
