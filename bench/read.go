package bench

import (
	"bufio"
	"fmt"
	"os"

	"github.com/verbatim-go/verbatim/nps"
	"github.com/verbatim-go/verbatim/themes"
)

// Corpus is what theme discovery needs of a responses file: the comments
// and scores, in file order, without the per-row segment maps of a full
// nps.Response (a million maps would cost more than the comments).
type Corpus struct {
	Comments []string
	Scores   []int8
	Bytes    int64 // size of the file read
}

// discoveryMapping reads only the columns discovery uses, as
// scikit-learn's baseline reads only the text column.
var discoveryMapping = nps.Mapping{ID: "id", Score: "score", Comment: "comment"}

// ReadCorpus streams the responses file at path through nps.ReadCSV and
// keeps the comments and scores.
func ReadCorpus(path string) (*Corpus, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	c := &Corpus{Bytes: st.Size()}
	// A generous guess of the row count from the size (about 240 bytes per
	// row in make_scale.py output) saves the slices' regrowth copies.
	guess := int(st.Size() / 200)
	c.Comments = make([]string, 0, guess)
	c.Scores = make([]int8, 0, guess)
	rd := nps.ReadCSV(bufio.NewReaderSize(f, 1<<20), nps.ReadName(path), nps.ReadMapping(discoveryMapping))
	for rd.Next() {
		r := rd.Response()
		c.Comments = append(c.Comments, r.Comment)
		c.Scores = append(c.Scores, int8(r.Score))
	}
	if err := rd.Err(); err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	return c, nil
}

// ReadResponses streams the file with the reader's default column
// detection (id, score, date, channel as a segment, comment), the input of
// NPS tallies and linking.
func ReadResponses(path string) ([]nps.Response, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rs, err := nps.ReadCSV(bufio.NewReaderSize(f, 1<<20), nps.ReadName(path)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	return rs, nil
}

// CountFile streams the responses file at path and analyses the comments
// as they are read (see Count), without keeping them: memory holds the
// term ids of the comments read so far, not their text.
func CountFile(path string, a *themes.Analyzer, workers int) (Counts, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return Counts{}, 0, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Counts{}, 0, err
	}
	rd := nps.ReadCSV(bufio.NewReaderSize(f, 1<<20), nps.ReadName(path), nps.ReadMapping(discoveryMapping))
	blocks, err := streamBlocks(a, workers, func() ([]string, error) {
		part := make([]string, 0, blockDocs)
		for len(part) < blockDocs && rd.Next() {
			part = append(part, rd.Response().Comment)
		}
		return part, rd.Err()
	})
	if err != nil {
		return Counts{}, 0, fmt.Errorf("bench: %w", err)
	}
	return countsOf(blocks, workers), st.Size(), nil
}
