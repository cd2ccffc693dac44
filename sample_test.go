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

// The counts below are from the synth helper's corpus facts in
// testdata/README.md (5000 rows; 2420 promoters, 1048 passives, 1532
// detractors; 16 gold themes, "none" for 2954 rows' causes).
func TestSampleLoads(t *testing.T) {
	rs, err := Sample()
	require.NoError(t, err)
	require.Len(t, rs, 5000)
	assert.Equal(t, "r00001", rs[0].ID)
	assert.Equal(t, "west", rs[0].Segments["region"])
	assert.Equal(t, 14.1, rs[0].Metrics["wait_minutes"])
	var pro, det int
	for _, r := range rs {
		switch {
		case r.Score >= 9:
			pro++
		case r.Score <= 6:
			det++
		}
	}
	assert.Equal(t, 2420, pro)
	assert.Equal(t, 1532, det)

	themes, causes, err := SampleGold()
	require.NoError(t, err)
	require.Len(t, themes, 5000)
	require.Len(t, causes, 5000)
	assert.Equal(t, []string{"helpful_staff"}, themes[0])
	assert.Nil(t, themes[1])
	none := 0
	for _, c := range causes {
		if len(c) == 1 && c[0] == "none" {
			none++
		}
	}
	assert.Equal(t, 2954, none)
}
