package main

import (
	"context"
	"encoding/json"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// report is the JSON the job writes: where the data came from and what was
// left out of it, then every field of themes.Report (embedded, so its
// fields sit at the top level beside these).
type report struct {
	Source   string        `json:"source"`
	Rows     rowCounts     `json:"rows"`
	Rejected []rejectedRow `json:"rejected"`
	*themes.Report
}

type rowCounts struct {
	Read     int `json:"read"`
	Accepted int `json:"accepted"`
	Rejected int `json:"rejected"`
}

// rejectedRow is one row left out, and why.
type rejectedRow struct {
	Line   int    `json:"line"`
	Column string `json:"column,omitempty"`
	Value  string `json:"value,omitempty"`
	Reason string `json:"reason"`
}

// build runs the whole analysis. The seed is fixed by a flag so that two
// nights on the same data give the same themes, byte for byte.
func build(ctx context.Context, rs []nps.Response, segments []string, seed uint64) (*report, error) {
	opts := []themes.AnalyzeOption{themes.AnalyzeSeed(seed)}
	if len(segments) > 0 {
		opts = append(opts, themes.AnalyzeSegments(segments...))
	}
	rep, err := themes.Analyze(ctx, rs, opts...)
	if err != nil {
		return nil, err
	}
	return &report{Report: rep}, nil
}

func marshal(rep *report) ([]byte, error) {
	b, err := json.MarshalIndent(rep, "", "  ")
	return append(b, '\n'), err
}
