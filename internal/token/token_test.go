package token

import (
	"encoding/csv"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/internal/shared"
)

type tk struct {
	text string
	kind Kind
}

func kinds(toks []Token) []tk {
	out := make([]tk, len(toks))
	for i, t := range toks {
		out[i] = tk{t.Text, t.Kind}
	}
	return out
}

// Expected tokens are written by hand from the rules in the package doc.
func TestTokenizeKinds(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tk
	}{
		{"empty", "", []tk{}},
		{"contractions kept whole", "I didn't, can’t", []tk{{"I", Word}, {"didn't", Word}, {",", Punct}, {"can’t", Word}}},
		{"hyphenated word", "no follow-up", []tk{{"no", Word}, {"follow-up", Word}}},
		{"trailing hyphen splits", "set- up", []tk{{"set", Word}, {"up", Word}}},
		{"numbers", "3.5 1,000 3rd 24h 50% 10:30", []tk{{"3.5", Number}, {"1,000", Number}, {"3rd", Number}, {"24h", Number}, {"50%", Number}, {"10:30", Number}}},
		{"currency", "£30 $5.99 30€ $ 12", []tk{{"£30", Currency}, {"$5.99", Currency}, {"30€", Currency}, {"$ 12", Currency}}},
		{"lost pound sign", "paid \uFFFD45", []tk{{"paid", Word}, {"\uFFFD45", Currency}}},
		{"lone currency sign", "£ and", []tk{{"and", Word}}},
		{"urls", "see https://x.com/a?b=1. or www.y.org", []tk{{"see", Word}, {"https://x.com/a?b=1", URL}, {".", Punct}, {"or", Word}, {"www.y.org", URL}}},
		{"bare domain", "go to company.co.uk now", []tk{{"go", Word}, {"to", Word}, {"company.co.uk", URL}, {"now", Word}}},
		{"missing space is not a link", "good.thanks", []tk{{"good", Word}, {".", Punct}, {"thanks", Word}}},
		{"email", "mail a.b+c@mail.example.com.", []tk{{"mail", Word}, {"a.b+c@mail.example.com", Email}, {".", Punct}}},
		{"handle and tag", "@Support_1 #fail", []tk{{"@Support_1", Handle}, {"#fail", Hashtag}}},
		{"bare signs", "@ # !", []tk{{"!", Punct}}},
		{"emoji sequences", "😡😡 👍🏽 🇬🇧 ❤️", []tk{{"😡", Emoji}, {"😡", Emoji}, {"👍🏽", Emoji}, {"🇬🇧", Emoji}, {"❤️", Emoji}}},
		{"zwj emoji", "👩‍💻", []tk{{"👩‍💻", Emoji}}},
		{"emoticons", "great :) bad :-( <3", []tk{{"great", Word}, {":)", Emoji}, {"bad", Word}, {":-(", Emoji}, {"<3", Emoji}}},
		{"colon before a name", "to:Dave", []tk{{"to", Word}, {":", Punct}, {"Dave", Word}}},
		{"punctuation runs", "what?! ok... fine…", []tk{{"what", Word}, {"?!", Punct}, {"ok", Word}, {"...", Punct}, {"fine", Word}, {"…", Punct}}},
		{"accents", "café naïve Straße", []tk{{"café", Word}, {"naïve", Word}, {"Straße", Word}}},
		{"invalid utf8 separates", "ab\xffcd", []tk{{"ab", Word}, {"cd", Word}}},
		{"symbols skipped", "a & b (c) \"d\"", []tk{{"a", Word}, {"b", Word}, {"c", Word}, {"d", Word}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, kinds(Tokenize(tc.in)))
		})
	}
}

func TestTokenizeFlags(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Flags
	}{
		{"negator", "not", Negator},
		{"negator contraction", "Didn't", Negator | Contraction | Capitalized},
		{"negator without apostrophe", "didnt", Negator},
		{"curly contraction", "won’t", Negator | Contraction},
		{"all caps", "AWFUL", AllCaps | Capitalized},
		{"single capital is not shouting", "I", Capitalized},
		{"plain", "router", 0},
		{"sentence end", "!!", SentenceEnd},
		{"comma", ",", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokenize(tc.in)
			require.Len(t, toks, 1)
			assert.Equal(t, tc.want, toks[0].Flags)
		})
	}
}

func TestLower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"router", "router"},
		{"Router", "router"},
		{"DON’T", "don't"},
		{"Straße", "straße"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) { assert.Equal(t, tc.want, Lower(tc.in)) })
	}
}

