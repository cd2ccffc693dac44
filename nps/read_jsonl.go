package nps

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"unicode/utf8"
)

// ReadJSONL returns a Reader of the JSON Lines data in r: one JSON object
// per line, blank lines skipped. Keys match the Mapping exactly; fields the
// Mapping leaves empty are detected from the keys of the first object by
// the names DetectMapping knows. A score may be a number or a string; an
// id, comment or segment a string, number or boolean (kept as its JSON
// text); a date a string; a metric or weight a number or numeric string.
// A key that is absent or null is an empty value; a key repeated in one
// object keeps its last value, as encoding/json does. Nested objects and
// arrays are rejected. A line longer than 16 MiB is rejected without being
// held in memory.
func ReadJSONL(r io.Reader, opts ...ReadOption) *Reader {
	rd := readerNew(opts)
	rd.src = &jsonlSource{rd: rd, in: r}
	return rd
}

// jsonlMaxLine bounds the bytes of one line.
const jsonlMaxLine = 16 << 20

// jsonlSource reads one object per line.
type jsonlSource struct {
	rd       *Reader
	in       io.Reader
	br       *bufio.Reader
	buf      []byte
	line     int
	rows     int
	resolved bool
	plan     mappingPlan
	used     map[string]bool // keys with a role other than Rest
}

// start skips a UTF-8 byte-order mark.
func (s *jsonlSource) start() *RowError {
	br, err := readerBOM(s.rd.name, s.in)
	s.br = br
	return err
}

// next reads the next non-blank line into row.
func (s *jsonlSource) next(row *readerRow) error {
	for {
		line, long, err := s.readLine()
		if err != nil {
			return err
		}
		if long == 0 && len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		s.rows++
		row.num, row.line = s.rows, s.line
		if long > 0 {
			row.err = s.rowError(row, "", fmt.Errorf("%w: line of %d bytes, more than %d", ErrJSONL, long, jsonlMaxLine))
			return nil
		}
		return s.parse(line, row)
	}
}

// readLine returns the next line without its end of line. A line over
// jsonlMaxLine is skipped and its length returned in long. At the end of
// the input the error is io.EOF.
func (s *jsonlSource) readLine() (line []byte, long int, err error) {
	s.buf = s.buf[:0]
	for {
		chunk, rerr := s.br.ReadSlice('\n')
		long += len(chunk)
		if long <= jsonlMaxLine {
			s.buf = append(s.buf, chunk...)
		}
		switch {
		case errors.Is(rerr, bufio.ErrBufferFull):
			continue
		case rerr != nil && !errors.Is(rerr, io.EOF):
			return nil, 0, &RowError{File: s.rd.name, Line: s.line + 1, Err: rerr}
		case rerr != nil && long == 0:
			return nil, 0, io.EOF
		}
		s.line++
		if long > jsonlMaxLine {
			return nil, long, nil
		}
		return bytes.TrimRight(s.buf, "\r\n"), 0, nil
	}
}

// parse decodes one object and fills the row's cells.
func (s *jsonlSource) parse(line []byte, row *readerRow) error {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil || obj == nil {
		if err == nil {
			err = errors.New("not an object")
		}
		row.err = s.rowError(row, string(line), fmt.Errorf("%w: %w", ErrJSONL, err))
		return nil
	}
	var keys []string // sorted, needed only to detect fields or for Rest
	if !s.resolved || s.rd.opts.mapping.Rest != ColumnIgnore {
		keys = make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
	}
	if !s.resolved {
		if err := s.resolve(keys); err != nil {
			err.Line, err.Row = row.line, row.num
			return err
		}
	}
	p := &s.plan
	cell := func(c readerColumn) readerCell { return jsonlCell(obj, c, row.line) }
	row.id, row.score, row.comment = cell(p.id), cell(p.score), cell(p.comment)
	row.date, row.weight = cell(p.date), cell(p.weight)
	for _, c := range p.segments {
		row.segments = append(row.segments, cell(c))
	}
	for _, c := range p.metrics {
		row.metrics = append(row.metrics, cell(c))
	}
	s.rest(keys, row, cell)
	return nil
}

