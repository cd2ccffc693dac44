package themes_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/verbatim-go/verbatim/themes"
)

// TestCauseCueFamilies checks the cue families added to lift the held-out
// root-cause figures, on comments written for this test (none is taken
// from the evaluation data). Each case names its family; the expected main
// cause follows the cause descriptions of ../shared/docs/domain.md and the
// annotation rules of ../shared/data/README.md ("a single missed call-back
// is service, repeated ignored contact adds feedback_loop"; "not used it
// yet / no bill yet / too early is timing"; praise is none). When also is
// set, that cause must be ranked too.
func TestCauseCueFamilies(t *testing.T) {
	tax := themes.TaxonomyDefault()
	cases := []struct {
		name    string
		comment string
		score   int // -1: not passed
		want    themes.Cause
		also    themes.Cause
	}{
		// feedback loop: chasing, being ignored, the same answer again
		{"keep chasing", "I keep chasing them and nothing ever happens", 1, themes.CauseFeedbackLoop, ""},
		{"keep ringing", "Have to keep ringing up to find out what is going on, nobody ever rings me", 0, themes.CauseFeedbackLoop, ""},
		{"calls not returned", "Nobody returned any of my calls or emails", 2, themes.CauseFeedbackLoop, ""},
		{"keep getting told", "I keep getting told it will be sorted and it never is", 2, themes.CauseFeedbackLoop, ""},
		{"despite complaints", "Despite numerous complaints the problem is exactly the same", 2, themes.CauseFeedbackLoop, ""},
		{"reported still nothing", "Reported the fault weeks ago and still nobody has done anything", 3, themes.CauseFeedbackLoop, ""},
		{"broken record", "Like a broken record, same answer every time I contact you", 2, themes.CauseFeedbackLoop, ""},
		{"took no notice", "Had to call 6 times and nobody took any notice", 1, themes.CauseFeedbackLoop, ""},
		{"same excuse", "I've called five times about this and every time I get the same excuse", 1, themes.CauseFeedbackLoop, ""},
		{"still waiting to hear", "Still waiting to hear back about my complaint from last month", 1, themes.CauseService, themes.CauseFeedbackLoop},
		{"nobody ever", "The energy company never ever replies to my letters", 2, themes.CauseFeedbackLoop, ""},
		{"time and time again", "The same fault comes back time and time again", 1, themes.CauseFeedbackLoop, ""},
		{"complaint closed", "They closed my complaint without ever speaking to me", 0, themes.CauseFeedbackLoop, ""},
		{"nothing resolved", "Three months on and nothing has been resolved", 2, themes.CauseFeedbackLoop, ""},
		// "address" is not "addressed": an old address is no unresolved complaint
		{"new address", "Your records still haven't been updated with my new address", 3, themes.CauseService, ""},
		{"when are you going to", "When are you going to deal with my refund request?", 0, themes.CauseFeedbackLoop, ""},
		{"never reply", "You never reply to emails or letters", 1, themes.CauseFeedbackLoop, ""},
		{"does anyone read", "Fourth time I've written in. Does anyone actually read these?", 2, themes.CauseFeedbackLoop, ""},
		// a single missed call-back is service, not the loop
		{"one missed call-back", "They said they would call me back but nobody did", 3, themes.CauseService, ""},
		{"call-back never came", "The call-back I was promised never came", 2, themes.CauseService, ""},
		// no reply at all reads as the loop first, and as service
		{"no reply", "Sent the bank the forms, no reply", 3, themes.CauseFeedbackLoop, themes.CauseService},
		// negated repetition is praise, however many words sit in between
		{"didn't even repeat", "Very helpful, I didn't even have to repeat myself", 9, themes.CauseNone, ""},
		{"never had to chase", "Never had to chase anything, all went smoothly", 8, themes.CauseNone, ""},
		// misalignment: teams and channels that disagree or do not talk
		{"communication between", "Poor communication between your sales team and the installers", 2, themes.CauseService, themes.CauseMisalignment},
		{"blame each other", "The contractor blames you and you blame the contractor", 1, themes.CauseMisalignment, ""},
		{"stuck in the middle", "I'm stuck in the middle between you and the engineers", 2, themes.CauseMisalignment, ""},
		{"disconnect between", "There is a disconnect between what customer services say and what billing do", 3, themes.CauseMisalignment, ""},
		{"engineer not told", "The engineer had not been told anything about my order", 2, themes.CauseMisalignment, ""},
		{"not passed on", "The message was never passed on to the installation team", 2, themes.CauseMisalignment, ""},
		{"shop vs helpline", "The shop said the upgrade was free but the helpline say I have to pay", 3, themes.CauseMisalignment, ""},
		{"one date another", "The online chat told me one date and the phone team gave another", 3, themes.CauseMisalignment, ""},
		{"nobody responsible", "Nobody will take responsibility for the mistake between the two teams", 2, themes.CauseMisalignment, ""},
		{"said but said", "The installer said the socket was fine but then billing said it needed replacing", 3, themes.CauseMisalignment, ""},
		{"same offer refused", "The second agent wouldn't give me the same offer as the first", 3, themes.CauseMisalignment, ""},
		// product: value, reliability, reach, availability, the package
		{"too much", "Paying far too much for what I get", 2, themes.CauseProduct, ""},
		{"wifi reach", "The wifi doesn't reach upstairs", 4, themes.CauseProduct, ""},
		{"not reliable", "Broadband is not reliable at all", 5, themes.CauseProduct, ""},
		{"old provider", "My old provider was faster and cheaper", 4, themes.CauseProduct, ""},
		{"compared previous", "Costly compared to my previous provider", 5, themes.CauseProduct, ""},
		{"not available", "Fibre not available in our area", 6, themes.CauseProduct, ""},
		{"pixelating", "The TV picture keeps pixelating", 5, themes.CauseProduct, ""},
		{"dial tone", "No dial tone on the landline", 3, themes.CauseProduct, ""},
		{"not enough channels", "Not enough channels in the package", 4, themes.CauseProduct, ""},
		{"not value", "Not value for money", 6, themes.CauseProduct, ""},
		{"waste of money", "A waste of money", 2, themes.CauseProduct, ""},
		{"not easy to use", "The new banking app is not easy to use", 5, themes.CauseProduct, ""},
		{"could be cheaper", "Decent but could be cheaper", 5, themes.CauseProduct, ""},
		{"data allowance", "The data allowance is far too small", 5, themes.CauseProduct, ""},
		{"speed fluctuates", "Speed fluctuates all the time", 4, themes.CauseProduct, ""},
		{"goes off", "The internet goes off every night", 3, themes.CauseProduct, ""},
		{"can't use", "I still can't use the internet after the upgrade", 3, themes.CauseService, themes.CauseProduct},
		{"zero flexibility", "Zero flexibility on the package", 5, themes.CauseProduct, ""},
		{"mobile problems", "Lots of mobile problems lately", 4, themes.CauseProduct, ""},
		{"speed figure", "Average of 3 Mbps in the evenings", 3, themes.CauseProduct, ""},
		{"one word speed", "Speed", 6, themes.CauseProduct, ""},
		{"one word reliability", "Reliability.", 5, themes.CauseProduct, ""},
		{"because of the price", "Only because of the price", 7, themes.CauseProduct, ""},
		// timing: too little use to judge
		{"limited experience", "Limited experience so far", 8, themes.CauseTiming, ""},
		{"used twice", "Only used it a couple of times", 7, themes.CauseTiming, ""},
		{"only two days", "It's only been installed for two days", 8, themes.CauseTiming, ""},
		{"unable to comment", "Unable to comment until it's up and running", 7, themes.CauseTiming, ""},
		{"not enough experience", "Not enough experience with the software to score it", 7, themes.CauseTiming, ""},
		{"premature", "Scoring you now is premature", 7, themes.CauseTiming, ""},
		{"jury's out", "Jury's out until the new phone arrives", 8, themes.CauseTiming, ""},
		{"ask in months", "Ask me in a few months", 8, themes.CauseTiming, ""},
		{"give it time", "Give it time, then I'll judge", 7, themes.CauseTiming, ""},
		{"let you know", "I will let you know when it's installed", 8, themes.CauseTiming, ""},
		{"nothing but hassle", "Nothing but hassle since I signed up", 2, themes.CauseService, ""},
		{"painful", "The whole switch was painful", 4, themes.CauseService, ""},
		{"time consuming", "Ordering was very time consuming", 6, themes.CauseService, ""},
		{"trying since", "Been trying to get it connected since March", 1, themes.CauseService, ""},
		{"mediocre support", "Customer support is mediocre at best", 5, themes.CauseService, ""},
		{"date moved", "My delivery date got moved twice", 3, themes.CauseService, ""},
		{"can't answer this", "My partner pays the bill, so I can't really answer this", 5, themes.CauseMethodology, ""},
		// "lately" stems to "late" but is no delay
		{"late", "The parcel arrived late", 3, themes.CauseService, ""},
		{"lately", "The app has been great lately", 9, themes.CauseNone, ""},
		// methodology: opt-outs in a few words
		{"stop all", "Stop all", 5, themes.CauseMethodology, ""},
		{"do not contact", "Do not contact", 5, themes.CauseMethodology, ""},
		// praise stays none
		{"will recommend", "Will recommend to friends", 8, themes.CauseNone, ""},
		{"give them a raise", "Excellent, give them a raise", 9, themes.CauseNone, ""},
		// service: dates put back, not getting through, rushed, not easy
		{"not easy", "It was not easy to change my appointment", 6, themes.CauseService, ""},
		{"dismal", "Dismal customer service", 0, themes.CauseService, ""},
		{"put back", "Installation date was put back twice", 3, themes.CauseService, ""},
		{"get through", "Couldn't get through to anyone for days", 2, themes.CauseService, ""},
		{"rushed", "Felt rushed on the phone", 4, themes.CauseService, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := causeScoreWith(tax, tc.comment, tc.score)
			assert.Equal(t, tc.want, res.Main(), "%q: ranked %v, evidence %v", tc.comment, res.Ranked, res.Evidence)
			if tc.also != "" {
				assert.True(t, res.Has(tc.also), "%q: %s not ranked: %v", tc.comment, tc.also, res.Ranked)
			}
		})
	}
}

