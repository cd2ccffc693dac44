package themes

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/hungarian"
	"github.com/kljensen/snowball/norwegian"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"github.com/kljensen/snowball/swedish"
)

// Language selects the stemmer, the default stop words and the negators of
// an Analyzer. The zero value is English.
type Language uint8

// The languages the snowball stemmers cover.
const (
	English Language = iota
	Spanish
	French
	Russian
	Swedish
	Norwegian
	Hungarian
)

// ErrUnknownLanguage is returned (wrapped) when a language name is not one
// of the supported ones.
var ErrUnknownLanguage = errors.New("unknown language")

type langInfo struct {
	name string
	code string // ISO 639-1
	stem func(word string, stemStopWords bool) string
}

var languages = [...]langInfo{
	English:   {"english", "en", english.Stem},
	Spanish:   {"spanish", "es", spanish.Stem},
	French:    {"french", "fr", french.Stem},
	Russian:   {"russian", "ru", russian.Stem},
	Swedish:   {"swedish", "sv", swedish.Stem},
	Norwegian: {"norwegian", "no", norwegian.Stem},
	Hungarian: {"hungarian", "hu", hungarian.Stem},
}

// Languages returns every supported language in a fixed order.
func Languages() []Language {
	out := make([]Language, len(languages))
	for i := range languages {
		out[i] = Language(i)
	}
	return out
}

func (l Language) valid() bool { return int(l) < len(languages) }

// String returns the lower-case English name of the language ("english").
func (l Language) String() string {
	if !l.valid() {
		return fmt.Sprintf("Language(%d)", uint8(l))
	}
	return languages[l].name
}

// ParseLanguage reads a language from its English name or its two-letter
// ISO 639-1 code, ignoring case and surrounding spaces ("French", "fr").
// Norwegian also accepts "nb" (Bokmål), the written standard the snowball
// stemmer follows.
func ParseLanguage(s string) (Language, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "nb" {
		return Norwegian, nil
	}
	for i, info := range languages {
		if t == info.name || t == info.code {
			return Language(i), nil
		}
	}
	names := make([]string, len(languages))
	for i, info := range languages {
		names[i] = info.name
	}
	return 0, fmt.Errorf("%w %q: want one of %s", ErrUnknownLanguage, s, strings.Join(names, ", "))
}

// MarshalText encodes the language as its name, so saved models and JSON
// reports read "english" rather than a number.
func (l Language) MarshalText() ([]byte, error) {
	if !l.valid() {
		return nil, fmt.Errorf("%w: Language(%d)", ErrUnknownLanguage, uint8(l))
	}
	return []byte(languages[l].name), nil
}

// UnmarshalText decodes a language name or code (see ParseLanguage).
func (l *Language) UnmarshalText(b []byte) error {
	v, err := ParseLanguage(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// stem returns the snowball stem of a lower-case word. The stemmers are
// asked to stem stop words too, because phrases such as "on hold" keep them.
func (l Language) stem(word string) string {
	return languages[l].stem(word, true)
}
