package themes

// Merge adds the counts of o to c. The two counters number their words
// differently, so o's ids are translated through the words themselves.
func (c *PhraseCounter) Merge(o *PhraseCounter) {
	to := make([]uint32, len(o.words))
	for i, w := range o.words {
		to[i] = c.id(w)
	}
	pk := func(k uint64) uint64 { return pairKey(to[k>>32], to[uint32(k)]) }
	c.n2 += o.n2
	c.n3 += o.n3
	for i := range o.words {
		j := to[i]
		c.left[j] += o.left[i]
		c.right[j] += o.right[i]
		c.second[j] += o.second[i]
		c.penult[j] += o.penult[i]
	}
	for k, v := range o.pairs {
		pc := c.pairs[pk(k)]
		pc.n += v.n
		pc.cand += v.cand
		c.pairs[pk(k)] = pc
	}
	for k, v := range o.first2 {
		c.first2[pk(k)] += v
	}
	for k, v := range o.last2 {
		c.last2[pk(k)] += v
	}
	for k, v := range o.pairForms {
		c.pairForms[[2]uint64{pk(k[0]), pk(k[1])}] += v
	}
	for k, v := range o.tri {
		c.tri[[3]uint32{to[k[0]], to[k[1]], to[k[2]]}] += v
	}
	for k, v := range o.triForms {
		var t [6]uint32
		for i, id := range k {
			t[i] = to[id]
		}
		c.triForms[t] += v
	}
}
