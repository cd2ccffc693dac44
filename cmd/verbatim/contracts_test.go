package main

import (
	"encoding/csv"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The per-comment CSV outputs are contracts that downstream tools rely on
// (issue 6): these tests pin their columns and value domains.

func readCSV(t *testing.T, out string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.NotEmpty(t, recs)
	return recs
}

func TestSentimentCSVContract(t *testing.T) {
	in := "comment\n\"The engineer was brilliant, sorted it in minutes\"\n\"Waited on hold for an hour, useless\"\nok\n"
	code, out, stderr := runCmd(t, in, "sentiment", "-format", "csv")
	require.Equal(t, exitOK, code, stderr)
	recs := readCSV(t, out)
	assert.Equal(t, []string{"id", "compound", "label"}, recs[0])
	require.Len(t, recs, 4)
	// Without -id, id is the 1-based data row number.
	assert.Equal(t, []string{"1", "2", "3"}, []string{recs[1][0], recs[2][0], recs[3][0]})
	for _, r := range recs[1:] {
		c, err := strconv.ParseFloat(r[1], 64)
		require.NoError(t, err)
		assert.True(t, c >= -1 && c <= 1, "compound %v in [-1, 1]", c)
		assert.Contains(t, []string{"pos", "neu", "neg"}, r[2])
	}
	assert.Equal(t, "pos", recs[1][2])
	assert.Equal(t, "neg", recs[2][2])
}

func TestCausesAssignCSVContract(t *testing.T) {
	in := "id,comment\na,I was on hold for 40 minutes and then transferred three times\nb,Sales told me it was included but it is not\nc,Great\n"
	code, out, stderr := runCmd(t, in, "causes", "-assign", "-format", "csv")
	require.Equal(t, exitOK, code, stderr)
	recs := readCSV(t, out)
	assert.Equal(t, []string{"id", "causes", "evidence"}, recs[0])
	require.Len(t, recs, 4)
	valid := map[string]bool{"service": true, "product": true, "expectations": true, "feedback_loop": true,
		"methodology": true, "timing": true, "misalignment": true, "none": true}
	for _, r := range recs[1:] {
		for _, c := range strings.Split(r[1], ";") {
			assert.True(t, valid[c], "cause %q", c)
		}
	}
	assert.Equal(t, "a", recs[1][0])
	assert.Equal(t, "service", strings.Split(recs[1][1], ";")[0], "hold and transfers are service failures (domain.md)")
	assert.Contains(t, recs[1][2], "service: ")
	assert.Equal(t, "expectations", strings.Split(recs[2][1], ";")[0], "a sales promise not kept (domain.md)")
	assert.Equal(t, []string{"c", "none", ""}, recs[3])
}

func TestCausesSummaryOnSample(t *testing.T) {
	code, out, stderr := runCmd(t, "", "causes", "-format", "csv")
	require.Equal(t, exitOK, code, stderr)
	recs := readCSV(t, out)
	assert.Equal(t, []string{"cause", "comments", "main", "share", "detractors", "detractor_share", "recovery_term"}, recs[0])
	// seven causes plus none
	assert.Len(t, recs, 9)
	assert.Equal(t, "none", recs[8][0])
}
