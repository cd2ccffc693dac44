package themes

// CueKind says how a cue's text is matched against a comment.
//
// Words are compared by their Snowball English stem after lower-casing, so a
// cue "promised" also matches "promise" and "promises", and "waited" matches
// "waiting". Matching never crosses punctuation between two adjacent words.
type CueKind string

// The cue kinds a taxonomy may use.
const (
	// CueWord is one word: "rude", "misled", "expensive".
	CueWord CueKind = "word"
	// CuePhrase is consecutive words: "on hold", "hidden fees",
	// "still not fixed".
	CuePhrase CueKind = "phrase"
	// CuePattern is a sequence of slots separated by spaces, for the
	// ways customers put things that a fixed phrase misses:
	//
	//	word      a word, compared by stem
	//	a|b|c     any of the alternatives, which may include # and ~neg
	//	*         any one word
	//	#         any number ("waited # days")
	//	~neg      any negating word: not, no, never, nobody, nothing,
	//	          without, and the n't forms (didn't, havent)
	//	...       a gap of up to the taxonomy's PatternGap tokens within
	//	          the same sentence ("sales said ... support said")
	//
	// A pattern neither starts nor ends with * or ....
	CuePattern CueKind = "pattern"
	// CueWhole matches when the whole comment, punctuation aside, is
	// exactly these words: "stop", "unsubscribe". Case is ignored and
	// words are compared as written, not stemmed.
	CueWhole CueKind = "whole"
	// CueScoreMismatch takes no text. It fires when the caller passed the
	// respondent's score (CauseWithScore) and the comment is nothing but a
	// score that differs from it: a number from 1 to 10 in digits or as a
	// word ("8", "eight"), or a score out of ten ("8/10", "8 out of 10",
	// where 0 counts too): the respondent typed a score into the comment
	// box that contradicts the one they gave. A bare "0" is left out: like
	// "." or "n/a" it is mostly typed to get past a required comment box,
	// not as a score.
	CueScoreMismatch CueKind = "score_mismatch"
)

// Cue is one piece of evidence for a cause.
type Cue struct {
	Kind CueKind `json:"kind"`
	// Text is the word, phrase or pattern; empty for CueScoreMismatch.
	Text string `json:"text,omitempty"`
	// Weight is added to the cause's score when the cue fires (once per
	// comment, however many times it matches). It must be positive and
	// at most 100.
	Weight float64 `json:"weight"`
}

// Evidence is one match of a cue in a comment.
type Evidence struct {
	// Cause is the cause the cue belongs to.
	Cause Cause `json:"cause"`
	// Cue is the cue that matched.
	Cue Cue `json:"cue"`
	// Start and End are byte offsets into the original comment:
	// comment[Start:End] is the matched text, from the first matched
	// word to the last (gaps included).
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is comment[Start:End].
	Text string `json:"text"`
	// Weight is what the match added: the cue's weight, times the
	// taxonomy's ContrastBefore when the match sits before a contrast
	// word ("but", "however") in its sentence, and 0 when negated. Only
	// the strongest match of each cue counts towards the score.
	Weight float64 `json:"weight"`
	// Negated says a negating word shortly before the match cancels it
	// ("no problems", "couldn't fault them").
	Negated bool `json:"negated,omitempty"`
}
