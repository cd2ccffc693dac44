package themes

import (
	"fmt"
	"sync"

	prose "github.com/jdkato/prose/v2"
)

// The part-of-speech model is decoded once per process and shared: prose
// decodes its tagging model (tens of megabytes) for every document unless
// one Model is passed with UsingModel, and the model is read-only while
// tagging, so one copy serves every goroutine.
var tagModel struct {
	once  sync.Once
	model *prose.Model
	err   error
}

// sharedTagModel returns the process-wide tagging model, loading it on
// first use. Building a document without entity extraction makes prose
// load only its tagger; that document's Model is then reused.
func sharedTagModel() (*prose.Model, error) {
	tagModel.once.Do(func() {
		defer func() {
			if r := recover(); r != nil { // prose panics when its embedded model is unreadable
				tagModel.err = fmt.Errorf("loading the part-of-speech model: %v", r)
			}
		}()
		doc, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			tagModel.err = fmt.Errorf("loading the part-of-speech model: %w", err)
			return
		}
		tagModel.model = doc.Model
	})
	return tagModel.model, tagModel.err
}

// tagged is one token of prose's tokenizer with its Penn Treebank tag.
type tagged struct {
	text, tag string
}

// tag returns the tokens of text with their part-of-speech tags. A panic
// inside prose on odd input becomes an error: a label falls back to top
// terms rather than crash the caller.
func tag(m *prose.Model, text string) (out []tagged, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("tagging %q: %v", clip(text, 40), r)
		}
	}()
	doc, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(m))
	if err != nil {
		return nil, err
	}
	toks := doc.Tokens()
	out = make([]tagged, len(toks))
	for i, t := range toks {
		out[i] = tagged{t.Text, t.Tag}
	}
	return out, nil
}
