package nps

import (
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"time"
)

// detectLayouts are the date layouts a reader chooses among when
// Mapping.DateLayouts is empty. Day and month without a leading zero parse
// too ("2" and "1" accept one or two digits), so "2/1/2006" reads both
// 7/4/2018 and 07/04/2018. Only the dd/mm and mm/dd pairs can both fit one
// value.
var detectLayouts = []string{
	time.RFC3339, // fractional seconds parse too
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/1/2",
	"2/1/2006 15:04:05", // dd/mm/yyyy
	"2/1/2006 15:04",
	"2/1/2006",
	"1/2/2006 15:04:05", // mm/dd/yyyy
	"1/2/2006 15:04",
	"1/2/2006",
}

// DetectDateLayouts returns the layouts DetectDateLayout and the readers
// choose among, in order: RFC 3339, ISO dates with and without a time,
// yyyy/m/d, then day-first and month-first dates with and without a time.
func DetectDateLayouts() []string { return slices.Clone(detectLayouts) }

// DetectDateLayout returns the one layout of DetectDateLayouts that fits
// the values, deciding from the data: the first value narrows the layouts
// to those it fits, each later value narrows them further, and a value that
// fits none of the remaining layouts is not counted (the reader rejects it
// later as a bad date). Empty values are skipped; with no value at all the
// layout is "" and the error nil.
//
// Day-first and month-first dates are told apart by a value whose day is
// above 12. When the values never decide (say every day is 12 or less) the
// error wraps ErrDateAmbiguous and names the candidates; when no value fits
// any layout it wraps ErrDate. Either way the cure is an explicit layout.
func DetectDateLayout(values []string) (string, error) {
	var d detectState
	for _, v := range values {
		d.add(v)
	}
	return d.result()
}

// detectState narrows the candidate layouts value by value.
type detectState struct {
	cands   uint32 // bit i set: detectLayouts[i] fits every counted value
	matched int    // values counted so far
	first   string // the first non-empty value, for messages
}

// add counts one value.
func (d *detectState) add(v string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	if d.first == "" {
		d.first = v
	}
	if d.matched == 0 {
		d.cands = 1<<len(detectLayouts) - 1
	}
	var fits uint32
	for i, layout := range detectLayouts {
		if d.cands&(1<<i) == 0 {
			continue
		}
		if _, err := time.Parse(layout, v); err == nil {
			fits |= 1 << i
		}
	}
	if fits != 0 {
		d.cands = fits
		d.matched++
	}
}

// decided reports whether one layout remains.
func (d *detectState) decided() bool { return d.matched > 0 && bits.OnesCount32(d.cands) == 1 }

// result returns the decided layout or why there is none.
func (d *detectState) result() (string, error) {
	switch {
	case d.first == "":
		return "", nil
	case d.matched == 0:
		return "", fmt.Errorf("%w: no known layout fits %q; set Mapping.DateLayouts", ErrDate, d.first)
	case d.decided():
		return detectLayouts[bits.TrailingZeros32(d.cands)], nil
	}
	var names []string
	for i, layout := range detectLayouts {
		if d.cands&(1<<i) != 0 {
			names = append(names, layout)
		}
	}
	return "", fmt.Errorf("%w: %d dates fit each of %q; set Mapping.DateLayouts", ErrDateAmbiguous, d.matched, names)
}
