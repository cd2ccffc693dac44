package cluster_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/verbatim-go/verbatim/cluster"
)

func TestMetrics(t *testing.T) {
	// Sources: "sklearn" figures printed by scikit-learn 1.2.1,
	// normalized_mutual_info_score and adjusted_rand_score on the same
	// vectors; "hand" figures worked out in the comment.
	cases := []struct {
		name             string
		truth, pred      []int
		nmi, ari, purity float64
	}{
		{
			// hand: H(t) = ln 2, H(p) = 1.5 ln 2, MI = ln 2, NMI = 1/1.25 = 0.8;
			// pairs: Σ C(nij,2) = 1, Σ C(a,2) = 2, Σ C(b,2) = 1, C(4,2) = 6,
			// ARI = (1 − 2/6)/(1.5 − 2/6) = 4/7; purity (2+1+1)/4 = 1.
			name: "split class", truth: []int{0, 0, 1, 1}, pred: []int{0, 0, 1, 2},
			nmi: 0.7999999999999999, ari: 0.5714285714285714, purity: 1,
		},
		{
			// sklearn; purity by hand: clusters {0,0} {0,1} {1,1} → (2+1+2)/6.
			name: "three clusters over two classes", truth: []int{0, 0, 0, 1, 1, 1}, pred: []int{0, 0, 1, 1, 2, 2},
			nmi: 0.5158037429793888, ari: 0.24242424242424243, purity: 5.0 / 6,
		},
		{
			// hand: MI = 0 so NMI = 0; tp = 0, fp = fn = 4, tn = 4,
			// ARI = 2(0 − 16)/(4·8 + 4·8) = −0.5; purity 2/4.
			name: "independent", truth: []int{0, 0, 1, 1}, pred: []int{0, 1, 0, 1},
			nmi: 0, ari: -0.5, purity: 0.5,
		},
		{
			name: "same partition, other names", truth: []int{0, 0, 1, 1}, pred: []int{5, 5, 3, 3},
			nmi: 1, ari: 1, purity: 1,
		},
		{
			// sklearn returns 1 for NMI and ARI when both have one label.
			name: "one label each", truth: []int{0, 0, 0}, pred: []int{1, 1, 1},
			nmi: 1, ari: 1, purity: 1,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := cluster.NewContingency(tc.truth, tc.pred)
			require.NoError(t, err)
			assert.InDelta(t, tc.nmi, c.NMI(), 1e-12, "NMI")
			assert.InDelta(t, tc.ari, c.ARI(), 1e-12, "ARI")
			assert.InDelta(t, tc.purity, c.Purity(), 1e-12, "purity")
			nmi, err := cluster.NMI(tc.truth, tc.pred)
			require.NoError(t, err)
			assert.Equal(t, c.NMI(), nmi)
		})
	}
}

func TestMetricsOnStringCodes(t *testing.T) {
	// scikit-learn 1.2.1 on list('aabbbcc') vs [1,1,1,2,2,3,3]:
	// NMI 0.7471790950662618, ARI 0.475.
	truth := []string{"a", "a", "b", "b", "b", "c", "c"}
	pred := []int{1, 1, 1, 2, 2, 3, 3}
	c, err := cluster.NewContingency(truth, pred)
	require.NoError(t, err)
	assert.Equal(t, []string{"a", "b", "c"}, c.Classes)
	assert.Equal(t, []int{1, 2, 3}, c.Clusters)
	assert.Equal(t, [][]int{{2, 0, 0}, {1, 2, 0}, {0, 0, 2}}, c.Counts)
	ari, err := cluster.ARI(truth, pred)
	require.NoError(t, err)
	assert.InDelta(t, 0.475, ari, 1e-12)
	assert.InDelta(t, 0.7471790950662618, c.NMI(), 1e-12)
	p, err := cluster.Purity(truth, pred)
	require.NoError(t, err)
	assert.InDelta(t, 6.0/7, p, 1e-12) // clusters' majorities 2 + 2 + 2 of 7
}

func TestMetricsErrors(t *testing.T) {
	_, err := cluster.NMI([]int{1, 2}, []int{1})
	assert.ErrorIs(t, err, cluster.ErrShape)
	_, err = cluster.ARI([]int{}, []int{})
	assert.ErrorIs(t, err, cluster.ErrNoRows)
	_, err = cluster.Purity([]int{1}, []string{})
	assert.ErrorIs(t, err, cluster.ErrShape)
}

