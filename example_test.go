package verbatim_test

import (
	"bufio"
	"bytes"
	"fmt"

	"github.com/verbatim-go/verbatim"
)

func ExampleSampleCSV() {
	sc := bufio.NewScanner(bytes.NewReader(verbatim.SampleCSV()))
	sc.Scan()
	fmt.Println(sc.Text())
	// Output:
	// id,date,channel,tier,region,score,comment,wait_minutes,transfers,gold_themes,gold_causes
}
