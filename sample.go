package verbatim

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/verbatim-go/verbatim/nps"
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

// SampleMapping returns the column mapping of the embedded sample: channel,
// tier and region as segments, wait_minutes and transfers as metrics. The
// gold label columns are left out; SampleGold returns them.
func SampleMapping() nps.Mapping {
	return nps.Mapping{
		ID: "id", Score: "score", Comment: "comment", Date: "date",
		DateLayouts: []string{"2006-01-02"},
		Location:    time.UTC,
		Segments:    []string{"channel", "tier", "region"},
		Metrics:     []string{"wait_minutes", "transfers"},
	}
}

// Sample returns the embedded synthetic survey as responses, in file order.
func Sample() ([]nps.Response, error) {
	r := nps.ReadCSV(bytes.NewReader(sampleCSV), nps.ReadName("sample.csv"), nps.ReadMapping(SampleMapping()))
	return r.ReadAll()
}

// SampleGold returns the gold labels of the embedded sample, one entry per
// response in file order: the theme keys (main first; none for comments
// without a theme) and the root-cause keys (main first; "none" when there
// is no cause).
func SampleGold() (themes, causes [][]string, err error) {
	cr := csv.NewReader(bytes.NewReader(sampleCSV))
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, nil, fmt.Errorf("verbatim: sample: %w", err)
	}
	for _, rec := range recs[1:] {
		themes = append(themes, splitKeys(rec[9]))
		causes = append(causes, splitKeys(rec[10]))
	}
	return themes, causes, nil
}

func splitKeys(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}
