package themes_test

import (
	"fmt"

	"github.com/verbatim-go/verbatim/themes"
)

// Two themes labelled together: each label is frequent in its theme and
// rare in the other, and reads as a person would write it.
func ExampleLabeler_LabelThemes() {
	a, err := themes.NewAnalyzer()
	if err != nil {
		panic(err)
	}
	l := themes.NewLabeler(a)
	labels := l.LabelThemes([]themes.LabelGroup{
		{Comments: []string{
			"The engineer missed the installation date.",
			"Installation date moved twice, still no engineer",
			"They changed my installation date again",
		}},
		{Comments: []string{
			"Charged twice on my bill, want a refund",
			"My bill is wrong again",
			"Still waiting for a refund on the wrong bill",
		}},
		{Fixed: "Router faults"},
	})
	for _, label := range labels {
		fmt.Println(label)
	}
	// Output:
	// installation date
	// bill
	// Router faults
}