// silhouetteFixture is seven dense rows, given sparse:
//
//	[1 0 0 2] [2 0 0 3] [1 1 0 2] [0 3 1 0] [0 2 2 0] [0 0 3 1] [1 0 2 1]
func silhouetteFixture(t *testing.T) *cluster.CSR {
	t.Helper()
	rows := [][]float64{{1, 0, 0, 2}, {2, 0, 0, 3}, {1, 1, 0, 2}, {0, 3, 1, 0}, {0, 2, 2, 0}, {0, 0, 3, 1}, {1, 0, 2, 1}}
	b := cluster.NewBuilder(4)
	for _, r := range rows {
		var e []cluster.Entry
		for j, v := range r {
			if v != 0 {
				e = append(e, cluster.Entry{Col: j, Val: v})
			}
		}
		require.NoError(t, b.AddRow(e))
	}
	return b.Build()
}

func TestSilhouetteAgainstScikitLearn(t *testing.T) {
	// Expected: scikit-learn 1.2.1 silhouette_score(X, labels, metric="cosine")
	// on the dense silhouetteFixture.
	cases := []struct {
		name   string
		labels []int
		want   float64
	}{
		{"three clusters", []int{0, 0, 0, 1, 1, 2, 2}, 0.837569218545927},
		{"a misplaced row", []int{0, 0, 1, 1, 1, 2, 2}, 0.45031624156320443},
		{"two clusters", []int{0, 0, 0, 1, 1, 1, 1}, 0.6291384301862958},
	}
	x := silhouetteFixture(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := cluster.Silhouette(x, tc.labels)
			require.NoError(t, err)
			assert.InDelta(t, tc.want, got, 1e-6, "float32 storage")
			all, err := cluster.SilhouetteSample(x, tc.labels, 100, 1)
			require.NoError(t, err)
			assert.Equal(t, got, all, "a sample larger than the data is the data")
		})
	}
}

func TestSilhouetteErrors(t *testing.T) {
	x := silhouetteFixture(t)
	cases := []struct {
		name   string
		labels []int
		want   error
	}{
		{"one cluster", []int{0, 0, 0, 0, 0, 0, 0}, cluster.ErrLabels},
		{"every row alone", []int{0, 1, 2, 3, 4, 5, 6}, cluster.ErrLabels},
		{"length", []int{0, 1}, cluster.ErrShape},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cluster.Silhouette(x, tc.labels)
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

// bruteSilhouette is the textbook O(n²) cosine silhouette over rows with
// label ≥ 0 and a nonzero norm, to check the linear-time formula.
func bruteSilhouette(x *cluster.CSR, labels []int) float64 {
	n, cols := x.Dims()
	var rows []int
	unit := make([][]float64, n)
	for i := 0; i < n; i++ {
		r := x.Row(i)
		if labels[i] < 0 || r.Norm() == 0 {
			continue
		}
		rows = append(rows, i)
		unit[i] = make([]float64, cols)
		for p, c := range r.Cols {
			unit[i][c] = float64(r.Vals[p]) / r.Norm()
		}
	}
	var total float64
	for _, i := range rows {
		sum, cnt := map[int]float64{}, map[int]int{}
		for _, j := range rows {
			if i == j {
				continue
			}
			var d float64
			for c := range unit[i] {
				d += unit[i][c] * unit[j][c]
			}
			sum[labels[j]] += 1 - d
			cnt[labels[j]]++
		}
		if cnt[labels[i]] == 0 {
			continue // alone in its cluster: 0
		}
		a := sum[labels[i]] / float64(cnt[labels[i]])
		b := math.Inf(1)
		for l, s := range sum {
			if l != labels[i] {
				b = min(b, s/float64(cnt[l]))
			}
		}
		total += (b - a) / max(a, b)
	}
	return total / float64(len(rows))
}

func TestSilhouetteMatchesPairwiseDefinition(t *testing.T) {
	x, labels := planted(t, 300, 4, 80, 6, 0.4, 12)
	labels[5], labels[17] = cluster.Unassigned, 3 // one left out, one misplaced
	labels[299] = 7                               // a singleton cluster
	got, err := cluster.Silhouette(x, labels)
	require.NoError(t, err)
	assert.InDelta(t, bruteSilhouette(x, labels), got, 1e-9)
}
