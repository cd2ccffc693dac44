package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/sentiment"
	"github.com/verbatim-go/verbatim/themes"
)

// testModel is fitted once for every test, on the first 800 comments of the
// embedded sample: enough for the sample's themes, quick under -race.
var testModel = sync.OnceValues(func() (*themes.Model, error) {
	responses, err := verbatim.Sample()
	if err != nil {
		return nil, err
	}
	comments := make([]string, 800)
	for i := range comments {
		comments[i] = responses[i].Comment
	}
	return themes.Discover(context.Background(), comments, themes.DiscoverSeed(sampleSeed))
})

var testHandler = sync.OnceValues(func() (http.Handler, error) {
	m, err := testModel()
	if err != nil {
		return nil, err
	}
	return routes(newTagger(m)), nil
})

func do(t *testing.T, method, path, body string) *httptest.ResponseRecorder {
	t.Helper()
	h, err := testHandler()
	require.NoError(t, err)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, strings.NewReader(body)))
	return rec
}

func TestTagOne(t *testing.T) {
	const comment = "Charged twice on my bill and nobody has fixed it. Waited an hour on hold."
	rec := do(t, http.MethodPost, "/tag", `{"comment": "`+comment+`", "score": 2}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))

	var got tagged
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))

	// The handler passes the library's readings through: compare with
	// calling it directly.
	want := sentiment.New().Analyze(comment)
	assert.InDelta(t, want.Compound, got.Sentiment.Compound, 1e-12)
	assert.Equal(t, "neg", got.Sentiment.Label)
	assert.Len(t, got.Sentiment.Evidence, len(want.Evidence))

	causes := themes.TaxonomyDefault().Score(comment, themes.CauseWithScore(2))
	require.NotEmpty(t, got.Causes)
	assert.Equal(t, causes.Main(), got.Causes[0].Cause)
	// "charged twice", "on hold" and "waited an hour" are service cues in
	// the default taxonomy (the domain brief's first root cause).
	assert.Equal(t, themes.CauseService, got.Causes[0].Cause)

	require.NotEmpty(t, got.Themes, "a complaint with content gets a theme")
	for _, tt := range [][]span{got.Sentiment.Evidence, got.Causes[0].Evidence} {
		for _, s := range tt {
			assert.Equal(t, comment[s.Start:s.End], s.Text, "evidence offsets point into the comment")
		}
	}
	for _, th := range got.Themes {
		assert.NotEmpty(t, th.ID)
		assert.NotEmpty(t, th.Label)
		assert.Greater(t, th.Strength, 0.0)
	}
}

func TestTagBatch(t *testing.T) {
	rec := do(t, http.MethodPost, "/tag", `[{"comment": "Friendly engineer, quick setup."}, {"comment": ""}, {"comment": "Sales promised a free router and then billed me for it", "score": 3}]`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var got []tagged
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
	require.Len(t, got, 3, "one answer per comment, in order")
	assert.Equal(t, "pos", got[0].Sentiment.Label)
	assert.Empty(t, got[1].Themes, "an empty comment has no theme")
	assert.Empty(t, got[1].Causes)
	assert.Equal(t, "neu", got[1].Sentiment.Label)
	require.NotEmpty(t, got[2].Causes)
	// "sales promised" is an expectations cue (the brief's third cause).
	assert.Equal(t, themes.CauseExpectations, got[2].Causes[0].Cause)
}

func TestTagErrors(t *testing.T) {
	big := `{"comment": "` + strings.Repeat("a", maxBodyBytes) + `"}`
	tests := []struct {
		name, method, path, body string
		status                   int
		msg                      string
	}{
		{"syntax", http.MethodPost, "/tag", `{"comment": "x",}`, http.StatusBadRequest, "bad JSON at byte 17"},
		{"truncated", http.MethodPost, "/tag", `{"comment": "x"`, http.StatusBadRequest, "unexpected end"},
		{"wrong type", http.MethodPost, "/tag", `{"comment": 7}`, http.StatusBadRequest, `"comment" must be string`},
		{"unknown field", http.MethodPost, "/tag", `{"text": "x"}`, http.StatusBadRequest, `unknown field "text"`},
		{"missing comment", http.MethodPost, "/tag", `{"score": 3}`, http.StatusBadRequest, `missing "comment"`},
		{"score range", http.MethodPost, "/tag", `[{"comment": "a"}, {"comment": "b", "score": 11}]`, http.StatusBadRequest, "item 1: score 11 out of range 0-10"},
		{"two values", http.MethodPost, "/tag", `{"comment": "a"} {"comment": "b"}`, http.StatusBadRequest, "data after the first value"},
		{"empty", http.MethodPost, "/tag", ``, http.StatusBadRequest, "empty body"},
		{"oversized", http.MethodPost, "/tag", big, http.StatusRequestEntityTooLarge, "larger than 1048576 bytes"},
		{"GET tag", http.MethodGet, "/tag", ``, http.StatusMethodNotAllowed, "use POST"},
		{"POST healthz", http.MethodPost, "/healthz", ``, http.StatusMethodNotAllowed, "use GET"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := do(t, tc.method, tc.path, tc.body)
			assert.Equal(t, tc.status, rec.Code)
			var e map[string]string
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &e), rec.Body.String())
			assert.Contains(t, e["error"], tc.msg)
			if tc.status == http.StatusMethodNotAllowed {
				assert.NotEmpty(t, rec.Header().Get("Allow"))
			}
		})
	}
}

func TestHealthz(t *testing.T) {
	rec := do(t, http.MethodGet, "/healthz", "")
	require.Equal(t, http.StatusOK, rec.Code)
	var got struct {
		Status string
		Themes int
	}
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
	assert.Equal(t, "ok", got.Status)
	assert.Positive(t, got.Themes)
}

// TestDemo runs the self-demo end to end over a real socket, on a model
// saved and loaded as -model would.
func TestDemo(t *testing.T) {
	m, err := testModel()
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "model.json")
	var saved bytes.Buffer
	require.NoError(t, m.Save(&saved))
	require.NoError(t, os.WriteFile(path, saved.Bytes(), 0o600))
	loaded, err := loadModel(path)
	require.NoError(t, err)

	var out bytes.Buffer
	require.NoError(t, demo(newServer(routes(newTagger(loaded))), &out))
	assert.Equal(t, 2, strings.Count(out.String(), "-> 200 OK"))
	assert.Contains(t, out.String(), `"cause": "service"`)
}

func TestLoadModelErrors(t *testing.T) {
	dir := t.TempDir()
	notModel := filepath.Join(dir, "survey.csv")
	require.NoError(t, os.WriteFile(notModel, []byte("id,score\n1,9\n"), 0o600))
	_, err := loadModel(notModel)
	require.Error(t, err)
	assert.Contains(t, err.Error(), notModel, "the error names the file")

	_, err = loadModel(filepath.Join(dir, "absent.json"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}
