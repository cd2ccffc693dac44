package synth

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// Header returns the column names of the corpus file, in order.
func Header() []string {
	return []string{"id", "date", "channel", "tier", "region", "score", "comment",
		"wait_minutes", "transfers", "gold_themes", "gold_causes"}
}

// Record returns the row as the fields of one CSV record, in Header order.
func (r Row) Record() []string {
	wait := ""
	if r.HasWait {
		wait = strconv.FormatFloat(r.Wait, 'f', -1, 64)
	}
	causes := make([]string, len(r.Causes))
	for i, c := range r.Causes {
		causes[i] = string(c)
	}
	return []string{r.ID, r.Date.Format("2006-01-02"), r.Channel, r.Tier, r.Region,
		strconv.Itoa(r.Score), r.Comment, wait, strconv.Itoa(r.Transfers),
		strings.Join(r.Themes, ";"), strings.Join(causes, ";")}
}

// Write writes the header and the rows as RFC 4180 CSV (LF line ends, fields
// quoted only when needed).
func Write(w io.Writer, rows []Row) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Header()); err != nil {
		return err
	}
	for _, r := range rows {
		if err := cw.Write(r.Record()); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
