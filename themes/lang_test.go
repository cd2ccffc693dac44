package themes

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLanguage(t *testing.T) {
	tests := []struct {
		in   string
		want Language
	}{
		{"english", English}, {"EN", English}, {" Spanish ", Spanish}, {"fr", French},
		{"russian", Russian}, {"sv", Swedish}, {"nb", Norwegian}, {"no", Norwegian},
		{"hungarian", Hungarian}, {"HU", Hungarian},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseLanguage(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	_, err := ParseLanguage("klingon")
	require.ErrorIs(t, err, ErrUnknownLanguage)
	assert.Contains(t, err.Error(), `"klingon"`)
}

func TestLanguageString(t *testing.T) {
	var names []string
	for _, l := range Languages() {
		names = append(names, l.String())
		back, err := ParseLanguage(l.String())
		require.NoError(t, err)
		assert.Equal(t, l, back)
	}
	assert.Equal(t, []string{"english", "spanish", "french", "russian", "swedish", "norwegian", "hungarian"}, names)
	assert.Equal(t, "Language(9)", Language(9).String())
}

func TestLanguageJSON(t *testing.T) {
	b, err := json.Marshal(struct{ L Language }{French})
	require.NoError(t, err)
	assert.JSONEq(t, `{"L":"french"}`, string(b))
	var v struct{ L Language }
	require.NoError(t, json.Unmarshal([]byte(`{"L":"sv"}`), &v))
	assert.Equal(t, Swedish, v.L)
	require.ErrorIs(t, json.Unmarshal([]byte(`{"L":"xx"}`), &v), ErrUnknownLanguage)
	_, err = json.Marshal(struct{ L Language }{Language(20)})
	require.ErrorIs(t, err, ErrUnknownLanguage)
}
