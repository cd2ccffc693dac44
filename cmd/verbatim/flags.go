package main

import (
	"flag"
	"strings"
)

// flagSet selects the groups of common flags a command takes.
type flagSet uint8

const (
	flagInput   flagSet = 1 << iota // -in, -input-format, -strict
	flagColumns                     // -text, -score, -id, -date, -date-layout, -segments, -metrics
	flagModel                       // -k, -seed, -lang
	flagOutput                      // -format, -o, -q

	flagsAll = flagInput | flagColumns | flagModel | flagOutput
)

// common holds the flags shared by the commands.
type common struct {
	in, inputFormat   string
	text, score, id   string
	date, dateLayout  string
	segments, metrics listFlag
	k                 int
	seed              uint64
	lang              string
	format, out       string
	strict, quiet     bool
	formats           []string // the formats this command can write
	defaultFormat     string
	registered        flagSet
}

// listFlag is a comma-separated list that may also be repeated:
// -segments channel,tier -segments region.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	for _, part := range strings.Split(v, ",") {
		if part = strings.TrimSpace(part); part != "" {
			*l = append(*l, part)
		}
	}
	return nil
}

func (c *common) register(fs *flag.FlagSet, which flagSet) {
	c.registered = which
	if which&flagInput != 0 {
		fs.StringVar(&c.in, "in", "", "input `FILE` (CSV or JSON Lines; '-' for standard input); also accepted as the first argument")
		fs.StringVar(&c.inputFormat, "input-format", "", "input format: csv or jsonl (default: from the file name, else csv)")
		fs.BoolVar(&c.strict, "strict", false, "stop at the first bad row instead of reporting rejected rows and going on")
	}
	if which&flagColumns != 0 {
		fs.StringVar(&c.text, "text", "", "comment `COLUMN` (default: detected from the header)")
		fs.StringVar(&c.score, "score", "", "0-10 score `COLUMN` (default: detected)")
		fs.StringVar(&c.id, "id", "", "id `COLUMN` (default: detected, else the 1-based data row number)")
		fs.StringVar(&c.date, "date", "", "date `COLUMN` (default: detected)")
		fs.StringVar(&c.dateLayout, "date-layout", "", "Go time `LAYOUT` of the date column, e.g. 02/01/2006 (default: detected)")
		fs.Var(&c.segments, "segments", "segment `COLUMNS`, comma-separated (channel,tier,region)")
		fs.Var(&c.metrics, "metrics", "numeric metric `COLUMNS`, comma-separated (wait_minutes,transfers)")
	}
	if which&flagModel != 0 {
		fs.IntVar(&c.k, "k", 0, "number of themes (0: chosen automatically)")
		fs.Uint64Var(&c.seed, "seed", 1, "random seed; the same input and seed give the same output")
		fs.StringVar(&c.lang, "lang", "english", "language of the comments: english, spanish, french, russian, swedish, norwegian, hungarian")
	}
	if which&flagOutput != 0 {
		if c.defaultFormat == "" {
			c.defaultFormat = "md"
		}
		if len(c.formats) == 0 {
			c.formats = []string{"md", "json", "csv"}
		}
		fs.StringVar(&c.format, "format", c.defaultFormat, "output format: "+strings.Join(c.formats, "|"))
		fs.StringVar(&c.out, "o", "", "write the output to `FILE` instead of standard output")
		fs.BoolVar(&c.quiet, "q", false, "no progress on standard error")
	}
}

func (c *common) validate() error {
	if c.registered&flagOutput != 0 && !contains(c.formats, c.format) {
		return usagef("-format %q: want one of %s", c.format, strings.Join(c.formats, ", "))
	}
	if c.registered&flagModel != 0 && c.k < 0 {
		return usagef("-k %d: want 0 (automatic) or a positive number of themes", c.k)
	}
	switch c.inputFormat {
	case "", "csv", "jsonl":
	default:
		return usagef("-input-format %q: want csv or jsonl", c.inputFormat)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// readSegments adds columns a command groups or filters by (-by, -segment,
// -where, -gold) to the segment columns read, so that they are in
// Response.Segments even when -segments does not name them.
func (c *common) readSegments(cols ...string) {
	for _, col := range cols {
		if !contains(c.segments, col) {
			c.segments = append(c.segments, col)
		}
	}
}
