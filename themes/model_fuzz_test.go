package themes

import (
	"bytes"
	"errors"
	"testing"
)

// FuzzLoad: Load never panics, and any error it returns wraps one of its
// three sentinels; a model it accepts can assign and save.
func FuzzLoad(f *testing.F) {
	_, data := fittedSample(f)
	f.Add(data)
	f.Add([]byte(`{"format":"verbatim-themes-model","version":1}`))
	f.Add([]byte(`{"format":"verbatim-themes-model","version":1,"settings":{"min_terms":1},"terms":{"keys":["a"],"display":["a"],"df":[1],"weight":[1]},"themes":[{"id":"a"}],"centroids":[{"cols":[0],"vals":[1]}]}`))
	f.Add([]byte("null"))
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(bytes.NewReader(b))
		if err != nil {
			if !errors.Is(err, ErrModelFormat) && !errors.Is(err, ErrModelVersion) && !errors.Is(err, ErrModelInvalid) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		m.Assign("the engineer never came to install the broadband")
		var out bytes.Buffer
		if err := m.Save(&out); err != nil {
			t.Fatal(err)
		}
	})
}
