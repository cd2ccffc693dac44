package themes

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/verbatim-go/verbatim/internal/token"
)

// Forms counts how each term key is written, so that a stem such as
// "instal" can be shown as "installation", its most frequent surface form.
// Counters built on shards of a corpus merge exactly. The zero value is
// ready to use; a Forms is not safe for concurrent use.
type Forms struct {
	m map[string]map[string]int
}

// Add counts the surface forms of terms in comment: each term's text,
// lower-cased, with runs of spaces inside a phrase made single. The terms
// must come from comment; offsets outside it are a programming error and
// panic.
func (f *Forms) Add(comment string, terms []Term) {
	for _, t := range terms {
		if t.Start < 0 || t.End > len(comment) || t.Start > t.End {
			panic(fmt.Sprintf("themes: term %q at %d-%d is not in a comment of %d bytes", t.Key, t.Start, t.End, len(comment)))
		}
		f.AddForm(t.Key, Surface(comment, t), 1)
	}
}

// AddForm counts n occurrences of key written as surface.
func (f *Forms) AddForm(key, surface string, n int) {
	if f.m == nil {
		f.m = map[string]map[string]int{}
	}
	byForm, ok := f.m[key]
	if !ok {
		byForm = map[string]int{}
		f.m[strings.Clone(key)] = byForm
	}
	if _, seen := byForm[surface]; !seen {
		surface = strings.Clone(surface) // do not retain the comment
	}
	byForm[surface] += n
}

// addBytes counts one occurrence of key written as surface, allocating
// only for a key or form not seen before.
func (f *Forms) addBytes(key, surface []byte) {
	if byForm, ok := f.m[string(key)]; ok {
		if _, ok := byForm[string(surface)]; ok {
			byForm[string(surface)]++
			return
		}
	}
	f.AddForm(string(key), string(surface), 1)
}

// Merge adds the counts of o to f.
func (f *Forms) Merge(o *Forms) {
	for key, byForm := range o.m {
		for s, n := range byForm {
			f.AddForm(key, s, n)
		}
	}
}

// Display returns the most frequent surface form of key, ties broken by
// the alphabetically first form; key itself when it was never counted.
func (f *Forms) Display(key string) string {
	best, bestN := key, 0
	for s, n := range f.m[key] {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

// Count returns how often key was counted with any surface form.
func (f *Forms) Count(key string) int {
	total := 0
	for _, n := range f.m[key] {
		total += n
	}
	return total
}

// Surface returns how term t is written in comment: lower case, straight
// apostrophes, and single spaces between the words of a phrase.
func Surface(comment string, t Term) string {
	s := token.Lower(comment[t.Start:t.End])
	if t.Kind != TermPhrase {
		return s
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) && r != ' ' }) < 0 && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
