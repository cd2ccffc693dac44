package themes

import (
	"strings"
	"sync"

	"github.com/verbatim-go/verbatim/internal/token"
)

// TermKind says what a Term stands for.
type TermKind uint8

// Term kinds.
const (
	TermWord    TermKind = iota + 1 // a stemmed content word
	TermPhrase                      // a known phrase of two or three words
	TermNumber                      // kept with KeepNumbers
	TermURL                         // kept with KeepURLs
	TermEmail                       // kept with KeepEmails
	TermHandle                      // kept with KeepHandles
	TermHashtag                     // kept with KeepHashtags
	TermEmoji                       // kept with KeepEmoji
	TermAmount                      // kept with KeepAmounts
)

var termKindNames = [...]string{"invalid", "word", "phrase", "number", "url", "email", "handle", "hashtag", "emoji", "amount"}

// String returns the lower-case name of the kind.
func (k TermKind) String() string {
	if int(k) < len(termKindNames) {
		return termKindNames[k]
	}
	return "invalid"
}

// Term is one unit of a comment's vocabulary.
type Term struct {
	// Key identifies the term in a Vocabulary: the snowball stem of a
	// word ("instal" for "installation"), the stems of a phrase's words
	// joined by single spaces ("custom servic"), or the lower-case text
	// of a kept token. Keys are shared strings: holding one does not
	// retain the comment.
	Key string
	// Start and End are byte offsets into the comment: comment[Start:End]
	// is the word or the whole phrase as written.
	Start, End int
	Kind       TermKind
	// Negated reports that a negator stands before the term within the
	// negation scope, with no punctuation or contrast word ("but")
	// between: "engineer" and "turn" in "the engineer didn't turn up"
	// are not negated and negated respectively. Negators themselves are
	// stop words, so they are never terms; a phrase that starts with one
	// ("no signal") carries the negation in its key instead.
	Negated bool
}

// Analyzer turns comments into terms: tokenize (keeping byte offsets),
// lower-case with straight apostrophes, drop stop words and short words,
// stem with snowball, mark negated terms, and join known phrases.
//
// An Analyzer is immutable and safe for concurrent use. Each call borrows
// a worker with its own stem cache from the analyzer's pool, so the per
// word hot path takes no lock (one short lock per comment); each cache is
// bounded by WithStemCacheLimit and there are at most as many caches as
// goroutines that ever analysed at once.
type Analyzer struct {
	opts      analyzerOptions
	stop      wordSet
	negators  wordSet
	contrast  wordSet
	particles wordSet
	linkers   wordSet
	elisions  wordSet // French: l' d' j' n' qu' …
	pool      *workerPool
}

// NewAnalyzer returns an Analyzer with the given options. It fails with
// ErrBadOption when an option value is out of range.
func NewAnalyzer(opts ...AnalyzerOption) (*Analyzer, error) {
	o := defaultAnalyzerOptions()
	for _, opt := range opts {
		opt(&o)
	}
	if err := o.validate(); err != nil {
		return nil, err
	}
	lists := wordLists[o.lang]
	a := &Analyzer{
		opts:      o,
		stop:      setOf(lists.general, lists.survey, lists.negators),
		negators:  setOf(lists.negators),
		contrast:  setOf(lists.contrast),
		particles: setOf(lists.particles),
		linkers:   setOf(lists.linkers),
	}
	if o.stopSet {
		a.stop = wordSet{}
		a.stop.add(o.stop)
	}
	a.stop.add(o.extraStop)
	for _, w := range o.unstop {
		delete(a.stop, token.Lower(strings.TrimSpace(w)))
	}
	if o.lang == French {
		a.elisions = setOf("l' d' j' n' m' t' s' c' qu' jusqu' lorsqu' puisqu'")
	}
	a.pool = newWorkerPool(o.cacheLimit)
	return a, nil
}

// Language returns the analyzer's language.
func (a *Analyzer) Language() Language { return a.opts.lang }

// StopWords returns the analyzer's stop words, sorted.
func (a *Analyzer) StopWords() []string { return a.stop.sorted() }

// Phrases returns the phrases the analyzer joins, or nil.
func (a *Analyzer) Phrases() *Phrases { return a.opts.phrases }

// UsingPhrases returns a copy of the analyzer that joins the phrases of p
// (nil turns phrases off). The copy has its own stem caches, because
// they record which words start a phrase.
func (a *Analyzer) UsingPhrases(p *Phrases) *Analyzer {
	b := *a
	b.opts.phrases = p
	b.pool = newWorkerPool(b.opts.cacheLimit)
	return &b
}

// workerPool keeps idle workers for reuse, most recently used first so
// that a warm cache is reused. Unlike a sync.Pool it is not emptied by
// garbage collection, which would throw the stem caches away every few
// collections; it holds at most as many workers as were ever in use at
// once, each with a bounded cache.
type workerPool struct {
	mu    sync.Mutex
	free  []*worker
	limit int
}

func newWorkerPool(limit int) *workerPool { return &workerPool{limit: limit} }

func (p *workerPool) get() *worker {
	p.mu.Lock()
	if n := len(p.free); n > 0 {
		w := p.free[n-1]
		p.free = p.free[:n-1]
		p.mu.Unlock()
		return w
	}
	p.mu.Unlock()
	return &worker{cache: newStemCache(p.limit)}
}