func TestSentences(t *testing.T) {
	s := "Slow install. Rude agent!\nGreat speed though"
	toks := Tokenize(s)
	// By hand: [Slow install .] [Rude agent !] [Great speed though]
	assert.Equal(t, [][2]int{{0, 3}, {3, 6}, {6, 9}}, Sentences(s, toks))
}

func TestAppendReusesBuffer(t *testing.T) {
	buf := make([]Token, 0, 16)
	out := Append(buf, "one two")
	require.Len(t, out, 2)
	assert.Equal(t, &buf[:1][0], &out[0], "Append must write into dst's backing array")
}

// FuzzTokenize checks the invariants every later stage relies on: offsets
// are in order, in bounds, Text is the slice they name, and no token is empty.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "I didn't :) £30 www.x.com a@b.co 😡‍", "\xff\xfe\uFFFD9", "#@$:;=<", "a-", "1,", "🇬"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tok := range Tokenize(s) {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("bad offsets %d-%d after %d in %q", tok.Start, tok.End, prev, s)
			}
			if tok.Text != s[tok.Start:tok.End] {
				t.Fatalf("text %q is not s[%d:%d]", tok.Text, tok.Start, tok.End)
			}
			if tok.Kind == 0 {
				t.Fatalf("token %q has no kind", tok.Text)
			}
			prev = tok.End
		}
		if utf8.ValidString(s) {
			_ = Lower(s)
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("The engineer didn't turn up on the installation date, and I waited on hold for 45 minutes! Still not fixed :( ", 20)
	buf := make([]Token, 0, 1024)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		buf = Append(buf[:0], text)
	}
}

// negators are the words isNegatorWord lists, as the tokenizer's
// documentation of Negator names them (not, no, never, nothing, without
// and the n't forms written without an apostrophe).
var negators = []string{
	"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without",
	"dont", "didnt", "doesnt", "cant", "wont", "isnt", "wasnt", "arent", "werent", "havent", "hasnt",
	"hadnt", "couldnt", "wouldnt", "shouldnt", "aint", "neednt", "mustnt",
}

// Every listed negator, in any case, is flagged, and words that share
// its first or last letters are not (the fast path must not drop any).
func TestIsNegator(t *testing.T) {
	for _, w := range negators {
		assert.True(t, isNegator(w), w)
		assert.True(t, isNegator(strings.ToUpper(w)), w)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"won’t", true}, {"WON'T", true}, {"mightn't", true}, {"DIDNT", true},
		{"n't", true}, {"want", false}, {"agent", false}, {"nice", false}, {"now", false},
		{"cannot", true}, {"CANNOT", true}, {"candid", false}, {"without", true}, {"withers", false},
		{"nt", false}, {"n", false}, {"", false}, {"nötig", false}, {"notably", false},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) { assert.Equal(t, tc.want, isNegator(tc.word)) })
	}
}

// A word is checked for a link only when its first run of letters and
// digits ends in a character a link can continue with.
func TestLinksBehindPlainWordCheck(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []tk
	}{
		{"hyphen in e-mail local part", "e-mail@x.com", []tk{{"e-mail@x.com", Email}}},
		{"underscore in local part", "john_smith@x.co", []tk{{"john_smith@x.co", Email}}},
		{"plus in local part", "a+b@x.org", []tk{{"a+b@x.org", Email}}},
		{"hyphenated domain", "my-isp.co.uk", []tk{{"my-isp.co.uk", URL}}},
		{"scheme", "HTTPS://x.io/a", []tk{{"HTTPS://x.io/a", URL}}},
		{"slash is not a link", "and/or", []tk{{"and", Word}, {"or", Word}}},
		{"apostrophe then dot", "didn't.", []tk{{"didn't", Word}, {".", Punct}}},
		{"accented word before a dot", "café.com", []tk{{"café", Word}, {".", Punct}, {"com", Word}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Equal(t, tc.want, kinds(Tokenize(tc.in))) })
	}
}

// BenchmarkTokenizeDev tokenizes the real comments of
// nps_verbatims_dev.csv, one Append per comment.
func BenchmarkTokenizeDev(b *testing.B) {
	f, err := os.Open(shared.Data(b, "nps_verbatims_dev.csv"))
	require.NoError(b, err)
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(b, err)
	col := slices.Index(rows[0], "comment")
	require.GreaterOrEqual(b, col, 0)
	size := 0
	for _, r := range rows[1:] {
		size += len(r[col])
	}
	buf := make([]Token, 0, 1024)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, r := range rows[1:] {
			buf = Append(buf[:0], r[col])
		}
	}
}
