package themes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/themes"
)

// causeRankedKeys returns the ranked cause keys of r.
func causeRankedKeys(r themes.CauseResult) []themes.Cause {
	var out []themes.Cause
	for _, s := range r.Ranked {
		out = append(out, s.Cause)
	}
	return out
}

// causeScoreWith scores comment, passing the respondent's score when it is
// not -1.
func causeScoreWith(tax *themes.Taxonomy, comment string, score int) themes.CauseResult {
	if score < 0 {
		return tax.Score(comment)
	}
	return tax.Score(comment, themes.CauseWithScore(score))
}

// TestCauseScoreDefault checks the default taxonomy on comments written for
// the test, most of them the phrasings of the domain brief and the issue.
// The expected causes follow from the cues in taxonomy_default.json and the
// threshold 1 (named in each case).
func TestCauseScoreDefault(t *testing.T) {
	tax := themes.TaxonomyDefault()
	cases := []struct {
		name    string
		comment string
		score   int // -1: not passed
		want    []themes.Cause
	}{
		// domain brief phrasings
		{"waited three days", "I waited three days for a response", -1, []themes.Cause{themes.CauseService}},
		{"arrived broken", "My order arrived broken", -1, []themes.Cause{themes.CauseService}},
		{"on hold and transferred", "On hold for an hour then transferred three times", -1, []themes.Cause{themes.CauseService}},
		{"engineer no show", "The engineer didn't turn up", -1, []themes.Cause{themes.CauseService}},
		{"keeps crashing", "The app keeps crashing", -1, []themes.Cause{themes.CauseProduct}},
		{"does not support", "It doesn't support single sign-on", -1, []themes.Cause{themes.CauseProduct}},
		{"hidden fees", "Hidden fees everywhere", -1, []themes.Cause{themes.CauseExpectations}},
		{"misled", "I was misled by the salesman", -1, []themes.Cause{themes.CauseExpectations}},
		{"told before", "I've told you this before and nothing has changed", -1, []themes.Cause{themes.CauseFeedbackLoop}},
		{"still not fixed", "Still not fixed", -1, []themes.Cause{themes.CauseFeedbackLoop, themes.CauseService}},
		// One missed call-back is service; a repeated one ("ever") adds
		// the feedback loop (annotation rules, ../shared/data/README.md).
		{"nobody called back", "Nobody called back", -1, []themes.Cause{themes.CauseService}},
		{"nobody ever calls back", "Nobody ever calls back", -1, []themes.Cause{themes.CauseFeedbackLoop, themes.CauseService}},
		{"stop", "STOP", -1, []themes.Cause{themes.CauseMethodology}},
		{"survey itself", "This survey is pointless", -1, []themes.Cause{themes.CauseMethodology}},
		{"too early", "Too early to say", -1, []themes.Cause{themes.CauseTiming}},
		{"not used yet", "Haven't used it yet", -1, []themes.Cause{themes.CauseTiming}},
		{"just signed up", "I just signed up", -1, []themes.Cause{themes.CauseTiming}},
		{"asked the minute", "They asked me the minute the call ended", -1, []themes.Cause{themes.CauseTiming}},
		{"sales said support said", "Sales said it was included, support said it wasn't", -1, []themes.Cause{themes.CauseMisalignment, themes.CauseExpectations}},
		{"different companies", "Like talking to different companies", -1, []themes.Cause{themes.CauseMisalignment}},
		// negation
		{"no problems", "No problems", -1, []themes.Cause{themes.CauseNone}},
		{"couldn't fault", "Couldn't fault them", -1, []themes.Cause{themes.CauseNone}},
		{"nothing to complain about", "Nothing to complain about", -1, []themes.Cause{themes.CauseNone}},
		{"not rude", "Not rude at all", -1, []themes.Cause{themes.CauseNone}},
		{"no complaints", "Great service, no complaints", -1, []themes.Cause{themes.CauseNone}},
		{"not installed yet", "Not installed yet", -1, []themes.Cause{themes.CauseTiming}},
		{"lost apostrophe", "I don\uFFFDt have internet yet", -1, []themes.Cause{themes.CauseTiming}},
		// contrast: negation stops at "but", the clause after it counts
		{"no problems but delayed", "No problems but the installation was delayed", -1, []themes.Cause{themes.CauseService}},
		{"good but price", "Good service but the price is too high", -1, []themes.Cause{themes.CauseProduct}},
		// the score as context
		{"bare score differs", "10", 3, []themes.Cause{themes.CauseMethodology}},
		{"bare score agrees", "10", 10, []themes.Cause{themes.CauseNone}},
		{"bare score unknown", "10", -1, []themes.Cause{themes.CauseNone}},
		{"bare zero", "0", 7, []themes.Cause{themes.CauseNone}},
		// nothing to go on
		{"empty", "", -1, []themes.Cause{themes.CauseNone}},
		{"praise", "Quick and easy, very helpful staff", -1, []themes.Cause{themes.CauseNone}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := causeScoreWith(tax, tc.comment, tc.score)
			assert.Equal(t, tc.want, causeRankedKeys(r), "evidence: %+v", r.Evidence)
		})
	}
}

