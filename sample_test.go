package verbatim

import (
	"bytes"
	"encoding/csv"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const sampleHeader = "id,date,channel,tier,region,score,comment,wait_minutes,transfers,gold_themes,gold_causes\n"

func TestSampleCSVIsTheCommittedFile(t *testing.T) {
	got := SampleCSV()
	assert.True(t, bytes.HasPrefix(got, []byte(sampleHeader)))
	want, err := os.ReadFile("testdata/synthetic.csv")
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestSampleCSVReturnsACopy(t *testing.T) {
	a := SampleCSV()
	a[0] = 'X'
	assert.Equal(t, byte('i'), SampleCSV()[0])
}

// TestSampleCSVParses: 5000 records of 11 fields after the header
// (synth.DefaultSize rows).
func TestSampleCSVParses(t *testing.T) {
	recs, err := csv.NewReader(bytes.NewReader(SampleCSV())).ReadAll()
	require.NoError(t, err)
	assert.Len(t, recs, 5001)
	for _, r := range recs {
		assert.Len(t, r, 11)
	}
}
