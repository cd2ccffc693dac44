package nps

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// readerKind says what a cell holds.
type readerKind int8

const (
	readerAbsent readerKind = iota // no such column or key, or JSON null
	readerText                     // a CSV field, a JSON string or boolean
	readerNumber                   // a JSON number literal, value is its text
	readerNested                   // a JSON array or object
)

// readerCell is one value of a row and where it came from. A cell whose
// column has no name is not mapped; a mapped cell may still be absent (a
// JSON key missing from one line).
type readerCell struct {
	col     readerColumn
	line    int
	value   string
	kind    readerKind
	badUTF8 bool   // the raw JSON text held invalid UTF-8 (value is repaired)
	raw     string // that raw JSON text, for the error
}

// readerRow is one data row as the sources hand it to the conversion,
// before any value is checked.
type readerRow struct {
	line, num                        int // physical line, 1-based data row
	id, score, comment, date, weight readerCell
	segments, metrics                []readerCell
	err                              *RowError // a problem of the whole row
}

// convert checks a row and turns it into a Response. A problem rejects the
// row; a repaired comment (lenient mode) adds a warning.
func (rd *Reader) convert(row *readerRow) (Response, *RowError) {
	if row.err != nil {
		return Response{}, row.err
	}
	resp := Response{ID: strconv.Itoa(row.num)}
	var err *RowError
	if row.id.col.name != "" {
		if resp.ID, err = rd.text(row, &row.id); err != nil {
			return resp, err
		}
	}
	resp.Score = NoScore
	if row.score.col.name != "" {
		if resp.Score, err = rd.score(row); err != nil {
			return resp, err
		}
	}
	if resp.Comment, err = rd.comment(row); err != nil {
		return resp, err
	}
	if resp.Time, err = rd.date(row); err != nil {
		return resp, err
	}
	if resp.Weight, err = rd.weight(row); err != nil {
		return resp, err
	}
	if resp.Segments, err = rd.segments(row); err != nil {
		return resp, err
	}
	resp.Metrics, err = rd.metrics(row)
	return resp, err
}

// cellError builds the error for one cell of a row.
func (rd *Reader) cellError(row *readerRow, c *readerCell, err error) *RowError {
	line := c.line
	if line == 0 {
		line = row.line
	}
	value := c.value
	if c.badUTF8 {
		value = c.raw
	}
	return &RowError{File: rd.name, Line: line, Row: row.num, Column: c.col.name,
		ColumnIndex: c.col.index + 1, Value: value, Err: err}
}

// text returns a cell as text, rejecting invalid UTF-8 and nested JSON.
func (rd *Reader) text(row *readerRow, c *readerCell) (string, *RowError) {
	if c.kind == readerNested {
		return "", rd.cellError(row, c, fmt.Errorf("%w: nested values are not supported", ErrJSONL))
	}
	if c.badUTF8 || !utf8.ValidString(c.value) {
		return "", rd.cellError(row, c, ErrUTF8)
	}
	return c.value, nil
}

// score parses the score cell.
func (rd *Reader) score(row *readerRow) (int, *RowError) {
	c := &row.score
	s, err := rd.text(row, c)
	if err != nil {
		return 0, err
	}
	var score int
	var perr error
	if c.kind == readerNumber {
		score, perr = readScoreNumber(s)
	} else {
		score, perr = readScore(s)
	}
	if perr != nil {
		return 0, rd.cellError(row, c, perr)
	}
	return score, nil
}

// readScore parses a score written as text: optional surrounding spaces,
// digits, and optionally a decimal point followed only by zeros ("7.0").
func readScore(s string) (int, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, fmt.Errorf("%w: %w", ErrEmptyScore, ErrScore)
	}
	whole, frac, dot := strings.Cut(s, ".")
	if readDigits(whole) && (!dot || (frac != "" && strings.Trim(frac, "0") == "")) {
		n, err := strconv.Atoi(whole)
		if err != nil || n > 10 {
			return 0, fmt.Errorf("outside 0 to 10: %w", ErrScore)
		}
		return n, nil
	}
	// Not a plain score: say what is wrong with it, never accept it ("7.",
	// "+7", "1e1" and "0x1p3" are numbers, but not how a score is written).
	if _, err := readScoreNumber(s); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("not written as a whole number: %w", ErrScore)
}

