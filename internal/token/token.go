// Package token splits comments into tokens that keep their byte offsets
// into the original text, so every later stage (themes, causes, sentiment)
// can point at the exact words behind a result.
//
// The tokenizer is a single forward scan with an ASCII fast path. It never
// fails: invalid UTF-8 bytes are treated as separators, so any input yields
// tokens whose offsets are valid slice bounds of that input.
package token

// Kind says what a token is. Later stages use it to keep URLs, handles,
// emoji and amounts out of the theme vocabulary while sentiment still sees
// emoji and punctuation.
type Kind uint8

// Token kinds.
const (
	Word     Kind = iota + 1 // letters, with inner apostrophes and hyphens (didn't, follow-up)
	Number                   // digits, possibly with separators and a unit suffix (3.5, 1,000, 24h, 3rd)
	URL                      // http(s)://…, www.…, or a bare domain with a common top-level domain
	Email                    // local@domain.tld
	Handle                   // @name
	Hashtag                  // #tag
	Emoji                    // a pictographic emoji sequence or an ASCII emoticon such as :)
	Currency                 // an amount with its currency sign: £30, $5.99, 30€
	Punct                    // sentence punctuation: . ! ? , ; : … (runs such as "!!!" are one token)
)

var kindNames = [...]string{"invalid", "word", "number", "url", "email", "handle", "hashtag", "emoji", "currency", "punct"}

// String returns the lower-case name of the kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// Flags carry facts about a token that later stages need and that are
// cheapest to record during the scan.
type Flags uint8

// Token flags.
const (
	// AllCaps marks a word of two or more letters written entirely in
	// capitals ("AWFUL"), which sentiment treats as emphasis.
	AllCaps Flags = 1 << iota
	// Negator marks a word that negates what follows: not, no, never,
	// nothing, without, and the n't contractions with or without the
	// apostrophe (didn't, didnt).
	Negator
	// Contraction marks a word with an inner apostrophe (didn't, I've).
	Contraction
	// SentenceEnd marks punctuation that ends a sentence: . ! ? …
	SentenceEnd
	// Capitalized marks a word whose first letter is upper-case.
	Capitalized
)

// Token is one unit of a comment. Text is a slice of the original string,
// so tokenizing allocates nothing per token beyond the result slice.
type Token struct {
	Text  string // the original bytes, Text == s[Start:End]
	Start int    // byte offset of the first byte
	End   int    // byte offset one past the last byte
	Kind  Kind
	Flags Flags
}

// Has reports whether all the flags f are set on the token.
func (t Token) Has(f Flags) bool { return t.Flags&f == f }

// Tokenize returns the tokens of s in order.
func Tokenize(s string) []Token {
	return Append(make([]Token, 0, len(s)/5+1), s)
}

// Append appends the tokens of s to dst and returns the extended slice; a
// caller that reuses dst tokenizes without allocating.
func Append(dst []Token, s string) []Token {
	sc := scanner{s: s, out: dst}
	sc.run()
	return sc.out
}
