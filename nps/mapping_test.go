package nps_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/nps"
)

func TestDetectMapping(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		want   nps.Mapping
	}{
		{"plain", []string{"id", "date", "journey", "score", "comment"},
			nps.Mapping{ID: "id", Score: "score", Comment: "comment", Date: "date"}},
		{"spelled loosely", []string{"Response_ID", " Likelihood to Recommend ", "VERBATIM", "created-at"},
			nps.Mapping{ID: "Response_ID", Score: "Likelihood to Recommend", Comment: "VERBATIM", Date: "created-at"}},
		{"score preferred over rating", []string{"Rating", "NPS Score", "Review Text"},
			nps.Mapping{Score: "NPS Score", Comment: "Review Text"}},
		{"rating alone", []string{"Rating", "Review Text", "Date received"},
			nps.Mapping{Score: "Rating", Comment: "Review Text", Date: "Date received"}},
		{"date preferred over time", []string{"time", "date", "nps", "why"},
			nps.Mapping{Score: "nps", Comment: "why", Date: "date"}},
		{"the same name twice is not guessed", []string{"score", "Score", "reason"},
			nps.Mapping{Comment: "reason"}},
		{"nothing known", []string{"a", "b"}, nps.Mapping{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, nps.DetectMapping(tt.header))
		})
	}
}

func TestMappingLooseNames(t *testing.T) {
	// Mapping names match the header exactly, else ignoring case, spaces
	// and underscores.
	in := "Customer Tier,score,wait_minutes\nGold,8,4\n"
	got, err := nps.ReadCSV(strings.NewReader(in), nps.ReadMapping(nps.Mapping{
		Segments: []string{"customer_tier"}, Metrics: []string{"Wait Minutes"},
	})).ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, map[string]string{"customer_tier": "Gold"}, got[0].Segments)
	assert.Equal(t, map[string]float64{"Wait Minutes": 4}, got[0].Metrics)
}

func TestMappingRestMetric(t *testing.T) {
	in := "score,wait,transfers,note\n8,4.5,,\n"
	got, err := nps.ReadCSV(strings.NewReader(in), nps.ReadMapping(nps.Mapping{
		Segments: []string{"note"}, Rest: nps.ColumnMetric,
	})).ReadAll()
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, map[string]float64{"wait": 4.5}, got[0].Metrics, "an empty metric is missing")
	assert.Equal(t, map[string]string{"note": ""}, got[0].Segments)
}
