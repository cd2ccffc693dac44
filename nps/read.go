package nps

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"time"
)

// Reader streams Responses out of a CSV or JSON Lines input. It holds one
// row at a time, plus at most the rows it needs to detect the date layout
// (ReadDetectRows), so its memory does not grow with the input; in lenient
// mode it also keeps the rejected rows unless ReadOnReject takes them.
//
// Use it like bufio.Scanner:
//
//	rd := nps.ReadCSV(f, nps.ReadName("survey.csv"))
//	for rd.Next() {
//		r := rd.Response()
//		...
//	}
//	if err := rd.Err(); err != nil { ... }
//
// In strict mode (the default) the first bad row stops the reader and Err
// returns it. In lenient mode (ReadLenient) a bad row is rejected, kept in
// Rejected with its reason, and reading goes on; Err then reports only
// problems that end the whole input (an unreadable header, a non-UTF-8
// byte-order mark, an undecidable date layout, an I/O error). Every data
// row is counted in Stats as accepted or rejected: none is dropped silently.
//
// Error values are *RowError naming file, line, column and value, wrapping
// ErrScore (with ErrEmptyScore), ErrDate, ErrDateAmbiguous, ErrNumber,
// ErrRagged, ErrUTF8, ErrEncoding, ErrMissingColumn, ErrHeader, ErrCSV or
// ErrJSONL.
//
// Values: a score is digits with optional surrounding spaces, and may end in
// a decimal point followed by zeros ("7.0" is 7, "7.5" is rejected); a JSON
// score may be a number or a string. An empty date is the zero time. A
// UTF-8 byte-order mark at the start is skipped; a UTF-16 or UTF-32 one is
// an ErrEncoding error. Only the columns in use are checked for valid
// UTF-8; in lenient mode an invalid comment is repaired with U+FFFD (in
// CSV each run of bad bytes becomes one U+FFFD, in JSON Lines each bad
// byte, as encoding/json does) and the row kept, reported in Warnings,
// while invalid UTF-8 in any other column used rejects the row (a repaired
// id or segment could merge distinct values).
//
// When the input as a whole fails (Err is not nil), rows held for date
// detection are neither accepted nor rejected: Stats counts the rows
// judged before the failure.
type Reader struct {
	opts    readerOptions
	name    string
	src     readerSource
	loc     *time.Location
	layouts []string

	started, detecting, eof bool
	detect                  detectState
	dateCol                 readerColumn
	pending                 []readerRow // rows held while the layout is detected
	row                     readerRow   // the row being read, reused

	cur      Response
	err      error
	warning  *RowError // the current row's repair, kept if the row is accepted
	stats    ReaderStats
	rejected []*RowError
	warnings []*RowError
}

// ReaderStats counts what a Reader has read so far.
type ReaderStats struct {
	// Rows counts the data rows met: Accepted + Rejected.
	Rows int
	// Accepted counts the rows returned as Responses.
	Accepted int
	// Rejected counts the rows refused (lenient mode; in strict mode the
	// one that stopped the reader).
	Rejected int
	// Repaired counts the accepted rows whose comment was repaired.
	Repaired int
}

// readerSource is a format: it reads its header, if any, then hands over
// one row at a time.
type readerSource interface {
	// start reads what comes before the rows; an error ends the input.
	start() *RowError
	// next fills row with the next data row; io.EOF at the end, any other
	// error ends the input. Problems of the row itself go in row.err.
	next(row *readerRow) error
	// mapping returns the columns as resolved so far.
	mapping() Mapping
}

// readerOptions holds the settings of a Reader.
type readerOptions struct {
	name       string
	mapping    Mapping
	lenient    bool
	comma      rune
	detectRows int
	onReject   func(*RowError)
}

// ReadOption sets up a Reader.
type ReadOption func(*readerOptions)

// ReadName sets the file name errors report; the default is "input".
func ReadName(name string) ReadOption { return func(o *readerOptions) { o.name = name } }

// ReadMapping sets the columns (see Mapping); the default detects them.
func ReadMapping(m Mapping) ReadOption { return func(o *readerOptions) { o.mapping = m } }

// ReadLenient makes the reader reject bad rows and go on instead of
// stopping at the first one.
func ReadLenient() ReadOption { return func(o *readerOptions) { o.lenient = true } }

// ReadComma sets the CSV field delimiter, such as ';' or '\t'; the default
// is ','.
func ReadComma(r rune) ReadOption { return func(o *readerOptions) { o.comma = r } }

// ReadDetectRows sets how many rows the reader may hold while it detects
// the date layout (default 10000); if the layout is still ambiguous then,
// reading fails with ErrDateAmbiguous. It panics if n < 1.
func ReadDetectRows(n int) ReadOption {
	if n < 1 {
		panic("nps: ReadDetectRows needs at least one row")
	}
	return func(o *readerOptions) { o.detectRows = n }
}

// ReadOnReject hands each rejected row to f as it happens, instead of
// keeping it for Rejected, so that a lenient reader's memory stays constant
// however many rows are bad. It panics if f is nil.
func ReadOnReject(f func(*RowError)) ReadOption {
	if f == nil {
		panic("nps: ReadOnReject needs a function")
	}
	return func(o *readerOptions) { o.onReject = f }
}

