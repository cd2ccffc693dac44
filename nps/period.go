package nps

import (
	"fmt"
	"time"
)

// Period is a calendar period for breakdowns and trends. Periods are cut in
// an explicit time zone passed by the caller: a response given at 23:30 UTC
// on March 31 falls in Q2 in Paris and in Q1 in New York.
type Period int8

// The periods; the zero value is invalid and its methods panic.
const (
	// Week is the ISO 8601 week, Monday to Sunday, labelled with its ISO
	// week-numbering year: Friday 2021-01-01 falls in "2020-W53".
	Week Period = iota + 1
	// Month is labelled "2006-01".
	Month
	// Quarter is labelled "2006-Q1".
	Quarter
	// Year is labelled "2006".
	Year
)

var periodNames = []string{"", "week", "month", "quarter", "year"}

// String returns the period's name, e.g. "quarter".
func (p Period) String() string { return nameOf(periodNames, int(p)) }

// MarshalText encodes the period as its name.
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a period name.
func (p *Period) UnmarshalText(b []byte) error {
	n, err := indexOf(periodNames, "period", b)
	*p = Period(n)
	return err
}

// Start returns the start (midnight, in loc) of the period holding t. It
// panics on a nil location or an invalid period.
func (p Period) Start(t time.Time, loc *time.Location) time.Time {
	if loc == nil {
		panic("nps: nil *time.Location")
	}
	t = t.In(loc)
	y, m, d := t.Date()
	switch p {
	case Week:
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-back, 0, 0, 0, 0, loc)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, loc)
	case Quarter:
		return time.Date(y, m-(m-1)%3, 1, 0, 0, 0, 0, loc)
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	}
	panic(fmt.Sprintf("nps: invalid period %d", int(p)))
}

// Next returns the start of the period after the one starting at start
// (a value returned by Start), in start's location.
func (p Period) Next(start time.Time) time.Time {
	y, m, d := start.Date()
	loc := start.Location()
	switch p {
	case Week:
		return time.Date(y, m, d+7, 0, 0, 0, 0, loc)
	case Month:
		return time.Date(y, m+1, 1, 0, 0, 0, 0, loc)
	case Quarter:
		return time.Date(y, m+3, 1, 0, 0, 0, 0, loc)
	case Year:
		return time.Date(y+1, 1, 1, 0, 0, 0, 0, loc)
	}
	panic(fmt.Sprintf("nps: invalid period %d", int(p)))
}

// Label returns the label of the period starting at start: "2024-W07",
// "2024-02", "2024-Q1" or "2024". Labels sort in time order within one
// period kind.
func (p Period) Label(start time.Time) string {
	switch p {
	case Week:
		y, w := start.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case Month:
		return start.Format("2006-01")
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", start.Year(), (int(start.Month())+2)/3)
	case Year:
		return fmt.Sprintf("%04d", start.Year())
	}
	panic(fmt.Sprintf("nps: invalid period %d", int(p)))
}
