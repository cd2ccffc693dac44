package nps

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"
)

// ReadCSV returns a Reader of the CSV data in r. The first record is the
// header; blank lines are skipped (encoding/csv does so) and do not count
// as rows. Quoted fields may span lines: errors give the physical line where
// the field starts. Nothing is read until the first call to Next.
func ReadCSV(r io.Reader, opts ...ReadOption) *Reader {
	rd := readerNew(opts)
	rd.src = &csvSource{rd: rd, in: r}
	return rd
}

// csvSource reads CSV records with encoding/csv.
type csvSource struct {
	rd     *Reader
	in     io.Reader
	cr     *csv.Reader
	header []string
	plan   mappingPlan
	rows   int
}

// start skips a UTF-8 byte-order mark, reads the header and resolves the
// mapping.
func (s *csvSource) start() *RowError {
	br, err := readerBOM(s.rd.name, s.in)
	if err != nil {
		return err
	}
	s.cr = csv.NewReader(br)
	s.cr.Comma = s.rd.opts.comma
	s.cr.FieldsPerRecord = -1 // ragged rows are reported by us, with context
	s.cr.ReuseRecord = true
	header, rerr := s.cr.Read()
	if rerr != nil {
		return s.headerError(rerr)
	}
	s.header = slices.Clone(header)
	for i, h := range s.header {
		if !utf8.ValidString(h) {
			return &RowError{File: s.rd.name, Line: 1, Column: h, ColumnIndex: i + 1, Err: fmt.Errorf("%w in the header", ErrUTF8)}
		}
	}
	plan, perr := mappingResolve(s.rd.opts.mapping, s.header)
	if perr != nil {
		perr.File = s.rd.name
		return perr
	}
	s.plan = plan
	return nil
}

// headerError explains why the header could not be read.
func (s *csvSource) headerError(err error) *RowError {
	var pe *csv.ParseError
	switch {
	case errors.Is(err, io.EOF):
		return &RowError{File: s.rd.name, Err: fmt.Errorf("%w: empty input, no header", ErrHeader)}
	case errors.As(err, &pe):
		return &RowError{File: s.rd.name, Line: pe.StartLine, Err: fmt.Errorf("%w: header: %w: %w", ErrHeader, ErrCSV, pe)}
	}
	return &RowError{File: s.rd.name, Err: err}
}

// next reads one record into row.
func (s *csvSource) next(row *readerRow) error {
	rec, err := s.cr.Read()
	if errors.Is(err, io.EOF) {
		return io.EOF
	}
	var pe *csv.ParseError
	if err != nil && !errors.As(err, &pe) {
		return &RowError{File: s.rd.name, Row: s.rows + 1, Err: err}
	}
	s.rows++
	row.num = s.rows
	if pe != nil {
		row.line = pe.StartLine
		row.err = &RowError{File: s.rd.name, Line: pe.StartLine, Row: row.num,
			Err: fmt.Errorf("%w: %w (line %d, byte %d)", ErrCSV, pe.Err, pe.Line, pe.Column)}
		return nil
	}
	row.line, _ = s.cr.FieldPos(0)
	if len(rec) != len(s.header) {
		row.err = &RowError{File: s.rd.name, Line: row.line, Row: row.num,
			Err: fmt.Errorf("%w: %d fields, the header has %d", ErrRagged, len(rec), len(s.header))}
		return nil
	}
	p := &s.plan
	row.id, row.score, row.comment = s.cell(rec, p.id), s.cell(rec, p.score), s.cell(rec, p.comment)
	row.date, row.weight = s.cell(rec, p.date), s.cell(rec, p.weight)
	for _, c := range p.segments {
		row.segments = append(row.segments, s.cell(rec, c))
	}
	for _, c := range p.metrics {
		row.metrics = append(row.metrics, s.cell(rec, c))
	}
	return nil
}

// cell returns the field of column c, or an unmapped cell.
func (s *csvSource) cell(rec []string, c readerColumn) readerCell {
	if c.index < 0 {
		return readerCell{col: readerColumn{index: -1}}
	}
	line, _ := s.cr.FieldPos(c.index)
	return readerCell{col: c, line: line, value: rec[c.index], kind: readerText}
}

// mapping returns the resolved columns.
func (s *csvSource) mapping() Mapping { return s.plan.mapping(s.rd.opts.mapping, nil) }

// readerBOM skips a UTF-8 byte-order mark and refuses UTF-16 and UTF-32
// ones, whose text the readers would otherwise take for garbage.
func readerBOM(name string, r io.Reader) (*bufio.Reader, *RowError) {
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(4)
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		_, _ = br.Discard(3)
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}), bytes.HasPrefix(head, []byte{0xFF, 0xFE}),
		bytes.HasPrefix(head, []byte{0x00, 0x00, 0xFE, 0xFF}):
		return nil, &RowError{File: name, Line: 1, Value: fmt.Sprintf("% X", head),
			Err: fmt.Errorf("%w: UTF-16 or UTF-32 byte-order mark; convert the file to UTF-8", ErrEncoding)}
	}
	return br, nil
}