// readerDefaultDetectRows bounds the rows held for date detection.
const readerDefaultDetectRows = 10000

// readerNew applies the options.
func readerNew(opts []ReadOption) *Reader {
	o := readerOptions{name: "input", comma: ',', detectRows: readerDefaultDetectRows}
	for _, opt := range opts {
		opt(&o)
	}
	rd := &Reader{opts: o, name: o.name, loc: o.mapping.Location}
	if rd.loc == nil {
		rd.loc = time.UTC
	}
	rd.layouts = slices.Clone(o.mapping.DateLayouts)
	rd.detecting = len(rd.layouts) == 0
	return rd
}

// Next advances to the next accepted row and reports whether there is one.
func (rd *Reader) Next() bool {
	if rd.err != nil {
		return false
	}
	if !rd.started {
		rd.started = true
		if err := rd.src.start(); err != nil {
			rd.err = err
			return false
		}
	}
	for {
		row := rd.nextRow()
		if row == nil {
			return false
		}
		rd.stats.Rows++
		rd.warning = nil
		resp, err := rd.convert(row)
		if err == nil {
			rd.accept(resp)
			return true
		}
		rd.stats.Rejected++
		if !rd.opts.lenient {
			rd.err = err
			return false
		}
		if rd.opts.onReject != nil {
			rd.opts.onReject(err)
		} else {
			rd.rejected = append(rd.rejected, err)
		}
	}
}

// accept makes resp the current response.
func (rd *Reader) accept(resp Response) {
	rd.stats.Accepted++
	if rd.warning != nil {
		rd.stats.Repaired++
		rd.warnings = append(rd.warnings, rd.warning)
	}
	rd.cur = resp
}

// warn records the current row's repair.
func (rd *Reader) warn(w *RowError) { rd.warning = w }

// nextRow returns the next row, held or fresh; nil at the end.
func (rd *Reader) nextRow() *readerRow {
	if rd.detecting && !rd.fillDetect() {
		return nil
	}
	if len(rd.pending) > 0 {
		rd.row = rd.pending[0]
		rd.pending = rd.pending[1:]
		if len(rd.pending) == 0 {
			rd.pending = nil
		}
		return &rd.row
	}
	if rd.eof {
		return nil
	}
	rd.row = readerRow{segments: rd.row.segments[:0], metrics: rd.row.metrics[:0]}
	if !rd.read(&rd.row) {
		return nil
	}
	return &rd.row
}

// read fills row from the source; false at the end or on a fatal error.
func (rd *Reader) read(row *readerRow) bool {
	err := rd.src.next(row)
	switch {
	case err == nil:
		return true
	case errors.Is(err, io.EOF):
		rd.eof = true
	default:
		rd.err = err
	}
	return false
}

// fillDetect holds rows until their dates decide the layout, the holding
// limit is reached or the input ends, then settles the layout.
func (rd *Reader) fillDetect() bool {
	for !rd.eof && len(rd.pending) < rd.opts.detectRows && !rd.detect.decided() {
		var row readerRow
		if !rd.read(&row) {
			if rd.err != nil {
				return false
			}
			break
		}
		rd.pending = append(rd.pending, row)
		if row.err != nil {
			continue
		}
		if row.date.col.name == "" {
			break // no date column: nothing to detect
		}
		rd.dateCol = row.date.col
		if row.date.kind == readerText {
			rd.detect.add(row.date.value)
		}
	}
	rd.detecting = false
	layout, err := rd.detect.result()
	if err != nil {
		rd.err = &RowError{File: rd.name, Column: rd.dateCol.name, ColumnIndex: rd.dateCol.index + 1,
			Err: fmt.Errorf("%w (detection read %d rows)", err, len(rd.pending))}
		return false
	}
	if layout != "" {
		rd.layouts = []string{layout}
	}
	return true
}

// Response returns the row Next accepted. Its maps are the caller's.
func (rd *Reader) Response() Response { return rd.cur }

// Err returns the error that stopped the reader, nil at a clean end. In
// lenient mode rejected rows are not errors here; see Rejected.
func (rd *Reader) Err() error { return rd.err }

// Rejected returns the rows rejected so far in lenient mode, in input
// order (empty when ReadOnReject takes them).
func (rd *Reader) Rejected() []*RowError { return rd.rejected }

// Warnings returns the repairs made to accepted rows (lenient mode only:
// comments whose invalid UTF-8 was replaced with U+FFFD), in input order.
func (rd *Reader) Warnings() []*RowError { return rd.warnings }

// Stats returns the counts so far.
func (rd *Reader) Stats() ReaderStats { return rd.stats }

// Mapping returns the columns in use, with the detected names and date
// layout, once Next has been called (for JSON Lines, once the first object
// has been read).
func (rd *Reader) Mapping() Mapping {
	m := rd.src.mapping()
	m.DateLayouts = slices.Clone(rd.layouts)
	if m.Location == nil {
		m.Location = rd.loc
	}
	return m
}

// ReadAll reads every remaining row. In strict mode it stops at the first
// bad row and returns the responses before it with the error; in lenient
// mode the error is nil unless the whole input failed, and the rejected
// rows are in Rejected.
func (rd *Reader) ReadAll() ([]Response, error) {
	var out []Response
	for rd.Next() {
		out = append(out, rd.Response())
	}
	return out, rd.Err()
}
