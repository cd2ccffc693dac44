package themes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/verbatim-go/verbatim/cluster"
)

func mergeTestRows(t *testing.T, rows [][2]float64) *cluster.CSR {
	t.Helper()
	b := cluster.NewBuilder(2)
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

// TestDiscoverMergeWard checks the merge order by hand. Rows: cluster 0 is
// two copies of (1,0), so s0 = (2,0), |s0| = 2; cluster 1 is (0.8,0.6),
// |s1| = 1; cluster 2 is (0,1), |s2| = 1; a fifth row, also (0,1), is
// unassigned and must stay so.
// Losses: 0+1: 2+1-|(2.8,0.6)| = 3-√8.2 = 0.136; 0+2: 3-|(2,1)| = 3-√5 =
// 0.764; 1+2: 2-|(0.8,1.6)| = 2-√3.2 = 0.211. So 0 and 1 merge first;
// then {0,1} with s = (2.8,0.6), |s| = √8.2 = 2.864, and 2.
func TestDiscoverMergeWard(t *testing.T) {
	x := mergeTestRows(t, [][2]float64{{1, 0}, {0.8, 0.6}, {1, 0}, {0, 1}, {0, 1}})
	labels := []int{0, 1, 0, 2, cluster.Unassigned}
	tests := []struct {
		name string
		want int
		out  []int
	}{
		{"no merge", 3, []int{0, 1, 0, 2, cluster.Unassigned}},
		{"the cheapest pair", 2, []int{0, 0, 0, 1, cluster.Unassigned}},
		{"all in one", 1, []int{0, 0, 0, 0, cluster.Unassigned}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, n := discoverMergeWard(x, labels, 3, tt.want)
			assert.Equal(t, tt.want, n)
			assert.Equal(t, tt.out, got)
		})
	}
}

// TestDiscoverMergeWardSize: Ward's loss grows with the clusters' weight,
// so a lone row nearer in angle to a big cluster can still join another
// lone row first. Cluster 0 is ten rows (1,0); 1 is (0.8,0.6); 2 is
// (9/41,40/41). Cosines: 0·1 = 0.8, 1·2 = (7.2+24)/41 = 0.761, so merging
// by angle would join 0 and 1. Losses: 0+1: 11-|(10.8,0.6)| = 11-√117 =
// 0.183; 1+2: 2-√(2+2·0.761) = 2-√3.522 = 0.123; 0+2: 11-√(101+20·9/41)
// = 0.734. Ward joins 1 and 2, numbered by the lowest old label: {0}, {1,2}.
func TestDiscoverMergeWardSize(t *testing.T) {
	rows := [][2]float64{{0.8, 0.6}, {9.0 / 41, 40.0 / 41}}
	labels := []int{1, 2}
	for i := 0; i < 10; i++ {
		rows = append(rows, [2]float64{1, 0})
		labels = append(labels, 0)
	}
	got, n := discoverMergeWard(mergeTestRows(t, rows), labels, 3, 2)
	require.Equal(t, 2, n)
	assert.Equal(t, []int{1, 1}, got[:2])
	for _, l := range got[2:] {
		assert.Equal(t, 0, l)
	}
}
