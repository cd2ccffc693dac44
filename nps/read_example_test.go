package nps_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/verbatim-go/verbatim/nps"
)

// A CSV export read with detected columns and a day-first date layout.
func ExampleReadCSV() {
	data := "Response ID,Submitted,Channel,Likelihood to recommend,Why\n" +
		"r1,11/04/2018 20:09,chat,9,\"Quick, friendly help\"\n" +
		"r2,22/03/2018 18:38,phone,3,Waited three days for a call back\n"
	rd := nps.ReadCSV(strings.NewReader(data), nps.ReadName("survey.csv"),
		nps.ReadMapping(nps.Mapping{Segments: []string{"Channel"}}))
	for rd.Next() {
		r := rd.Response()
		fmt.Println(r.ID, r.Score, r.Time.Format("2006-01-02 15:04"), r.Segments["Channel"], r.Comment)
	}
	if err := rd.Err(); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("date layout %q\n", rd.Mapping().DateLayouts[0])
	// Output:
	// r1 9 2018-04-11 20:09 chat Quick, friendly help
	// r2 3 2018-03-22 18:38 phone Waited three days for a call back
	// date layout "2/1/2006 15:04"
}

// Strict mode stops at the first bad row with its place.
func ExampleReadCSV_strict() {
	data := "id,score,comment\na,9,fine\nb,NA,no answer\nc,7,ok\n"
	_, err := nps.ReadCSV(strings.NewReader(data), nps.ReadName("survey.csv")).ReadAll()
	fmt.Println(err)
	fmt.Println(errors.Is(err, nps.ErrScore))
	// Output:
	// nps: survey.csv:3: column "score" (2): value "NA": not a number: score must be an integer from 0 to 10
	// true
}

// Lenient mode keeps every good row and reports every rejected one.
func ExampleReadLenient() {
	data := "score,comment\n10,great\n11,too high\n7.5,half\n,blank\n6,meh\n"
	rd := nps.ReadCSV(strings.NewReader(data), nps.ReadName("survey.csv"), nps.ReadLenient())
	rs, err := rd.ReadAll()
	fmt.Println(len(rs), err, rd.Stats())
	for _, e := range rd.Rejected() {
		fmt.Println(e)
	}
	// Output:
	// 2 <nil> {5 2 3 0}
	// nps: survey.csv:3: column "score" (1): value "11": outside 0 to 10: score must be an integer from 0 to 10
	// nps: survey.csv:4: column "score" (1): value "7.5": not a whole number: score must be an integer from 0 to 10
	// nps: survey.csv:5: column "score" (1): value "": empty score: score must be an integer from 0 to 10
}

// JSON Lines: scores as numbers or strings, other keys kept as segments.
func ExampleReadJSONL() {
	data := `{"id":"a","nps":10,"comment":"love it","tier":"gold"}` + "\n" +
		`{"id":"b","nps":"4","comment":"too slow","tier":"basic"}` + "\n"
	rd := nps.ReadJSONL(strings.NewReader(data), nps.ReadMapping(nps.Mapping{Rest: nps.ColumnSegment}))
	rs, err := rd.ReadAll()
	if err != nil {
		fmt.Println(err)
	}
	for _, r := range rs {
		fmt.Println(r.ID, r.Score, r.Segments["tier"], r.Comment)
	}
	// Output:
	// a 10 gold love it
	// b 4 basic too slow
}

// Day-first and month-first dates are told apart by a day above 12.
func ExampleDetectDateLayout() {
	layout, err := nps.DetectDateLayout([]string{"03/04/2018", "25/04/2018"})
	fmt.Printf("%q %v\n", layout, err)
	_, err = nps.DetectDateLayout([]string{"03/04/2018", "05/06/2018"})
	fmt.Println(errors.Is(err, nps.ErrDateAmbiguous))
	// Output:
	// "2/1/2006" <nil>
	// true
}

// Header names are recognized loosely.
func ExampleDetectMapping() {
	m := nps.DetectMapping([]string{"Respondent", "NPS_Score", "Verbatim", "created at", "Region"})
	fmt.Printf("id=%q score=%q comment=%q date=%q\n", m.ID, m.Score, m.Comment, m.Date)
	// Output:
	// id="Respondent" score="NPS_Score" comment="Verbatim" date="created at"
}
