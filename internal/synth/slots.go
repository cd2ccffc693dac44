package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"
)

// filler expands the {slot} names of a template for one row in one voice.
type filler struct {
	rng *rand.Rand
	row *Row
	us  bool
}

// expand replaces every {slot} in tmpl. An unknown slot is a bug in the
// phrase tables and panics.
func (f filler) expand(tmpl string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			panic("synth: unclosed slot in " + tmpl)
		}
		b.WriteString(tmpl[:i])
		b.WriteString(f.slot(tmpl[i+1 : i+j]))
		tmpl = tmpl[i+j+1:]
	}
}

func (f filler) one(xs ...string) string { return xs[f.rng.IntN(len(xs))] }

// slotLists are the slots filled by a plain choice from a list.
var slotLists = map[string][]string{
	"days": {"two weeks", "three weeks", "10 days", "a fortnight", "over a month",
		"6 weeks", "nearly a month", "12 days", "five weeks", "almost three weeks", "9 days"},
	"daysoff": {"two days", "three separate days", "a full day", "two half days", "annual leave"},
	"n": {"three times", "4 times", "twice", "five times", "at least six times",
		"several times", "half a dozen times", "7 times", "three separate times"},
	"nth":    {"third", "fourth", "fifth", "5th", "sixth", "umpteenth", "tenth", "4th"},
	"months": {"three months", "4 months", "two months", "half a year", "five months"},
	"appt":   {"between 8 and 1", "in the morning slot", "between 8am and 6pm", "between 12 and 6", "at 9am"},
	"tech":   {"engineer", "engineer", "installer", "technician", "engineer"},
	"router": {"router", "hub", "modem", "wifi box", "router", "smart hub", "box"},
	"app":    {"app", "mobile app", "My Account app", "account app", "app"},
	"feature": {"split the bill between users", "set parental controls", "roll over unused data",
		"get a static IP", "pause my contract while abroad", "download invoices as CSV",
		"add a second user to the account", "use my own router", "change my payment date",
		"get itemised bills", "turn on two-factor login", "manage all our sites in one place",
		"export call logs", "forward calls to my mobile", "use an eSIM", "set a data usage alert",
		"see usage per line", "book an engineer online"},
	"promise": {"free installation", "a free router upgrade", "unlimited data",
		"no price rises for 24 months", "a free streaming subscription", "a price freeze",
		"a 30-day cancellation window", "free calls to mobiles", "a dedicated account manager",
		"next-day setup"},
	"paid":  {"900Mb", "500 Mbps", "a gig", "300 meg", "150Mb", "1Gb", "up to 500Mb"},
	"speed": {"2Mb", "5 Mbps", "under 10 meg", "about 20Mb", "3 meg on a good day", "1.5Mbps", "barely 8Mb"},
	"pct":   {"10%", "15%", "12.5%", "20%", "9 per cent", "18%", "14%", "8.8%"},
	"fee": {"admin fee", "paper bill fee", "late payment fee", "line rental charge", "service charge",
		"router fee", "activation fee", "payment processing fee", "porting fee"},
	"setup": {"10 minutes", "under 15 minutes", "half an hour", "about 20 mins", "an hour",
		"5 minutes", "no time at all", "a quarter of an hour"},
	"relative": {"husband", "wife", "partner", "mum", "dad", "son", "daughter", "flatmate", "boss"},
	"recent":   {"yesterday", "two days ago", "last week", "a few days ago", "this morning", "on Monday"},
	"survey_n": {"Fifteen", "12", "Twenty", "Ten", "18"},
	"initial":  {"J", "A. Smith", "M", "KT", "R. Patel", "D", "Mrs Evans"},
	"soon": {"two days later", "by the end of the week", "the next day", "within 48 hours",
		"three days later"},
	"great": {"brilliant", "amazing", "fantastic", "superb", "excellent", "first class",
		"spot on", "outstanding", "really good", "top notch"},
	"wait_again": {"Then I got cut off.", "No apology either.", "Every single time.",
		"Not acceptable.", "And that was the second attempt."},
	"name": names,
}

var names = []string{"Sarah", "Mohammed", "Priya", "Dave", "Jo", "Tom", "Aisha", "Liam",
	"Chloe", "Raj", "Emma", "Kwame", "Sophie", "Daniel", "Fatima", "Gareth", "Olivia",
	"Marco", "Hannah", "Jamal", "Lucy", "Ben", "Grace", "Ahmed", "Ellie", "Sean",
	"Nadia", "Chris", "Megan", "Tariq", "Zoe", "Callum", "Amira", "Jess", "Luis", "Kate"}

func (f filler) slot(name string) string {
	if xs, ok := slotLists[name]; ok {
		return f.one(xs...)
	}
	r := f.row
	switch name {
	case "wait":
		return waitPhrase(f.rng, r.Wait, r.Channel)
	case "queue":
		return f.queue()
	case "contact":
		return f.contact()
	case "other":
		return f.other()
	case "agent":
		return f.agent()
	case "session":
		return map[string]string{"phone": "call", "chat": "chat", "whatsapp": "conversation",
			"email": "email exchange", "self-service": "session"}[r.Channel]
	case "xfer":
		return timesPhrase(f.rng, max(r.Transfers, 2))
	case "xferpeople":
		return fmt.Sprintf("%s different %s", countWord(f.rng, max(r.Transfers, 2)+1),
			f.one("people", "departments", "teams", "agents"))
	case "amount":
		return f.amount()
	case "month":
		return pastMonth(f.rng, r.Date)
	case "storymonth":
		return f.one("July", "August", "September")
	case "weekday":
		return time.Weekday(f.rng.IntN(7)).String()
	case "product":
		return f.product()
	case "years":
		return countWord(f.rng, 2+f.rng.IntN(12))
	case "code":
		return f.one("E", "ERR-", "#", "") + fmt.Sprint(100+f.rng.IntN(900))
	}
	panic("synth: unknown slot {" + name + "}")
}

