package nps

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
)

// ColumnNone, given as a column name in a Mapping, says the data has no
// such column: it is neither read nor detected.
const ColumnNone = "-"

// ColumnRole says what a reader does with the columns a Mapping does not
// name (Mapping.Rest).
type ColumnRole int8

// The roles of the remaining columns. The zero value ignores them.
const (
	// ColumnIgnore leaves unmapped columns out of the responses.
	ColumnIgnore ColumnRole = iota
	// ColumnSegment keeps every unmapped column as a segment (text).
	ColumnSegment
	// ColumnMetric keeps every unmapped column as a metric: an empty value
	// is missing, anything else must be a finite number or the row is
	// rejected.
	ColumnMetric
)

// Mapping tells a reader which columns (CSV header names, or JSON keys)
// hold what. Its zero value detects the id, score, comment and date columns
// from their names and the date layout from the data.
//
// ID, Score, Comment and Date left empty are detected by name, ignoring
// case, spaces, underscores, hyphens and dots (see DetectMapping); set one
// to ColumnNone to say there is no such column. A CSV column named here but
// absent from the header is an error (ErrMissingColumn). CSV names match
// the header exactly, or else by the same normalized comparison; JSON keys
// match exactly.
type Mapping struct {
	// ID is the respondent or response id column. Without one, a response's
	// ID is its 1-based data row number.
	ID string
	// Score is the 0-10 column. A reader needs one unless ScoreOptional
	// is set or Score is ColumnNone.
	Score string
	// ScoreOptional accepts data without a score column, for text-only
	// analyses (themes, causes, sentiment): the column is still detected
	// when present, and when it is absent every response gets NoScore.
	ScoreOptional bool
	// Comment is the open-ended answer; without one comments are empty.
	Comment string
	// Date is when the response was given; without one times are zero.
	Date string
	// DateLayouts are Go time layouts tried in order on each date. Empty
	// means detect one layout from the data (see DetectDateLayout).
	DateLayouts []string
	// Location is the time zone of dates written without one; nil is UTC.
	Location *time.Location
	// Weight is an optional survey-weight column: each value must be a
	// finite number above zero.
	Weight string
	// Segments are text columns kept in Response.Segments under these
	// names (an empty value is kept as "").
	Segments []string
	// Metrics are numeric columns kept in Response.Metrics under these
	// names; an empty value is missing (no entry), a non-number rejects the
	// row.
	Metrics []string
	// Rest says what to do with the columns not named above.
	Rest ColumnRole
}

// The header names recognized for each field, already normalized, in order
// of preference: when several are present the earlier one wins.
var (
	mappingScoreNames   = []string{"score", "npsscore", "nps", "likelihoodtorecommend", "likelihood", "recommend", "rating"}
	mappingCommentNames = []string{"comment", "comments", "verbatim", "feedback", "why", "reason", "reviewtext", "text", "response"}
	mappingIDNames      = []string{"id", "responseid", "respondentid", "respondent"}
	mappingDateNames    = []string{"date", "timestamp", "createdat", "submittedat", "submitted", "datereceived", "time"}
)

