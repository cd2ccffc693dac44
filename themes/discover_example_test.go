package themes_test

import (
	"bytes"
	"context"
	"fmt"

	"github.com/verbatim-go/verbatim/themes"
)

var exampleComments = []string{
	"The engineer never turned up for the installation.",
	"Installation was delayed twice, the engineer did not come.",
	"Still waiting for the engineer to do the installation.",
	"My bill was wrong, I was charged twice.",
	"Charged twice on the bill again, billing is a mess.",
	"Wrong bill this month, charged for things I never ordered.",
	"n/a",
	"good",
}

func ExampleDiscover() {
	m, err := themes.Discover(context.Background(), exampleComments,
		themes.DiscoverK(2), themes.DiscoverSeed(7))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, th := range m.Themes() {
		fmt.Printf("%s: %q, %d comments %v\n", th.ID, th.Label, th.Size, th.Members)
		r := th.Representatives[0]
		fmt.Printf("  e.g. %q, highlighted:", r.Text)
		for _, h := range r.Highlights {
			fmt.Printf(" %q", r.Text[h.Start:h.End])
		}
		fmt.Println()
	}
	fmt.Println("no theme:", m.NoTheme())
	// Output:
	// engineer: "engineer", 3 comments [0 1 2]
	//   e.g. "The engineer never turned up for the installation.", highlighted: "engineer" "installation"
	// bill: "bill", 3 comments [3 4 5]
	//   e.g. "My bill was wrong, I was charged twice.", highlighted: "bill" "wrong" "charged" "twice"
	// no theme: [6 7]
}

func ExampleModel_Assign() {
	m, err := themes.Discover(context.Background(), exampleComments,
		themes.DiscoverK(2), themes.DiscoverWithoutLabels())
	if err != nil {
		fmt.Println(err)
		return
	}
	var saved bytes.Buffer
	if err := m.Save(&saved); err != nil {
		fmt.Println(err)
		return
	}
	loaded, err := themes.Load(&saved)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range []string{"the engineer missed the installation", "charged twice", "no comment"} {
		fmt.Printf("%q:", c)
		for _, ms := range loaded.Assign(c) {
			fmt.Printf(" %s %.2f", ms.ID, ms.Strength)
		}
		fmt.Println()
	}
	// Output:
	// "the engineer missed the installation": engineer 0.99
	// "charged twice": bill 0.37
	// "no comment":
}

func ExampleDiscoverSeedThemes() {
	m, err := themes.Discover(context.Background(), exampleComments, themes.DiscoverK(2),
		themes.DiscoverSeedThemes(themes.SeedTheme{Name: "Billing", Terms: []string{"bill", "charged"}}),
		themes.DiscoverWithoutLabels())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, th := range m.Themes() {
		fmt.Printf("%s: %q seeded=%v %v\n", th.ID, th.Label, th.Seeded, th.Members)
	}
	// Output:
	// billing: "Billing" seeded=true [3 4 5]
	// engineer: "engineer, installation, twice" seeded=false [0 1 2]
}
