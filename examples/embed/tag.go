package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/verbatim-go/verbatim/sentiment"
	"github.com/verbatim-go/verbatim/themes"
)

// maxBodyBytes caps a request body: a batch of a few thousand comments fits,
// a runaway upload does not.
const maxBodyBytes = 1 << 20

// request is one comment to tag. Score is optional: when given (0-10), the
// root-cause reading takes it into account (a complaint scored 2 weighs
// more than the same words scored 9).
type request struct {
	Comment *string `json:"comment"`
	Score   *int    `json:"score,omitempty"`
}

// tagged is the answer for one comment.
type tagged struct {
	Themes    []themeTag   `json:"themes"`
	Causes    []causeTag   `json:"causes"`
	Sentiment sentimentTag `json:"sentiment"`
}

type themeTag struct {
	ID       string  `json:"id"`
	Label    string  `json:"label"`
	Strength float64 `json:"strength"`
}

// causeTag is one root cause, ranked; a comment without any has no causes
// (an empty list) rather than a "none" entry.
type causeTag struct {
	Cause    themes.Cause `json:"cause"`
	Score    float64      `json:"score"`
	Evidence []span       `json:"evidence"`
}

type sentimentTag struct {
	Compound float64 `json:"compound"`
	Label    string  `json:"label"` // pos, neu or neg
	Evidence []span  `json:"evidence"`
}

// span points at the words behind a tag: comment[Start:End] == Text.
type span struct {
	Text   string  `json:"text"`
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Weight float64 `json:"weight"` // cue weight, or signed sentiment contribution
}

// tagger tags comments with a theme model, the root-cause taxonomy and the
// sentiment analyzer. All three are safe for concurrent use, so one tagger
// serves every request.
type tagger struct {
	model     *themes.Model
	labels    []string // theme labels by index in model.Themes
	taxonomy  *themes.Taxonomy
	sentiment *sentiment.Analyzer
}

func newTagger(m *themes.Model) *tagger {
	t := &tagger{model: m, taxonomy: themes.TaxonomyDefault(), sentiment: sentiment.New()}
	for _, th := range m.Themes() {
		t.labels = append(t.labels, th.Label)
	}
	return t
}

func (t *tagger) tag(r request) tagged {
	text := *r.Comment
	out := tagged{Themes: []themeTag{}, Causes: []causeTag{}}
	for _, m := range t.model.Assign(text) {
		out.Themes = append(out.Themes, themeTag{ID: m.ID, Label: t.labels[m.Theme], Strength: m.Strength})
	}

	var opts []themes.CauseOption
	if r.Score != nil {
		opts = append(opts, themes.CauseWithScore(*r.Score))
	}
	causes := t.taxonomy.Score(text, opts...)
	for _, c := range causes.Ranked {
		if c.Cause == themes.CauseNone {
			continue
		}
		ct := causeTag{Cause: c.Cause, Score: c.Score, Evidence: []span{}}
		for _, e := range causes.Evidence {
			if e.Cause == c.Cause && !e.Negated && e.Weight > 0 {
				ct.Evidence = append(ct.Evidence, span{e.Text, e.Start, e.End, e.Weight})
			}
		}
		out.Causes = append(out.Causes, ct)
	}

	s := t.sentiment.Analyze(text)
	out.Sentiment = sentimentTag{Compound: s.Compound, Label: s.Label.String(), Evidence: []span{}}
	for _, e := range s.Evidence {
		out.Sentiment.Evidence = append(out.Sentiment.Evidence, span{e.Text, e.Start, e.End, e.Contribution})
	}
	return out
}

// ServeHTTP answers POST /tag: one JSON object gets one object back, a JSON
// array gets an array in the same order.
func (t *tagger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		writeError(w, http.StatusMethodNotAllowed, "use POST with a JSON body")
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body larger than %d bytes", tooLarge.Limit))
		return
	case err != nil:
		writeError(w, http.StatusBadRequest, "reading body: "+err.Error())
		return
	}
	reqs, batch, err := decode(body)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	out := make([]tagged, len(reqs))
	for i, req := range reqs {
		out[i] = t.tag(req)
	}
	if batch {
		writeJSON(w, http.StatusOK, out)
		return
	}
	writeJSON(w, http.StatusOK, out[0])
}

// decode reads one request object or an array of them, rejecting unknown
// fields, trailing data, a missing comment and a score outside 0-10, with
// the item's index in batch errors.
func decode(body []byte) (reqs []request, batch bool, err error) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) == 0 {
		return nil, false, errors.New("empty body: send {\"comment\": \"...\"} or an array of them")
	}
	batch = trimmed[0] == '['
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if batch {
		err = dec.Decode(&reqs)
	} else {
		reqs = make([]request, 1)
		err = dec.Decode(&reqs[0])
	}
	if err != nil {
		return nil, batch, jsonError(err)
	}
	if dec.More() {
		return nil, batch, errors.New("bad JSON: data after the first value")
	}
	for i, r := range reqs {
		where := ""
		if batch {
			where = fmt.Sprintf("item %d: ", i)
		}
		if r.Comment == nil {
			return nil, batch, fmt.Errorf("%smissing \"comment\"", where)
		}
		if r.Score != nil && (*r.Score < 0 || *r.Score > 10) {
			return nil, batch, fmt.Errorf("%sscore %d out of range 0-10", where, *r.Score)
		}
	}
	return reqs, batch, nil
}

// jsonError words a decoding error for the client, with the byte offset
// where the decoder gave up.
func jsonError(err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("bad JSON at byte %d: %v", syn.Offset, syn)
	case errors.As(err, &typ):
		return fmt.Errorf("bad JSON at byte %d: %q must be %s, not %s", typ.Offset, typ.Field, typ.Type, typ.Value)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("bad JSON: unexpected end of body")
	}
	return fmt.Errorf("bad JSON: %v", err)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v) // the client has gone: nothing left to tell it
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}

// routes is the service's mux: POST /tag and GET /healthz.
func routes(t *tagger) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/tag", t)
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "use GET")
			return
		}
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "themes": len(t.labels)})
	})
	return mux
}
