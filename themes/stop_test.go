package themes

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The survey filler the issue names must be stop words; theme words must
// not (see SurveyStopWords).
func TestDefaultStopWords(t *testing.T) {
	stop := DefaultStopWords(English)
	assert.True(t, sort.StringsAreSorted(stop))
	for _, w := range []string{"because", "company", "would", "recommend", "score", "the", "didn't", "didnt", "not"} {
		assert.Contains(t, stop, w)
	}
	for _, w := range []string{"service", "customer", "time", "price", "good", "poor", "engineer"} {
		assert.NotContains(t, stop, w)
	}
	assert.Subset(t, stop, SurveyStopWords(English))
	assert.Nil(t, DefaultStopWords(Language(30)))
	assert.Nil(t, SurveyStopWords(Language(30)))
}

// Every language has function words, filler, negators and a contrast
// word, and its negators are stop words.
func TestStopWordsEveryLanguage(t *testing.T) {
	for _, l := range Languages() {
		t.Run(l.String(), func(t *testing.T) {
			stop := DefaultStopWords(l)
			assert.Greater(t, len(stop), 40)
			assert.NotEmpty(t, SurveyStopWords(l))
			lists := wordLists[l]
			assert.NotEmpty(t, lists.contrast)
			var missing []string
			for _, w := range setOf(lists.negators).sorted() {
				if !contains(stop, w) {
					missing = append(missing, w)
				}
			}
			assert.Empty(t, missing, "negators that are not stop words")
		})
	}
}

func TestAnalyzerStopWords(t *testing.T) {
	a := mustAnalyzer(t, WithStopWords("Foo", "  "), WithExtraStopWords("BAR"), WithoutStopWords("foo"))
	assert.Equal(t, []string{"bar"}, a.StopWords())
}

func contains(sorted []string, w string) bool {
	i := sort.SearchStrings(sorted, w)
	return i < len(sorted) && sorted[i] == w
}
