package nps

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sentinel errors of the readers. A reader's errors are *RowError values
// that wrap one of these (score problems wrap ErrScore), so callers can
// branch with errors.Is and find the place with errors.As.
var (
	// ErrEmptyScore marks an empty or absent score; it also matches ErrScore.
	ErrEmptyScore = errors.New("empty score")
	// ErrDate marks a date that fits none of the layouts.
	ErrDate = errors.New("date does not fit the layout")
	// ErrDateAmbiguous marks a date column whose layout the data cannot
	// decide (for example every day is 12 or less, so dd/mm and mm/dd both
	// fit); set Mapping.DateLayouts.
	ErrDateAmbiguous = errors.New("date layout is ambiguous")
	// ErrNumber marks a metric or weight that is not a finite number (or a
	// weight that is not positive).
	ErrNumber = errors.New("not a finite number")
	// ErrRagged marks a CSV row whose field count differs from the header's.
	ErrRagged = errors.New("row has a different number of fields from the header")
	// ErrUTF8 marks text that is not valid UTF-8.
	ErrUTF8 = errors.New("invalid UTF-8")
	// ErrEncoding marks input in an encoding other than UTF-8 (a UTF-16 or
	// UTF-32 byte-order mark).
	ErrEncoding = errors.New("input is not UTF-8")
	// ErrMissingColumn marks a mapped column that is not in the header, a
	// score column that cannot be found, or a JSON line without its score.
	ErrMissingColumn = errors.New("column not found")
	// ErrHeader marks an unusable CSV header: empty input, or a used column
	// name that appears more than once.
	ErrHeader = errors.New("unusable header")
	// ErrCSV marks a CSV syntax error, such as a stray or unterminated quote.
	ErrCSV = errors.New("csv syntax error")
	// ErrJSONL marks a JSON Lines line that is not a JSON object, is too
	// long, or holds a value of the wrong JSON type.
	ErrJSONL = errors.New("json lines syntax error")
)

// RowError says where a reader met bad input and why. Line is the physical
// 1-based line of the file where the offending field starts (after any
// quoted field spanning lines before it), or where the row starts for a
// problem of the whole row; Row is the 1-based data row (0 for the header or
// the whole file). Column and ColumnIndex name the column (CSV header name
// and 1-based field index) or the JSON key (ColumnIndex 0); both are empty
// when the problem concerns the whole row.
type RowError struct {
	File        string
	Line        int
	Row         int
	Column      string
	ColumnIndex int
	Value       string
	Err         error
}

// rowErrorMaxValue bounds how much of a value Error quotes; Value keeps it
// whole.
const rowErrorMaxValue = 80

// Error formats the error as "nps: file:line: column "name" (3): value
// "x": reason".
func (e *RowError) Error() string {
	var b strings.Builder
	b.WriteString("nps: ")
	file := e.File
	if file == "" {
		file = "input"
	}
	b.WriteString(file)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.Column != "" || e.ColumnIndex > 0 {
		fmt.Fprintf(&b, "column %q", e.Column)
		if e.ColumnIndex > 0 {
			fmt.Fprintf(&b, " (%d)", e.ColumnIndex)
		}
		b.WriteString(": ")
	}
	if e.Value != "" || (e.Row > 0 && e.Column != "") {
		v := e.Value
		if len(v) > rowErrorMaxValue {
			cut := rowErrorMaxValue
			for cut > 0 && !utf8.RuneStart(v[cut]) {
				cut--
			}
			v = v[:cut] + "..."
		}
		fmt.Fprintf(&b, "value %q: ", v)
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the reason, so errors.Is finds the sentinel errors.
func (e *RowError) Unwrap() error { return e.Err }
