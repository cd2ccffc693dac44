package verbatim

import (
	_ "embed"
	"slices"
)

//go:embed testdata/synthetic.csv
var sampleCSV []byte

// SampleCSV returns the embedded synthetic survey (testdata/synthetic.csv):
// a header line
//
//	id,date,channel,tier,region,score,comment,wait_minutes,transfers,gold_themes,gold_causes
//
// then 5000 responses dated through 2025, with gold theme and root-cause
// labels. The result is a fresh copy the caller may modify.
func SampleCSV() []byte {
	return slices.Clone(sampleCSV)
}
