package themes

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
)

// Category cells of the linking arithmetic, in the order of the score
// contribution -1, 0, +1.
const (
	linkD = iota // detractor
	linkP        // passive
	linkA        // promoter (advocate)
)

// linkData is the validated input in flat arrays: every later pass is a
// loop over them, O(responses + mentions), with no map lookups.
type linkData struct {
	cat []int8    // linkD, linkP or linkA per response
	w   []float64 // effective weight per response
	// commentedN and commentedW count and weigh the responses with comment
	// text or a mention.
	commentedN int64
	commentedW float64
	keys       []string // key index -> key, in order of first appearance
	index      map[string]int32
	// Mentions of response i are kidx[start[i]:start[i+1]], each key once,
	// with frac its share of the response (summing to 1 per response).
	start []int
	kidx  []int32
	frac  []float64
}

func (d *linkData) n() int { return len(d.cat) }

// linkPrepare validates responses and mentions and flattens them. Duplicate
// keys within one response are merged, their strengths added.
func linkPrepare(rs []nps.Response, mentions [][]Mention) (*linkData, error) {
	d := &linkData{start: []int{0}}
	return d, d.prepareSet("", rs, mentions)
}

// prepareSet appends a set of responses; errors name the set when it has a
// name.
func (d *linkData) prepareSet(set string, rs []nps.Response, mentions [][]Mention) error {
	where := "themes: "
	if set != "" {
		where += set + ": "
	}
	if len(mentions) != len(rs) {
		return fmt.Errorf("%s%d mention lists for %d responses: %w", where, len(mentions), len(rs), ErrLinkLength)
	}
	if d.index == nil {
		d.index = map[string]int32{}
	}
	d.cat = slices.Grow(d.cat, len(rs))
	d.w = slices.Grow(d.w, len(rs))
	d.start = slices.Grow(d.start, len(rs))
	total := 0
	for _, m := range mentions {
		total += len(m)
	}
	d.kidx = slices.Grow(d.kidx, total)
	d.frac = slices.Grow(d.frac, total)
	for i := range rs {
		if err := d.addResponse(&rs[i]); err != nil {
			return fmt.Errorf("%sresponse %d (id %q): %w", where, i, rs[i].ID, err)
		}
		from := len(d.kidx)
		for j, m := range mentions[i] {
			if m.Key == "" || !(m.Strength >= 0) || math.IsInf(m.Strength, 0) {
				return fmt.Errorf("%sresponse %d (id %q): mention %d: key %q, strength %v: %w",
					where, i, rs[i].ID, j, m.Key, m.Strength, ErrLinkMention)
			}
			d.addMention(from, d.keyIndex(m.Key), m.Strength)
		}
		linkNormalize(d.frac[from:])
		d.start = append(d.start, len(d.kidx))
		if len(d.kidx) > from || strings.TrimSpace(rs[i].Comment) != "" {
			d.commentedN++
			d.commentedW += d.w[len(d.w)-1]
		}
	}
	return nil
}

func (d *linkData) keyIndex(key string) int32 {
	k, ok := d.index[key]
	if !ok {
		k = int32(len(d.keys))
		d.index[key] = k
		d.keys = append(d.keys, key)
	}
	return k
}

func (d *linkData) addResponse(r *nps.Response) error {
	c, err := nps.Categorize(r.Score)
	if err != nil {
		return err
	}
	w := r.EffectiveWeight()
	if !(w >= nps.MinWeight && w <= nps.MaxWeight) {
		return fmt.Errorf("weight %v: %w", r.Weight, nps.ErrWeight)
	}
	d.cat = append(d.cat, int8(c-nps.Detractor)) // Detractor, Passive, Promoter are consecutive
	d.w = append(d.w, w)
	return nil
}

// addMention appends key k to the mentions of the response starting at
// from, or adds the strength to it when the response already has it.
func (d *linkData) addMention(from int, k int32, strength float64) {
	for j := from; j < len(d.kidx); j++ {
		if d.kidx[j] == k {
			d.frac[j] += strength
			return
		}
	}
	d.kidx = append(d.kidx, k)
	d.frac = append(d.frac, strength)
}

// linkNormalize turns strengths into shares summing to 1, equal shares
// when they sum to zero.
func linkNormalize(f []float64) {
	var s float64
	for _, x := range f {
		s += x
	}
	for j := range f {
		if s > 0 {
			f[j] /= s
		} else {
			f[j] = 1 / float64(len(f))
		}
	}
}

// linkCell accumulates one group of responses (mentioners of a key, the
// responses of a period, ...).
type linkCell struct {
	t nps.Tally
	// frac is the strength-split weight per category: each response adds
	// w times its share of the key.
	frac [3]float64
}

// linkAdd counts one validated response in a tally.
func linkAdd(t *nps.Tally, cat int8, w float64) {
	switch cat {
	case linkD:
		t.Detractors++
		t.DetractorWeight += w
	case linkP:
		t.Passives++
		t.PassiveWeight += w
	default:
		t.Promoters++
		t.PromoterWeight += w
	}
	t.SquaredWeight += w * w
}

// linkWeights returns the tally's weight per cell.
func linkWeights(t nps.Tally) [3]float64 {
	return [3]float64{t.DetractorWeight, t.PassiveWeight, t.PromoterWeight}
}

// linkGroups is what one pass accumulates per group g: cells[g*K+k] for
// the mentioners of key k, totals[g] for all the group's responses and
// none[g] for those without a mention.
type linkGroups struct {
	cells, totals, none []linkCell
}

// linkAccumulate tallies the responses for which group(i) returns g >= 0
// (all in group 0 when group is nil); one pass over responses and mentions.
func (d *linkData) linkAccumulate(groups int, group func(i int) int) linkGroups {
	k := len(d.keys)
	acc := linkGroups{cells: make([]linkCell, groups*k), totals: make([]linkCell, groups), none: make([]linkCell, groups)}
	for i := range d.cat {
		g := 0
		if group != nil {
			g = group(i)
		}
		if g < 0 {
			continue
		}
		c, w := d.cat[i], d.w[i]
		acc.totals[g].add(c, w, 1)
		if d.start[i] == d.start[i+1] {
			acc.none[g].add(c, w, 1)
			continue
		}
		for j := d.start[i]; j < d.start[i+1]; j++ {
			acc.cells[g*k+int(d.kidx[j])].add(c, w, d.frac[j])
		}
	}
	return acc
}

// add counts a response of category c and weight w, of which the share
// frac belongs to the cell.
func (l *linkCell) add(c int8, w, frac float64) {
	linkAdd(&l.t, c, w)
	l.frac[c] += w * frac
}

// group returns group g's cells, total and no-mention cell.
func (acc *linkGroups) group(g, keys int) ([]linkCell, linkCell, linkCell) {
	return acc.cells[g*keys : (g+1)*keys], acc.totals[g], acc.none[g]
}
