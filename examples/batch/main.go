// Batch is a data team's nightly job: survey CSV in, JSON report out.
//
//	go run ./examples/batch                                   # the embedded sample, JSON on stdout
//	go run ./examples/batch -in survey.csv -o report.json -segments region,tier
//
// The report is themes.Analyze's (the score by segment and quarter with its
// diagnosis, the themes and root causes with what each costs in NPS points,
// the drops and what changed, findings and an action plan) with the input's
// name and row counts in front. JSON goes to stdout unless -o names a file; -o writes a temporary
// file next to it and renames it into place, so a consumer never reads half
// a report. One line of progress goes to stderr.
//
// Rows are read leniently: a bad row (a score of "ten", a ragged line) is
// left out, reported on stderr with its file, line, column and value, and
// listed in the report under "rejected". Exit codes: 0 every row read and
// the report written; 3 bad data: some rows were rejected (the report is
// still written, so the night's numbers exist and the scheduler sees the
// failure) or the input could not be read at all; 1 any other failure, 2 bad
// flags.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/nps"
)

// Exit codes, as the command uses them.
const (
	exitOK      = 0
	exitFailure = 1
	exitBadData = 3
)

// errBadData marks failures caused by the input, for exit code 3.
var errBadData = errors.New("bad data")

func main() {
	in := flag.String("in", "", "survey CSV (default: the embedded sample)")
	out := flag.String("o", "", "write the JSON report to this file (default: stdout)")
	segments := flag.String("segments", "", "segment columns, comma-separated (default: the sample's channel,tier,region)")
	seed := flag.Uint64("seed", 1, "seed of the theme discovery: same data and seed, same report")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("batch: ")

	err := run(*in, *out, *segments, *seed)
	switch {
	case errors.Is(err, errBadData):
		log.Print(err)
		os.Exit(exitBadData)
	case err != nil:
		log.Print(err)
		os.Exit(exitFailure)
	}
	os.Exit(exitOK)
}

func run(in, out, segments string, seed uint64) error {
	responses, rejected, mapping, err := read(in, segments)
	if err != nil {
		return err
	}
	rep, err := build(context.Background(), responses, mapping.Segments, seed)
	if err != nil {
		return err
	}
	rep.Source, rep.Rejected = sourceName(in), rejected
	rep.Rows = rowCounts{Read: len(responses) + len(rejected), Accepted: len(responses), Rejected: len(rejected)}
	n, err := write(rep, out)
	if err != nil {
		return err
	}
	log.Printf("%d rows, %d rejected: NPS %+.1f, %d themes, %d findings; wrote %d bytes to %s",
		rep.Rows.Read, rep.Rows.Rejected, rep.Summary.NPS, len(rep.Themes.Items), len(rep.Findings), n, destName(out))
	if len(rejected) > 0 {
		return fmt.Errorf("%w: %d of %d rows rejected", errBadData, len(rejected), rep.Rows.Read)
	}
	return nil
}

// maxRejectLines caps the rejected rows echoed on stderr; the report lists
// them all.
const maxRejectLines = 10

// read reads the input leniently. The embedded sample comes with its own
// mapping; a user's file has its id, score, comment and date columns
// detected by name and the segments named by -segments.
func read(in, segments string) ([]nps.Response, []rejectedRow, nps.Mapping, error) {
	data, mapping := verbatim.SampleCSV(), verbatim.SampleMapping()
	if in != "" {
		var err error
		if data, err = os.ReadFile(in); err != nil {
			return nil, nil, mapping, err
		}
		mapping = nps.Mapping{}
	}
	if segments != "" {
		mapping.Segments = strings.Split(segments, ",")
	}
	rd := nps.ReadCSV(bytes.NewReader(data), nps.ReadName(sourceName(in)), nps.ReadMapping(mapping), nps.ReadLenient())
	responses, err := rd.ReadAll()
	if err != nil {
		return nil, nil, mapping, fmt.Errorf("%w: %v", errBadData, err)
	}
	rejected := []rejectedRow{} // an empty list, not null, in the report
	for i, e := range rd.Rejected() {
		if i < maxRejectLines {
			log.Print(e)
		}
		rejected = append(rejected, rejectedRow{Line: e.Line, Column: e.Column, Value: e.Value, Reason: e.Err.Error()})
	}
	if len(rejected) > maxRejectLines {
		log.Printf("... and %d more rejected rows, listed in the report", len(rejected)-maxRejectLines)
	}
	if len(responses) == 0 {
		return nil, rejected, mapping, fmt.Errorf("%w: %s has no usable rows", errBadData, sourceName(in))
	}
	return responses, rejected, mapping, nil
}

// write writes the report to stdout, or atomically to the file out, and
// returns its size.
func write(rep *report, out string) (int, error) {
	b, err := marshal(rep)
	if err != nil {
		return 0, err
	}
	if out == "" {
		_, err = os.Stdout.Write(b)
		return len(b), err
	}
	tmp, err := os.CreateTemp(filepath.Dir(out), ".batch-*.json")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	if _, err := io.Copy(tmp, bytes.NewReader(b)); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	return len(b), os.Rename(tmp.Name(), out)
}

func sourceName(in string) string {
	if in == "" {
		return "sample.csv"
	}
	return in
}

func destName(out string) string {
	if out == "" {
		return "stdout"
	}
	return out
}
