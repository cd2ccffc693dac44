package cluster_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

// countsFixture is four documents over four terms:
//
//	[[3 1 0 0] [0 2 1 0] [1 0 0 5] [0 1 0 0]]
//
// with document frequencies 2, 3, 1, 1.
func countsFixture(t *testing.T) *cluster.CSR {
	t.Helper()
	x, err := cluster.FromRows(4, [][]cluster.Entry{
		{{Col: 0, Val: 3}, {Col: 1, Val: 1}},
		{{Col: 1, Val: 2}, {Col: 2, Val: 1}},
		{{Col: 0, Val: 1}, {Col: 3, Val: 5}},
		{{Col: 1, Val: 1}},
	})
	require.NoError(t, err)
	return x
}

func dense(x *cluster.CSR) [][]float64 {
	r, c := x.Dims()
	out := make([][]float64, r)
	for i := range out {
		out[i] = make([]float64, c)
		x.DoRowNonZero(i, func(_, j int, v float64) { out[i][j] = v })
	}
	return out
}

func TestTFIDFAgainstScikitLearn(t *testing.T) {
	// Expected values printed by scikit-learn 1.2.1:
	//   TfidfTransformer(smooth_idf=True, sublinear_tf=True).fit(C)  and
	//   TfidfTransformer(smooth_idf=False, sublinear_tf=False).fit(C)
	// with C the countsFixture matrix. By hand for the first: idf(0) =
	// ln(5/3)+1 = 1.5108256; row 0 = (1+ln 3)·1.5108256, 1·1.2231436 =
	// (3.1706, 1.2231), norm 3.39836, so (0.93298, 0.35992).
	cases := []struct {
		name    string
		opts    []cluster.TFIDFOption
		wantIDF []float64
		want    [][]float64
	}{
		{
			name:    "smooth idf, sublinear tf (defaults)",
			wantIDF: []float64{1.5108256237659907, 1.2231435513142097, 1.916290731874155, 1.916290731874155},
			want: [][]float64{
				{0.93298353, 0.35991907, 0, 0}, {0, 0.73398445, 0.67916628, 0},
				{0.28922535, 0, 0, 0.95726104}, {0, 1, 0, 0},
			},
		},
		{
			name:    "plain idf, raw tf",
			opts:    []cluster.TFIDFOption{cluster.WithIDF(cluster.IDFPlain), cluster.WithTF(cluster.TFRaw)},
			wantIDF: []float64{1.6931471805599454, 1.2876820724517808, 2.386294361119891, 2.386294361119891},
			want: [][]float64{
				{0.96933698, 0.24573525, 0, 0}, {0, 0.73351954, 0.67966837, 0},
				{0.1404984, 0, 0, 0.99008091}, {0, 1, 0, 0},
			},
		},
	}
	x := countsFixture(t)
	var df cluster.DocFreq
	df.Add(x)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w, err := cluster.NewTFIDF(&df, tc.opts...)
			require.NoError(t, err)
			assert.InDeltaSlice(t, tc.wantIDF, w.IDF, 1e-12)
			y, err := w.Transform(x)
			require.NoError(t, err)
			got := dense(y)
			for i := range tc.want {
				assert.InDeltaSlice(t, tc.want[i], got[i], 1e-6, "row %d (float32 storage)", i)
			}
		})
	}
}

func TestTFIDFPruning(t *testing.T) {
	// Document frequencies of countsFixture: 2, 3, 1, 1 over 4 documents.
	cases := []struct {
		name string
		opts []cluster.TFIDFOption
		keep []int
	}{
		{"default keeps every seen column", nil, []int{0, 1, 2, 3}},
		{"min 2 documents", []cluster.TFIDFOption{cluster.WithMinDF(2)}, []int{0, 1}},
		{"max half of the documents (df ≤ 2)", []cluster.TFIDFOption{cluster.WithMaxDFFraction(0.5)}, []int{0, 2, 3}},
		{"min 30% (df ≥ 1.2) and max 2", []cluster.TFIDFOption{cluster.WithMinDFFraction(0.3), cluster.WithMaxDF(2)}, []int{0}},
	}
	x := countsFixture(t)
	var df cluster.DocFreq
	df.Add(x)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			w, err := cluster.NewTFIDF(&df, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, tc.keep, w.Keep)
			y, err := w.Transform(x)
			require.NoError(t, err)
			_, c := y.Dims()
			assert.Equal(t, len(tc.keep), c)
			cols := w.Columns()
			for out, in := range tc.keep {
				assert.Equal(t, out, cols[in])
			}
		})
	}
}

func TestTFIDFErrors(t *testing.T) {
	x := countsFixture(t)
	var df cluster.DocFreq
	df.Add(x)
	_, err := cluster.NewTFIDF(&cluster.DocFreq{})
	assert.ErrorIs(t, err, cluster.ErrNoRows)
	_, err = cluster.NewTFIDF(&df, cluster.WithMinDF(3), cluster.WithMaxDF(2))
	assert.ErrorIs(t, err, cluster.ErrOption)
	_, err = cluster.NewTFIDF(&df, cluster.WithMaxDFFraction(1.5))
	assert.ErrorIs(t, err, cluster.ErrOption)
	w, err := cluster.NewTFIDF(&df)
	require.NoError(t, err)
	neg, err := cluster.FromRows(4, [][]cluster.Entry{{{Col: 2, Val: -1}}})
	require.NoError(t, err)
	_, err = w.Transform(neg)
	assert.ErrorIs(t, err, cluster.ErrValue)
	assert.Contains(t, err.Error(), "row 0, column 2")
	narrow, err := cluster.FromRows(3, nil)
	require.NoError(t, err)
	_, err = w.Transform(narrow)
	assert.ErrorIs(t, err, cluster.ErrShape)
}

func TestDocFreqMergeIsExact(t *testing.T) {
	// Counting the four documents as two shards of two must give the same
	// frequencies as counting them at once: 2, 3, 1, 1 over 4.
	x := countsFixture(t)
	a, err := cluster.FromRows(4, [][]cluster.Entry{{{Col: 0, Val: 3}, {Col: 1, Val: 1}}, {{Col: 1, Val: 2}, {Col: 2, Val: 1}}})
	require.NoError(t, err)
	b, err := cluster.FromRows(0, [][]cluster.Entry{{{Col: 0, Val: 1}, {Col: 3, Val: 5}}, {{Col: 1, Val: 1}}})
	require.NoError(t, err)
	var whole, da, db cluster.DocFreq
	whole.Add(x)
	da.Add(a)
	db.Add(b)
	da.Merge(&db)
	assert.Equal(t, whole, da)
	assert.Equal(t, cluster.DocFreq{Docs: 4, Counts: []int{2, 3, 1, 1}}, da)
}

func TestTFIDFJSONRoundTrip(t *testing.T) {
	x := countsFixture(t)
	var df cluster.DocFreq
	df.Add(x)
	w, err := cluster.NewTFIDF(&df, cluster.WithTF(cluster.TFBinary), cluster.WithNorm(cluster.NormNone))
	require.NoError(t, err)
	b, err := json.Marshal(w)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"tf":"binary"`)
	var back cluster.TFIDF
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, *w, back)
	assert.Error(t, json.Unmarshal([]byte(`{"tf":"cubic"}`), &back))
	y, err := back.Transform(x)
	require.NoError(t, err)
	// Binary tf, no norm: row 2 is (idf 0, idf 3) = (1.5108256, 1.9162907).
	assert.InDeltaSlice(t, []float64{1.5108256, 0, 0, 1.9162907}, dense(y)[2], 1e-6)
}
