// Package themes finds what NPS comments are about: the recurring themes
// an analyst would name, the root causes behind them, and their link to
// the score.
//
// # Text analysis
//
// An Analyzer turns a comment into Terms, each with byte offsets into the
// original text so that every later result can point at the words behind
// it:
//
//  1. Tokenize with the library's own tokenizer: words (contractions such
//     as "didn't" kept whole), numbers, links, e-mail addresses, @handles,
//     #tags, emoji and currency amounts. Invalid UTF-8 is tolerated.
//  2. Normalise: lower case and straight apostrophes. Accents are kept:
//     the snowball stemmers of French, Spanish, Swedish, Norwegian and
//     Hungarian read them, and "pâte" is not "pate". French elisions
//     ("l'offre", "n'est") are split off the word.
//  3. Drop stop words (function words plus survey filler, see
//     DefaultStopWords and SurveyStopWords; replace or extend them with
//     WithStopWords, WithExtraStopWords, WithoutStopWords) and words
//     shorter than WithMinLength.
//  4. Stem with snowball in the Language chosen (English by default),
//     through a bounded per-worker cache: a word is stemmed once per
//     worker, not once per occurrence.
//  5. Mark negation: a negator ("not", "never", "no", "didn't", "without")
//     sets Negated on the next words, up to WithNegationScope words, until
//     punctuation or a contrast word ("but"). Negators are never terms
//     themselves, so "not working" and "working" share the term "work";
//     sentiment and cause detection read the flag.
//  6. Join phrases found by a PhraseCounter ("customer service", "on
//     hold", "installation date"), by default in addition to their words.
//
// Numbers, links, e-mails, handles, tags, emoji and amounts are left out
// of the terms unless WithKeep asks for them: they split themes by
// incidental detail ("£30" vs "£35").
//
// # Phrases
//
// A PhraseCounter counts adjacent pairs and triples of words within runs of
// words (punctuation and symbols end a run) and keeps those that recur
// more than chance: at least PhraseMinCount occurrences, Dunning's
// log-likelihood ratio G² of at least PhraseMinScore (10.83, p < 0.001 for
// independent words) and at least PhraseMinRatio (2) times the count
// expected by chance. A triple must pass for both of its splits (w1 w2 |
// w3 and w1 | w2 w3). Stop words may stand inside a phrase as linkers
// ("waste of time"), at its edges only as particles ("on hold", "set up")
// or, first, as negators ("no signal").
//
// # Vocabulary
//
// A VocabCounter counts document frequencies and surface forms over a
// corpus (merging across shards), and fixes a Vocabulary: sorted keys as
// columns, each with its document frequency and display form. Its rows
// (Row: columns and counts as plain slices) feed the clustering.
//
// # Discovery
//
// Discover turns comments into themes: TF-IDF over stems and phrases, with
// terms that are never nouns weighted down, projected by LSA; spherical
// k-means fits three clusters per theme wanted, which are merged back by
// Ward's criterion on the sphere (a large theme split in pieces is joined
// up, so small themes keep clusters of their own), refined as a von
// Mises-Fisher mixture; every comment then goes to its nearest theme. The
// fitted Model labels, explains, saves and assigns new comments.
//
// # Root causes
//
// A Taxonomy scores a comment against the causes of the domain brief
// (service, product, expectations, feedback loop, methodology, timing,
// misalignment) with cues kept as data: words, phrases and patterns,
// cancelled by negation and discounted before a contrast, each match kept
// as evidence with its offsets. TaxonomyDefault is written by hand;
// TaxonomyRead loads a caller's own, extending or replacing it; and
// TaxonomyLearn fits one to a team's hand-coded comments (cue weights, new
// word and phrase cues and per-cause thresholds, by regularised logistic
// regression), returning plain taxonomy data that saves as JSON.
//
// # Labels
//
// A Labeler names themes together, as a person would ("installation
// date", "hold times", "on hold"): the candidates are the known phrases
// and top terms of each theme and, in English, noun phrases found with
// part-of-speech tags from prose; each is scored by its class-based
// TF-IDF across the themes, its coverage of the theme and how well it
// reads, and no two themes get the same label. One tagging model is
// loaded per process, the first time a label is built, and shared by
// every Labeler and goroutine.
//
// # End to end
//
// Analyze runs everything on a survey and returns a Report ready for
// encoding/json: the score with its interval and diagnosis, breakdowns by
// segment, the trend, the themes with their labels, impact and intervals,
// the root causes and their fixes, sentiment and score/text mismatches,
// the alignment of the detractors, what changed in the biggest drops
// (overall and within each segment value), findings ranked by severity and
// by the NPS points at stake, and a 90-day plan (diagnose and stabilize,
// quick wins, systemic fixes) with the realistic target. It honours
// context cancellation, reports progress through a callback (ProgressFunc)
// and gives byte-identical JSON for the same input and options.
//
// # Concurrency
//
// Analyzer, Phrases, Vocabulary and Labeler are safe for concurrent use.
// The counters (PhraseCounter, VocabCounter, Forms) are not: give each
// goroutine its own and Merge them; merged counts equal one counter's.
package themes