// TestCauseTypedScore checks the score_mismatch cue of the default
// taxonomy (weight 2, methodology) on comments that are nothing but a
// score: it fires when the typed score differs from the one given, in
// digits, as a word or out of ten; a bare 0 is not read as a score, but
// 0 out of ten is.
func TestCauseTypedScore(t *testing.T) {
	tax := themes.TaxonomyDefault()
	cases := []struct {
		name    string
		comment string
		score   int
		want    themes.Cause
	}{
		{"digits", "8", 3, themes.CauseMethodology},
		{"same digits", "8", 8, themes.CauseNone},
		{"word", "Eight", 2, themes.CauseMethodology},
		{"out of ten slash", "8/10", 2, themes.CauseMethodology},
		{"same out of ten", "8/10", 8, themes.CauseNone},
		{"out of ten words", "9 out of 10", 3, themes.CauseMethodology},
		{"ten out of ten", "10/10!", 4, themes.CauseMethodology},
		{"zero out of ten", "0/10", 6, themes.CauseMethodology},
		{"bare zero", "0", 6, themes.CauseNone},
		{"not out of ten", "8/9", 2, themes.CauseNone},
		{"out of range", "11", 2, themes.CauseNone},
		{"more words", "8 for the engineer", 2, themes.CauseNone},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res := causeScoreWith(tax, tc.comment, tc.score)
			assert.Equal(t, tc.want, res.Main(), "%q: ranked %v, evidence %v", tc.comment, res.Ranked, res.Evidence)
		})
	}
}
