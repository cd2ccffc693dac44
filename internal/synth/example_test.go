package synth_test

import (
	"fmt"
	"os"

	"github.com/verbatim-go/verbatim/internal/synth"
)

func ExampleGenerate() {
	rows := synth.Generate(synth.DefaultSeed, synth.DefaultSize)
	byKind := map[synth.Kind]int{}
	for _, r := range rows {
		byKind[r.Kind]++
	}
	fmt.Println(len(rows), rows[0].ID, rows[0].Date.Format("2006-01-02"), rows[len(rows)-1].ID)
	// The design shares are 5.5% empty and 9.5% generic, less the rows the
	// planted story takes: about 272 and 469.
	fmt.Println("empty:", byKind[synth.KindEmpty], "generic:", byKind[synth.KindGeneric])
	// Output:
	// 5000 r00001 2025-01-01 r05000
	// empty: 268 generic: 468
}

func ExampleWrite() {
	rows := synth.Generate(42, 3)
	for i := range rows {
		rows[i].Comment = fmt.Sprintf("comment %d", i+1) // keep the example short
	}
	if err := synth.Write(os.Stdout, rows[:1]); err != nil {
		fmt.Println(err)
	}
	// Output:
	// id,date,channel,tier,region,score,comment,wait_minutes,transfers,gold_themes,gold_causes
	// r00001,2025-06-15,self-service,enterprise,south,9,comment 1,,0,fast_setup,none
}

func ExamplePlantedStory() {
	st := synth.PlantedStory()
	th, _ := synth.ThemeByKey(st.Theme)
	fmt.Printf("%s=%s drops %v+ points from %s to %s: %s (%s)\n",
		st.Column, st.Value, st.MinDrop, st.Before, st.Quarter, th.Label, st.Cause)
	// Output:
	// region=north drops 10+ points from 2025-Q2 to 2025-Q3: billing errors (service)
}

func ExampleThemes() {
	for _, th := range synth.Themes()[:3] {
		fmt.Println(th.Key, "|", th.Label, "|", th.Cause)
	}
	fmt.Println(len(synth.Themes()), "themes,", len(synth.Causes()), "cause keys")
	// Output:
	// install_delay | installation delay | service
	// long_wait | long hold and wait times | service
	// rude_agent | rude or unhelpful agent | service
	// 16 themes, 8 cause keys
}
