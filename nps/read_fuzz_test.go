package nps_test

import (
	"bytes"
	"testing"

	"github.com/verbatim-go/verbatim/nps"
)

// readFuzzCheck reads everything in lenient mode and checks that every
// row is accounted for: accepted and returned, or rejected with a reason.
func readFuzzCheck(t *testing.T, rd *nps.Reader) {
	returned := 0
	for rd.Next() {
		r := rd.Response()
		if r.Score < 0 || r.Score > 10 {
			t.Fatalf("accepted score %d", r.Score)
		}
		returned++
	}
	st := rd.Stats()
	if st.Accepted != returned || st.Rows != st.Accepted+st.Rejected || len(rd.Rejected()) != st.Rejected {
		t.Fatalf("rows unaccounted for: returned %d, stats %+v, %d rejected kept", returned, st, len(rd.Rejected()))
	}
	for _, e := range rd.Rejected() {
		if e.Err == nil || e.Line < 1 || e.Row < 1 {
			t.Fatalf("rejection without place or reason: %#v", e)
		}
	}
}

func FuzzReadCSV(f *testing.F) {
	for _, s := range []string{
		"id,score,comment,date\na,7,ok,11/04/2018 20:09\nb,NA,x,22/03/2018 10:00\n",
		"score,comment\n7,\"multi\nline\"\n11,x\n7.5,y\n,empty\n",
		"\xef\xbb\xbfscore;why\n9;caf\xe9\n",
		"score,date\n1,01/02/2018\n2,2018-01-02\n",
		"score,x\n1\n2,3,4\n\"unterminated\n",
		"\xff\xfes\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		readFuzzCheck(t, nps.ReadCSV(bytes.NewReader(data), nps.ReadLenient(),
			nps.ReadMapping(nps.Mapping{Rest: nps.ColumnSegment})))
		strict := nps.ReadCSV(bytes.NewReader(data))
		for strict.Next() {
		}
		if st := strict.Stats(); st.Rejected > 1 || st.Rows != st.Accepted+st.Rejected {
			t.Fatalf("strict mode went past an error: %+v", st)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	for _, s := range []string{
		`{"score":7,"comment":"ok","date":"2018-04-11"}` + "\n" + `{"score":"NA"}`,
		`{"nps":9.0,"why":null}` + "\n\n" + `[1]` + "\n" + `{"nps":7.5}`,
		"{\"score\":3,\"comment\":\"\xff\"}\n",
		`{"score":1,"t":{"a":[1]},"w":"2"}`,
		`{"id":1}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		readFuzzCheck(t, nps.ReadJSONL(bytes.NewReader(data), nps.ReadLenient(),
			nps.ReadMapping(nps.Mapping{Rest: nps.ColumnMetric})))
	})
}