func (f filler) queue() string {
	switch f.row.Channel {
	case "phone":
		return f.one("on hold", "in the queue", "on hold", "hanging on the line")
	case "chat":
		return f.one("in the chat queue", "waiting for an agent in chat", "in the web chat queue")
	case "whatsapp":
		return f.one("waiting for a reply on WhatsApp", "waiting on WhatsApp")
	case "email":
		return f.one("waiting for a reply to my email", "waiting for an email back")
	}
	return f.one("waiting online", "waiting")
}

func (f filler) contact() string {
	switch f.row.Channel {
	case "phone":
		return f.one("on the phone", "over the phone", "on the helpline")
	case "chat":
		return f.one("on chat", "in the live chat", "on web chat")
	case "whatsapp":
		return f.one("on WhatsApp", "via WhatsApp")
	case "email":
		return f.one("by email", "over email")
	}
	return f.one("online", "on the website")
}

var otherTouchpoints = []string{"the shop", "the website", "the chat team", "the phone team",
	"the WhatsApp team", "the sales rep", "my account manager", "the email team", "the engineer"}

func (f filler) other() string {
	for {
		o := f.one(otherTouchpoints...)
		if !strings.Contains(strings.ToLower(o), f.row.Channel) {
			return o
		}
	}
}

func (f filler) agent() string {
	name := f.one(names...)
	switch f.row.Channel {
	case "phone":
		return f.one("the agent", "the advisor", "the man on the phone", "the lady on the phone",
			"the guy I spoke to", "the call handler", name)
	case "chat":
		return f.one("the chat agent", "the person on chat", name+" on chat", "the advisor", name)
	case "whatsapp":
		return f.one("the person on WhatsApp", "the agent", name+" on WhatsApp", name)
	case "email":
		return f.one("whoever answered my email", "the support team", name+" from support", name)
	}
	return f.one("the agent", "the person I spoke to", name)
}

func (f filler) amount() string {
	sym := "£"
	if f.us {
		sym = "$"
	}
	units := 5 + f.rng.IntN(176)
	if f.rng.IntN(2) == 0 {
		return fmt.Sprintf("%s%d", sym, units)
	}
	return fmt.Sprintf("%s%d.%02d", sym, units, f.rng.IntN(100))
}

func (f filler) product() string {
	switch f.row.Tier {
	case "smb":
		return f.one("business broadband", "office line", "business fibre", "phone system", "broadband")
	case "enterprise":
		return f.one("leased line", "site connection", "SD-WAN service", "office connections", "business fibre")
	}
	return f.one("broadband", "fibre", "TV package", "landline", "mobile contract", "home phone",
		"fibre broadband", "sim only plan", "internet")
}

var smallNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven",
	"eight", "nine", "ten", "eleven", "twelve", "thirteen"}

// countWord writes k as a word or as digits, as people do.
func countWord(rng *rand.Rand, k int) string {
	if k < len(smallNumbers) && rng.IntN(3) > 0 {
		return smallNumbers[k]
	}
	return fmt.Sprint(k)
}

func timesPhrase(rng *rand.Rand, k int) string {
	if k == 2 && rng.IntN(2) == 0 {
		return "twice"
	}
	return countWord(rng, k) + " times"
}

// pastMonth names a month before the row's month (December for January).
func pastMonth(rng *rand.Rand, d time.Time) string {
	m := int(d.Month())
	if m == 1 {
		return "December"
	}
	return time.Month(1 + rng.IntN(m-1)).String()
}

// waitPhrase says a wait of the given minutes the way a customer would,
// close to the recorded value so text and metric agree.
func waitPhrase(rng *rand.Rand, minutes float64, channel string) string {
	m := int(math.Round(minutes))
	switch {
	case m >= 36*60:
		return fmt.Sprintf("%s days", countWord(rng, int(math.Round(minutes/1440))))
	case m >= 180:
		h := int(math.Round(minutes / 60))
		if rng.IntN(2) == 0 {
			return fmt.Sprintf("%d hours", h)
		}
		return fmt.Sprintf("over %d hours", int(minutes/60))
	case m >= 100:
		return []string{"nearly two hours", "almost 2 hours", fmt.Sprintf("%d minutes", m)}[rng.IntN(3)]
	case m >= 60:
		return []string{"over an hour", "more than an hour", fmt.Sprintf("%d minutes", m), "an hour plus"}[rng.IntN(4)]
	case m < 2:
		return "a minute"
	}
	round5 := m / 5 * 5
	if round5 < 5 {
		round5 = m
	}
	forms := []string{fmt.Sprintf("%d minutes", m), fmt.Sprintf("%d mins", m),
		fmt.Sprintf("over %d minutes", round5), fmt.Sprintf("%d min", m)}
	return forms[rng.IntN(len(forms))]
}