// maxKeptBuffer bounds the token buffer a worker keeps between calls, so
// one huge comment does not pin its buffers for the rest of the run.
const maxKeptBuffer = 1 << 14

func (p *workerPool) put(w *worker) {
	if cap(w.toks) > maxKeptBuffer || cap(w.words) > maxKeptBuffer {
		w.toks, w.words, w.phr, w.tmp = nil, nil, nil, nil
	}
	p.mu.Lock()
	p.free = append(p.free, w)
	p.mu.Unlock()
}

// worker holds the reusable buffers of one goroutine's analysis.
type worker struct {
	cache    *stemCache
	toks     []token.Token
	words    []wordPos
	phr      []Term
	tmp      []Term
	buf      []byte
	tmpBytes []byte
}

// wordPos is one word of a comment as phrase detection sees it: every
// word, stop words included, with its segment (a run of words between
// punctuation or other tokens; phrases never cross a segment boundary).
type wordPos struct {
	info       wordInfo
	start, end int
	seg        int32
	neg        bool
}

func (a *Analyzer) getWorker() *worker  { return a.pool.get() }
func (a *Analyzer) putWorker(w *worker) { a.pool.put(w) }

// Terms returns the terms of comment in order of their start offset (a
// phrase comes before the words it contains).
func (a *Analyzer) Terms(comment string) []Term {
	return a.AppendTerms(nil, comment)
}

// AppendTerms appends the terms of comment to dst and returns the extended
// slice; reusing dst avoids allocation.
func (a *Analyzer) AppendTerms(dst []Term, comment string) []Term {
	w := a.getWorker()
	base := len(dst)
	dst = a.scan(w, comment, dst, a.opts.phrases != nil)
	if a.opts.phrases != nil {
		dst = a.joinPhrases(w, dst, base)
	}
	a.putWorker(w)
	return dst
}

// Key returns the term key of text as the analyzer would build it from the
// words of text, stop words included, joined by spaces: Key("Customer
// Services") is "custom servic". Callers use it to name seed terms and
// phrases.
func (a *Analyzer) Key(text string) string {
	w := a.getWorker()
	defer a.putWorker(w)
	a.scan(w, text, nil, true)
	var b strings.Builder
	for i, p := range w.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.info.stem)
	}
	return b.String()
}

// scan tokenizes s, appends its single-token terms to dst and, when
// wantWords is set, records every word in w.words for phrase detection.
func (a *Analyzer) scan(w *worker, s string, dst []Term, wantWords bool) []Term {
	w.toks = token.Append(w.toks[:0], s)
	w.words = w.words[:0]
	negLeft, seg := 0, int32(0)
	for i := range w.toks {
		t := &w.toks[i]
		if t.Kind != token.Word {
			seg++
			if t.Kind == token.Punct {
				negLeft = 0
				continue
			}
			neg := negLeft > 0
			negLeft = max(negLeft-1, 0)
			if k := a.keptKind(t.Kind); k != 0 {
				info := w.cache.describeOther(t.Text)
				dst = append(dst, Term{Key: info.stem, Start: t.Start, End: t.End, Kind: k, Negated: neg})
			}
			continue
		}
		if wantWords && len(w.words) > 0 && !blank(s[w.words[len(w.words)-1].end:t.Start]) {
			seg++ // "price & speed", "wifi/router": symbols between words end a phrase
		}
		info := w.cache.get(a, t.Text)
		neg := negLeft > 0
		negLeft = max(negLeft-1, 0)
		switch {
		case info.flags&wContrast != 0:
			negLeft = 0
		case info.flags&wNegator != 0:
			negLeft = a.opts.negationScope
		}
		start := t.Start + int(info.skip)
		if info.isTerm() {
			dst = append(dst, Term{Key: info.stem, Start: start, End: t.End, Kind: TermWord, Negated: neg})
		}
		if wantWords {
			w.words = append(w.words, wordPos{info: *info, start: start, end: t.End, seg: seg, neg: neg})
		}
	}
	return dst
}

// keptKinds maps a non-word token kind to the Keep flag it needs and the
// term kind it becomes.
var keptKinds = [...]struct {
	need Keep
	kind TermKind
}{
	token.Number:   {KeepNumbers, TermNumber},
	token.URL:      {KeepURLs, TermURL},
	token.Email:    {KeepEmails, TermEmail},
	token.Handle:   {KeepHandles, TermHandle},
	token.Hashtag:  {KeepHashtags, TermHashtag},
	token.Emoji:    {KeepEmoji, TermEmoji},
	token.Currency: {KeepAmounts, TermAmount},
	token.Punct:    {},
}

// keptKind returns the term kind of a non-word token kind when the
// analyzer keeps it, or 0.
func (a *Analyzer) keptKind(k token.Kind) TermKind {
	if int(k) >= len(keptKinds) || keptKinds[k].need == 0 || a.opts.keep&keptKinds[k].need == 0 {
		return 0
	}
	return keptKinds[k].kind
}

// blank reports whether gap, the text between two words, is only spaces.
func blank(gap string) bool {
	if len(gap) == 1 && gap[0] == ' ' {
		return true
	}
	return strings.TrimSpace(gap) == ""
}