// mappingNormalize lower-cases a name and drops spaces, underscores,
// hyphens and dots, so "Likelihood_to recommend" matches
// "likelihoodtorecommend".
func mappingNormalize(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name {
		switch {
		case unicode.IsSpace(r), r == '_', r == '-', r == '.':
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// DetectMapping returns the id, score, comment and date columns it
// recognizes in a header by name: score from score / nps score / nps /
// likelihood to recommend / likelihood / recommend / rating; comment from
// comment(s) / verbatim / feedback / why / reason / review text / text /
// response; id from id / response id / respondent id / respondent; date
// from date / timestamp / created at / submitted at / submitted / date
// received / time. Names compare ignoring case, spaces, underscores,
// hyphens and dots; the earlier name in each list wins. A field not found,
// or found in two columns, is left empty. The result holds the header's own
// spelling.
func DetectMapping(header []string) Mapping {
	find := func(names []string) string {
		i, err := mappingDetect(header, names, nil)
		if err != nil || i < 0 {
			return ""
		}
		return strings.TrimSpace(header[i])
	}
	return Mapping{
		ID:      find(mappingIDNames),
		Score:   find(mappingScoreNames),
		Comment: find(mappingCommentNames),
		Date:    find(mappingDateNames),
	}
}

// mappingDetect returns the index of the header column whose normalized
// name is the first of names present, skipping used columns; -1 when none
// is. Two columns with that name are an ErrHeader error.
func mappingDetect(header, names []string, used []bool) (int, error) {
	for _, want := range names {
		found := -1
		for i, h := range header {
			if (used != nil && used[i]) || mappingNormalize(h) != want {
				continue
			}
			if found >= 0 {
				return -1, fmt.Errorf("%w: columns %d and %d are both %q", ErrHeader, found+1, i+1, want)
			}
			found = i
		}
		if found >= 0 {
			return found, nil
		}
	}
	return -1, nil
}

// mappingFind returns the index of the named column: the one exact match
// (after trimming spaces), else the one normalized match.
func mappingFind(header []string, name string) (int, error) {
	var exact, loose []int
	want := mappingNormalize(name)
	for i, h := range header {
		h = strings.TrimSpace(h)
		if h == strings.TrimSpace(name) {
			exact = append(exact, i)
		} else if mappingNormalize(h) == want {
			loose = append(loose, i)
		}
	}
	for _, m := range [][]int{exact, loose} {
		switch len(m) {
		case 0:
			continue
		case 1:
			return m[0], nil
		}
		return -1, fmt.Errorf("%w: column %q appears %d times (columns %d and %d)", ErrHeader, name, len(m), m[0]+1, m[1]+1)
	}
	return -1, fmt.Errorf("%w: header is %q", ErrMissingColumn, header)
}

// readerColumn is a resolved column: the name it is reported and keyed by,
// and its 0-based field index (-1 when the data has no such column).
type readerColumn struct {
	name  string
	index int
}

// mappingPlan is a Mapping resolved against a CSV header.
type mappingPlan struct {
	id, score, comment, date, weight readerColumn
	segments, metrics                []readerColumn
}

// mappingResolve resolves m against a CSV header. The error is a RowError
// naming the first column it could not place.
func mappingResolve(m Mapping, header []string) (mappingPlan, *RowError) {
	used := make([]bool, len(header))
	none := readerColumn{index: -1}
	p := mappingPlan{id: none, score: none, comment: none, date: none, weight: none}
	explicit := func(name string) (readerColumn, *RowError) {
		i, err := mappingFind(header, name)
		if err != nil {
			return none, &RowError{Line: 1, Column: name, Err: err}
		}
		used[i] = true
		return readerColumn{name: name, index: i}, nil
	}
	var err *RowError
	for _, f := range p.fields(m) {
		if f.name != "" && f.name != ColumnNone {
			if *f.col, err = explicit(f.name); err != nil {
				return p, err
			}
		}
	}
	for _, g := range []struct {
		names []string
		cols  *[]readerColumn
	}{{m.Segments, &p.segments}, {m.Metrics, &p.metrics}} {
		for _, name := range g.names {
			c, err := explicit(name)
			if err != nil {
				return p, err
			}
			*g.cols = append(*g.cols, c)
		}
	}
	if derr := p.detect(m, header, used, true); derr != nil {
		return p, &RowError{Line: 1, Err: derr}
	}
	if p.score.index < 0 && !m.ScoreOptional && m.Score != ColumnNone {
		return p, &RowError{Line: 1, Column: "score", Err: fmt.Errorf("%w: no score column recognized, set Mapping.Score; header is %q", ErrMissingColumn, header)}
	}
	return p, mappingRest(&p, m.Rest, header, used)
}

// mappingField is one single-column field of a plan: where it goes, the
// name the Mapping gives it and the names it is detected by (nil: never
// detected).
type mappingField struct {
	col   *readerColumn
	name  string
	names []string
}

// fields lists the plan's single-column fields, in detection order: the
// score first, so that it gets the first pick of the columns.
func (p *mappingPlan) fields(m Mapping) []mappingField {
	return []mappingField{
		{&p.score, m.Score, mappingScoreNames},
		{&p.comment, m.Comment, mappingCommentNames},
		{&p.id, m.ID, mappingIDNames},
		{&p.date, m.Date, mappingDateNames},
		{&p.weight, m.Weight, nil},
	}
}

// detect fills the fields m leaves empty from the names (a CSV header or
// JSON keys), skipping and then marking the used ones. indexed says whether
// the names are positions of a record (CSV) or keys (JSON Lines).
func (p *mappingPlan) detect(m Mapping, names []string, used []bool, indexed bool) error {
	for _, f := range p.fields(m) {
		if f.name != "" || f.names == nil {
			continue
		}
		i, err := mappingDetect(names, f.names, used)
		if err != nil {
			return err
		}
		if i >= 0 {
			used[i] = true
			*f.col = readerColumn{name: names[i], index: -1} // a JSON key as it is
			if indexed {
				*f.col = readerColumn{name: strings.TrimSpace(names[i]), index: i}
			}
		}
	}
	return nil
}

// mappingRest adds the unused columns as segments or metrics.
func mappingRest(p *mappingPlan, role ColumnRole, header []string, used []bool) *RowError {
	if role == ColumnIgnore {
		return nil
	}
	seen := make(map[string]bool)
	for _, c := range slices.Concat(p.segments, p.metrics) {
		seen[c.name] = true
	}
	for i, h := range header {
		name := strings.TrimSpace(h)
		if used[i] || name == "" {
			continue
		}
		if seen[name] {
			return &RowError{Line: 1, Column: name, ColumnIndex: i + 1, Err: fmt.Errorf("%w: column name appears twice", ErrHeader)}
		}
		seen[name] = true
		c := readerColumn{name: name, index: i}
		if role == ColumnSegment {
			p.segments = append(p.segments, c)
		} else {
			p.metrics = append(p.metrics, c)
		}
	}
	return nil
}

// mapping returns the resolved plan as a Mapping, with the header names it
// uses and the given date layouts.
func (p *mappingPlan) mapping(m Mapping, layouts []string) Mapping {
	name := func(c readerColumn) string { return c.name }
	names := func(cs []readerColumn) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.name)
		}
		return out
	}
	return Mapping{
		ID: name(p.id), Score: name(p.score), Comment: name(p.comment), Date: name(p.date),
		DateLayouts: slices.Clone(layouts), Location: m.Location, Weight: name(p.weight),
		Segments: names(p.segments), Metrics: names(p.metrics), Rest: m.Rest,
	}
}
