// Package nps holds survey responses and the Net Promoter Score arithmetic
// built on them: categories, mergeable tallies, scores with their sampling
// uncertainty, comparisons, breakdowns by segment and period, trends,
// benchmarks, diagnostic bands and operational-metric views, plus streaming
// CSV and JSON Lines readers.
//
// ReadCSV and ReadJSONL return a Reader that streams Responses row by row,
// with a Mapping of columns (detected from common header names when left
// empty), a date layout detected from the data, and a strict mode that
// stops at the first bad row or a lenient one that keeps every rejected row
// with its reason.
//
// Error policy: bad user data returns an error naming the place (file, line,
// column and value); misuse by the programmer (a nil function, a negative
// size) may panic with an "nps: " prefix. Sentinel errors that callers branch
// on are exported.
package nps
