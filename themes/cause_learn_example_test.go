package themes_test

import (
	"fmt"

	"github.com/verbatim-go/verbatim/themes"
)

// Learning a taxonomy from a dozen hand-coded comments of a bank's survey.
// The base taxonomy has two causes and no cues yet; "fee" occurs only in
// comments coded fees and "rude" only in those coded staff (four each), so
// each becomes its cause's cue. The learned taxonomy then explains its
// reading of new comments with evidence, like any other.
func ExampleTaxonomyLearn() {
	base, err := themes.TaxonomyCompile(themes.TaxonomySpec{
		Format: themes.TaxonomyFormat, Version: themes.TaxonomyVersion, Name: "bank",
		Causes: []themes.CauseDef{{Key: "fees", Label: "Fees"}, {Key: "staff", Label: "Staff"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fees, staff, none := []themes.Cause{"fees"}, []themes.Cause{"staff"}, []themes.Cause{themes.CauseNone}
	examples := []themes.CauseExample{
		{Comment: "The monthly fee is far too high", Score: 3, Causes: fees},
		{Comment: "Another fee on my statement", Score: 4, Causes: fees},
		{Comment: "A hidden fee again", Score: 2, Causes: fees},
		{Comment: "Fee after fee after fee", Score: 0, Causes: fees},
		{Comment: "The teller was rude", Score: 5, Causes: staff},
		{Comment: "Rude people at the branch", Score: 3, Causes: staff},
		{Comment: "Rude and slow", Score: 4, Causes: staff},
		{Comment: "The staff were rude to me", Score: 2, Causes: staff},
		{Comment: "All good thanks", Score: 10, Causes: none},
		{Comment: "Quick and easy", Score: 9, Causes: none},
		{Comment: "Great app", Score: 10, Causes: none},
		{Comment: "Good experience overall", Score: 9, Causes: none},
	}
	tax, err := themes.TaxonomyLearn(base, examples)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range tax.Causes() {
		for _, c := range d.Cues {
			fmt.Printf("%s: %s %q\n", d.Key, c.Kind, c.Text)
		}
	}
	for _, comment := range []string{"yet another fee", "the manager was rude", "no complaints"} {
		res := tax.Score(comment)
		fmt.Printf("%q -> %s", comment, res.Main())
		for _, e := range res.Evidence {
			fmt.Printf(" (evidence %q)", e.Text)
		}
		fmt.Println()
	}
	// Output:
	// fees: word "fee"
	// staff: word "rude"
	// "yet another fee" -> fees (evidence "fee")
	// "the manager was rude" -> staff (evidence "rude")
	// "no complaints" -> none
}