// TestCauseEvidence checks scores and offsets by hand: "rude" is a service
// word cue of weight 1.5 at bytes 0-4 and "unhelpful" one of weight 1.5 at
// bytes 9-18, so service scores 1.5 + 1.5 = 3.
func TestCauseEvidence(t *testing.T) {
	r := themes.TaxonomyDefault().Score("rude and unhelpful")
	require.Len(t, r.Evidence, 2)
	assert.Equal(t, []themes.CauseScore{{Cause: themes.CauseService, Score: 3}}, r.Ranked)
	assert.Equal(t, themes.Evidence{Cause: themes.CauseService, Cue: themes.Cue{Kind: themes.CueWord, Text: "rude", Weight: 1.5},
		Start: 0, End: 4, Text: "rude", Weight: 1.5}, r.Evidence[0])
	assert.Equal(t, 9, r.Evidence[1].Start)
	assert.Equal(t, 18, r.Evidence[1].End)
	assert.Equal(t, themes.CauseService, r.Main())
	assert.True(t, r.Has(themes.CauseService))
	assert.False(t, r.Has(themes.CauseProduct))
	// Scores lists the seven causes in taxonomy order, none left out.
	require.Len(t, r.Scores, 7)
	assert.Equal(t, themes.CauseService, r.Scores[0].Cause)
	assert.InDelta(t, 3.0, r.Scores[0].Score, 1e-12)
}

// TestCauseNegatedEvidence: a negated match stays in the evidence with
// weight 0 so a reader sees why nothing was found.
func TestCauseNegatedEvidence(t *testing.T) {
	r := themes.TaxonomyDefault().Score("Couldn't fault them")
	require.Len(t, r.Evidence, 1)
	e := r.Evidence[0]
	assert.True(t, e.Negated)
	assert.Zero(t, e.Weight)
	assert.Equal(t, "fault", e.Text)
	assert.Equal(t, themes.CauseNone, r.Main())
}

// TestCauseRepeatedCueCountsOnce: "rude" twice still adds 1.5 once.
func TestCauseRepeatedCueCountsOnce(t *testing.T) {
	r := themes.TaxonomyDefault().Score("rude, rude, rude")
	assert.Len(t, r.Evidence, 3)
	assert.InDelta(t, 1.5, r.Scores[0].Score, 1e-12)
}

func TestCauseOptions(t *testing.T) {
	tax := themes.TaxonomyDefault()
	// "rude" 1.5 (service) and "expensive" 1.5 (product): two causes
	// tie at 1.5, taxonomy order puts service first.
	c := "rude staff and expensive"
	cases := []struct {
		name string
		opts []themes.CauseOption
		want []themes.Cause
	}{
		{"default", nil, []themes.Cause{themes.CauseService, themes.CauseProduct}},
		{"max one", []themes.CauseOption{themes.CauseMaxRanked(1)}, []themes.Cause{themes.CauseService}},
		{"threshold above both", []themes.CauseOption{themes.CauseThreshold(2)}, []themes.Cause{themes.CauseNone}},
		{"bad values ignored", []themes.CauseOption{themes.CauseThreshold(-1), themes.CauseMaxRanked(-3), themes.CauseWithScore(42)},
			[]themes.Cause{themes.CauseService, themes.CauseProduct}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, causeRankedKeys(tax.Score(c, tc.opts...)))
		})
	}
}

func TestCauseParse(t *testing.T) {
	for _, c := range themes.CauseBuiltins() {
		got, err := themes.CauseParse(string(c))
		require.NoError(t, err)
		assert.Equal(t, c, got)
	}
	for _, bad := range []string{"", "Service", "feedback loop", "billing"} {
		_, err := themes.CauseParse(bad)
		assert.ErrorIs(t, err, themes.ErrCauseUnknown, bad)
	}
	assert.Equal(t, "feedback_loop", themes.CauseFeedbackLoop.String())
}

func TestCauseDistribution(t *testing.T) {
	tax := themes.TaxonomyDefault()
	results := []themes.CauseResult{
		{Ranked: []themes.CauseScore{{Cause: themes.CauseService, Score: 3}, {Cause: themes.CauseExpectations, Score: 1}}},
		{Ranked: []themes.CauseScore{{Cause: themes.CauseService, Score: 2}}},
		{Ranked: []themes.CauseScore{{Cause: themes.CauseNone}}},
		{Ranked: []themes.CauseScore{{Cause: "billing", Score: 1}}},
	}
	d := tax.Distribution(results)
	// By hand, over 4 comments: service 3/4 of the first + all of the
	// second = 1.75/4 = 0.4375; expectations 0.25/4 = 0.0625; none 1/4;
	// billing (not in the taxonomy, listed after none) 1/4.
	share := map[themes.Cause]themes.CauseShare{}
	for _, s := range d.Shares {
		share[s.Cause] = s
	}
	assert.Equal(t, 4, d.Members)
	assert.InDelta(t, 0.4375, share[themes.CauseService].Share, 1e-12)
	assert.InDelta(t, 0.0625, share[themes.CauseExpectations].Share, 1e-12)
	assert.InDelta(t, 0.25, share[themes.CauseNone].Share, 1e-12)
	assert.InDelta(t, 0.25, share["billing"].Share, 1e-12)
	assert.Equal(t, 2, share[themes.CauseService].Main)
	assert.Equal(t, 1, share[themes.CauseExpectations].Ranked)
	assert.Equal(t, 0, share[themes.CauseExpectations].Main)
	assert.Equal(t, themes.Cause("billing"), d.Shares[len(d.Shares)-1].Cause)
	assert.Equal(t, themes.CauseService, d.Dominant)
	assert.Equal(t, themes.CauseService, d.DominantStated)

	empty := tax.Distribution(nil)
	assert.Equal(t, themes.CauseNone, empty.Dominant)
	assert.Len(t, empty.Shares, 8)

	// All praise: none dominates, and no stated cause.
	praise := tax.Distribution([]themes.CauseResult{tax.Score("great"), tax.Score("lovely staff")})
	assert.Equal(t, themes.CauseNone, praise.Dominant)
	assert.Equal(t, themes.CauseNone, praise.DominantStated)
}
