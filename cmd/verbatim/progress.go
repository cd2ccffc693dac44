package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

// progress draws a bar on standard error when it is a terminal. In batch
// jobs (stderr redirected) and with -q it prints nothing, so logs stay clean.
type progress struct {
	w     io.Writer
	on    bool
	last  int
	stage string
}

func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, on: !quiet && isTerminal(w), last: -1}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// update shows the stage and its fraction done in [0, 1].
func (p *progress) update(stage string, frac float64) {
	if !p.on {
		return
	}
	pct := int(frac*100 + 0.5)
	if pct == p.last && stage == p.stage {
		return
	}
	p.last, p.stage = pct, stage
	const width = 30
	n := pct * width / 100
	fmt.Fprintf(p.w, "\r[%s%s] %3d%% %-24s", strings.Repeat("=", n), strings.Repeat(" ", width-n), pct, stage)
}

// done clears the bar.
func (p *progress) done() {
	if p.on && p.last >= 0 {
		fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", 64))
	}
}