// rest adds the keys without a role as segments or metrics.
func (s *jsonlSource) rest(keys []string, row *readerRow, cell func(readerColumn) readerCell) {
	role := s.rd.opts.mapping.Rest
	if role == ColumnIgnore {
		return
	}
	for _, k := range keys {
		if s.used[k] {
			continue
		}
		c := cell(readerColumn{name: k, index: -1})
		if role == ColumnSegment {
			row.segments = append(row.segments, c)
		} else {
			row.metrics = append(row.metrics, c)
		}
	}
}

// resolve settles the keys of each field from the mapping and, for fields
// left empty, from the first object's keys.
func (s *jsonlSource) resolve(keys []string) *RowError {
	s.resolved = true
	m := s.rd.opts.mapping
	named := func(name string) readerColumn {
		if name == "" || name == ColumnNone {
			return readerColumn{index: -1}
		}
		return readerColumn{name: name, index: -1}
	}
	p := mappingPlan{id: named(m.ID), score: named(m.Score), comment: named(m.Comment), date: named(m.Date), weight: named(m.Weight)}
	for _, k := range m.Segments {
		p.segments = append(p.segments, named(k))
	}
	for _, k := range m.Metrics {
		p.metrics = append(p.metrics, named(k))
	}
	s.used = make(map[string]bool)
	for _, c := range slices.Concat([]readerColumn{p.id, p.score, p.comment, p.date, p.weight}, p.segments, p.metrics) {
		s.used[c.name] = c.name != ""
	}
	if err := s.detect(m, &p, keys); err != nil {
		return err
	}
	s.plan = p
	return nil
}

// detect fills the fields the mapping leaves empty from the keys.
func (s *jsonlSource) detect(m Mapping, p *mappingPlan, keys []string) *RowError {
	used := make([]bool, len(keys))
	for i, k := range keys {
		used[i] = s.used[k]
	}
	if err := p.detect(m, keys, used, false); err != nil {
		return &RowError{File: s.rd.name, Err: err}
	}
	for i, k := range keys {
		s.used[k] = s.used[k] || used[i]
	}
	if p.score.name == "" && !m.ScoreOptional && m.Score != ColumnNone {
		return &RowError{File: s.rd.name, Column: "score",
			Err: fmt.Errorf("%w: no score key recognized in the first object, set Mapping.Score; keys are %q", ErrMissingColumn, keys)}
	}
	return nil
}

// jsonlCell returns the value of column c in obj.
func jsonlCell(obj map[string]json.RawMessage, c readerColumn, line int) readerCell {
	cell := readerCell{col: c, line: line}
	raw, ok := obj[c.name]
	if c.name == "" || !ok || len(raw) == 0 {
		return cell
	}
	switch raw[0] {
	case 'n':
		return cell // null
	case '"':
		cell.kind = readerText
		if !utf8.Valid(raw) {
			// encoding/json would hide the bad bytes behind U+FFFD; keep
			// the raw text for the error and the repaired text for lenient
			// comments.
			cell.badUTF8, cell.raw = true, string(raw)
		}
		if len(raw) >= 2 && bytes.IndexByte(raw, '\\') < 0 && !cell.badUTF8 {
			cell.value = string(raw[1 : len(raw)-1]) // nothing to unescape
		} else if err := json.Unmarshal(raw, &cell.value); err != nil {
			cell.value = string(raw)
		}
	case 't', 'f':
		cell.kind, cell.value = readerText, string(raw)
	case '{', '[':
		cell.kind, cell.value = readerNested, string(raw)
	default:
		cell.kind, cell.value = readerNumber, string(raw)
	}
	return cell
}

// rowError builds an error about a whole line.
func (s *jsonlSource) rowError(row *readerRow, value string, err error) *RowError {
	return &RowError{File: s.rd.name, Line: row.line, Row: row.num, Value: value, Err: err}
}

// mapping returns the resolved keys.
func (s *jsonlSource) mapping() Mapping { return s.plan.mapping(s.rd.opts.mapping, nil) }
