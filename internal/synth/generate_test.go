package synth

import (
	"bytes"
	"encoding/csv"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(7, 400), Generate(7, 400)
	require.Equal(t, a, b)
	var wa, wb bytes.Buffer
	require.NoError(t, Write(&wa, a))
	require.NoError(t, Write(&wb, b))
	assert.Equal(t, wa.Bytes(), wb.Bytes())

	c := Generate(8, 400)
	same := 0
	for i := range a {
		if a[i].Comment == c[i].Comment {
			same++
		}
	}
	assert.Less(t, same, 100, "another seed gives other comments")
}

func TestGenerateSizes(t *testing.T) {
	assert.Empty(t, Generate(1, 0))
	assert.Len(t, Generate(1, 1), 1)
	assert.PanicsWithValue(t, "synth: negative row count", func() { Generate(1, -1) })
}

// TestTemplatesExpand expands every template of every pool for every
// channel and tier, so a misspelt slot fails here rather than in a rare row.
func TestTemplatesExpand(t *testing.T) {
	var all []string
	add := func(p pool) {
		for _, xs := range [][]string{p.severe, p.mild, p.short, p.detail} {
			all = append(all, xs...)
		}
	}
	for _, k := range complaintKeys {
		add(poolOf(k))
	}
	for _, p := range praisePools {
		add(p)
	}
	for _, xs := range surveyPools {
		all = append(all, xs...)
	}
	for _, xs := range cuePools {
		all = append(all, xs...)
	}
	all = append(all, storyPool...)
	all = append(all, closersFormal...)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, ch := range Channels {
		for _, tier := range Tiers {
			row := &Row{Channel: ch, Tier: tier, Date: time.Date(2025, 1, 5, 0, 0, 0, 0, time.UTC), Wait: 12, Transfers: 3}
			for _, tmpl := range all {
				got := filler{rng: rng, row: row}.expand(tmpl)
				assert.NotContains(t, got, "{", tmpl)
				assert.NotContains(t, got, "}", tmpl)
			}
		}
	}
	assert.Len(t, poolOf(ThemeOutage).severe, len(productPools[ThemeOutage].severe))
	for _, th := range Themes() {
		if th.Key == ThemeSurvey {
			continue
		}
		p, ok := praisePools[th.Key]
		if !ok {
			p = poolOf(th.Key)
		}
		assert.NotEmpty(t, p.severe, th.Key)
		assert.NotEmpty(t, p.mild, th.Key)
		assert.NotEmpty(t, p.short, th.Key)
	}
}

func TestCausesOf(t *testing.T) {
	tests := []struct {
		name   string
		kind   Kind
		themes []string
		cue    Cause
		want   []Cause
	}{
		{"praise has no cause", KindPraise, []string{ThemeHelpfulStaff}, "", []Cause{CauseNone}},
		{"empty", KindEmpty, nil, "", []Cause{CauseNone}},
		{"one complaint", KindSevere, []string{ThemeOutage}, "", []Cause{CauseProduct}},
		{"complaint and cue", KindSevere, []string{ThemeBillingError}, CauseFeedbackLoop,
			[]Cause{CauseService, CauseFeedbackLoop}},
		{"praise main, complaint second", KindMixed, []string{ThemeHelpfulStaff, ThemePriceRise}, "",
			[]Cause{CauseExpectations}},
		{"same cause once", KindDouble, []string{ThemeLongWait, ThemeRudeAgent}, CauseService,
			[]Cause{CauseService}},
		{"survey takes the cue's cause", KindSurvey, []string{ThemeSurvey}, CauseMethodology,
			[]Cause{CauseMethodology}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, causesOf(&Row{Kind: tc.kind, Themes: tc.themes}, tc.cue))
		})
	}
}

// TestWaitPhrase: the phrase quotes the recorded wait (the number in it is
// the wait rounded, or a round bound below it).
func TestWaitPhrase(t *testing.T) {
	tests := []struct {
		name    string
		minutes float64
		oneOf   []string
	}{
		{"under two minutes", 1.2, []string{"a minute"}},
		{"minutes", 47.4, []string{"47 minutes", "47 mins", "over 45 minutes", "47 min"}},
		{"an hour or so", 70, []string{"over an hour", "more than an hour", "70 minutes", "an hour plus"}},
		{"nearly two hours", 110, []string{"nearly two hours", "almost 2 hours", "110 minutes"}},
		{"hours", 300, []string{"5 hours", "over 5 hours"}},
		{"days: 2880 minutes is two days", 2880, []string{"two days", "2 days"}},
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for range 20 {
				assert.Contains(t, tc.oneOf, waitPhrase(rng, tc.minutes, "phone"))
			}
		})
	}
}

func TestVoiceWords(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"British to American", "The engineer cancelled. Rubbish!", "The technician canceled. Garbage!"},
		{"keeps punctuation and emoji", "fibre, 😡 (mum)", "fiber, 😡 (mom)"},
		{"leaves unknown words", "Nothing to change here", "Nothing to change here"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := mapWords(tc.in, func(w string) string { r, _ := replaceKeepCase(usWords, w); return r })
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestTypoChangesOneWord(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	in := "The engineer never arrived for the installation"
	for range 50 {
		out := typo(rng, in)
		assert.NotEqual(t, in, out)
		a, b := strings.Fields(in), strings.Fields(out)
		require.Len(t, b, len(a))
		diff := 0
		for i := range a {
			if a[i] != b[i] {
				diff++
			}
		}
		assert.Equal(t, 1, diff, out)
	}
}

// TestWriteRoundTrip: comments with commas, quotes and line breaks survive
// encoding/csv, and the record follows Header.
func TestWriteRoundTrip(t *testing.T) {
	row := Row{ID: "r00001", Date: time.Date(2025, 3, 9, 0, 0, 0, 0, time.UTC), Channel: "chat",
		Tier: "smb", Region: "east", Score: 3, Comment: "They said \"fixed\", it wasn't.\nStill down.",
		Wait: 12.5, HasWait: true, Transfers: 2, Themes: []string{ThemeOutage, ThemeTransferred},
		Causes: []Cause{CauseProduct, CauseService}}
	selfService := Row{ID: "r00002", Date: row.Date, Channel: "self-service", Tier: "consumer",
		Region: "west", Score: 10, Comment: "", Causes: []Cause{CauseNone}}
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, []Row{row, selfService}))
	got, err := csv.NewReader(&buf).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{Header(),
		{"r00001", "2025-03-09", "chat", "smb", "east", "3", row.Comment, "12.5", "2", "outage;transferred", "product;service"},
		{"r00002", "2025-03-09", "self-service", "consumer", "west", "10", "", "", "0", "", "none"},
	}, got)
}

func TestKindString(t *testing.T) {
	assert.Equal(t, "severe", KindSevere.String())
	assert.Equal(t, "kind(42)", Kind(42).String())
	assert.Equal(t, "2025-Q3", QuarterLabel(time.Date(2025, 9, 30, 0, 0, 0, 0, time.UTC)))
}

// BenchmarkGenerate measures building and writing the default corpus;
// SetBytes is the size of the CSV written.
func BenchmarkGenerate(b *testing.B) {
	var buf bytes.Buffer
	require.NoError(b, Write(&buf, Generate(DefaultSeed, DefaultSize)))
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := Write(&buf, Generate(DefaultSeed, DefaultSize)); err != nil {
			b.Fatal(err)
		}
	}
}