// readScoreNumber judges a score given as a number literal (a JSON number,
// or text that readScore did not accept): 7.0 is 7, 7.5 and 11 are not
// scores.
func readScoreNumber(s string) (int, error) {
	f, err := strconv.ParseFloat(s, 64)
	switch {
	case err != nil || math.IsNaN(f) || math.IsInf(f, 0):
		return 0, fmt.Errorf("not a number: %w", ErrScore)
	case f != math.Trunc(f):
		return 0, fmt.Errorf("not a whole number: %w", ErrScore)
	case f < 0 || f > 10:
		return 0, fmt.Errorf("outside 0 to 10: %w", ErrScore)
	}
	return int(f), nil
}

// readDigits reports whether s is one or more ASCII digits.
func readDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// comment returns the comment; in lenient mode invalid UTF-8 is repaired
// (each run of bad bytes becomes U+FFFD) and reported as a warning.
func (rd *Reader) comment(row *readerRow) (string, *RowError) {
	c := &row.comment
	s, err := rd.text(row, c)
	if err == nil || !rd.opts.lenient || c.kind == readerNested {
		return s, err
	}
	rd.warn(rd.cellError(row, c, fmt.Errorf("%w: replaced with U+FFFD", ErrUTF8)))
	return strings.ToValidUTF8(c.value, "\uFFFD"), nil
}

// date parses the date cell with the reader's layouts; empty is zero.
func (rd *Reader) date(row *readerRow) (time.Time, *RowError) {
	c := &row.date
	if c.kind == readerNumber {
		return time.Time{}, rd.cellError(row, c, fmt.Errorf("%w: a date must be a string", ErrDate))
	}
	s, err := rd.text(row, c)
	if err != nil {
		return time.Time{}, err
	}
	if s = strings.TrimSpace(s); s == "" {
		return time.Time{}, nil
	}
	if len(rd.layouts) == 0 {
		return time.Time{}, rd.cellError(row, c, fmt.Errorf("%w: no layout was detected, the first rows held no date; set Mapping.DateLayouts", ErrDate))
	}
	for _, layout := range rd.layouts {
		if t, perr := time.ParseInLocation(layout, s, rd.loc); perr == nil {
			return t, nil
		}
	}
	return time.Time{}, rd.cellError(row, c, fmt.Errorf("%w %q", ErrDate, rd.layouts))
}

// weight parses the weight cell: absent means unweighted; present, it must
// be a finite number above zero.
func (rd *Reader) weight(row *readerRow) (float64, *RowError) {
	c := &row.weight
	if c.col.name == "" {
		return 0, nil
	}
	f, missing, err := rd.number(row, c)
	switch {
	case err != nil:
		return 0, err
	case missing:
		return 0, rd.cellError(row, c, fmt.Errorf("%w: empty weight", ErrNumber))
	case f <= 0:
		return 0, rd.cellError(row, c, fmt.Errorf("%w: a weight must be above zero", ErrNumber))
	}
	return f, nil
}

// number parses a numeric cell; empty, absent or null is missing.
func (rd *Reader) number(row *readerRow, c *readerCell) (f float64, missing bool, rerr *RowError) {
	s, rerr := rd.text(row, c)
	if rerr != nil {
		return 0, false, rerr
	}
	if s = strings.TrimSpace(s); s == "" {
		return 0, true, nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false, rd.cellError(row, c, ErrNumber)
	}
	return f, false, nil
}

// segments collects the segment cells; absent cells are kept as "".
func (rd *Reader) segments(row *readerRow) (map[string]string, *RowError) {
	if len(row.segments) == 0 {
		return nil, nil
	}
	m := make(map[string]string, len(row.segments))
	for i := range row.segments {
		s, err := rd.text(row, &row.segments[i])
		if err != nil {
			return nil, err
		}
		m[row.segments[i].col.name] = s
	}
	return m, nil
}

// metrics collects the metric cells, leaving out the missing ones.
func (rd *Reader) metrics(row *readerRow) (map[string]float64, *RowError) {
	var m map[string]float64
	for i := range row.metrics {
		f, missing, err := rd.number(row, &row.metrics[i])
		if err != nil {
			return nil, err
		}
		if missing {
			continue
		}
		if m == nil {
			m = make(map[string]float64, len(row.metrics))
		}
		m[row.metrics[i].col.name] = f
	}
	return m, nil
}
