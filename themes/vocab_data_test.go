package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// On the real comments of nps_verbatims_dev.csv (1,193 rows). Expected
// figures were cross-checked outside Go with Python regular expressions
// over the comment column:
//   - comments with service/services/serviced/servicing: 309;
//   - install, installation, installed, installing: 9 + 41 + 36 + 6 = 92
//     occurrences, "installation" the most frequent form.
func TestVocabularyDevData(t *testing.T) {
	comments := devComments(t)
	a := mustAnalyzer(t)
	c := countVocab(a, comments)
	v, err := c.Vocabulary()
	require.NoError(t, err)
	assert.Equal(t, 1193, v.Docs())
	col, ok := v.Column("servic")
	require.True(t, ok)
	assert.Equal(t, 309, v.DocFreq(col))
	col, ok = v.Column("instal")
	require.True(t, ok)
	assert.Equal(t, "installation", v.Display(col))
	assert.Equal(t, 92, c.Forms().Count("instal"))
	for i := 1; i < v.Len(); i++ {
		require.Less(t, v.Key(i-1), v.Key(i), "columns are sorted by key")
	}
}
