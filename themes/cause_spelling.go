package themes

// causeSpelling maps common misspellings and American spellings of the
// words customers use for causes to the form the default cues are written
// in, so one cue covers "recieved" and "received", "honor" and "honour".
// It is applied to cue words and comment words alike (in cueStem), so a
// caller's cue written in either form still matches both. The list holds
// only unambiguous forms: a word that is itself correct English ("to" for
// "too", "payed" as in a rope) is left alone.
var causeSpelling = map[string]string{
	// misspellings seen in survey answers of every industry
	"recieve": "receive", "recieved": "received", "reciept": "receipt",
	"dissapointed": "disappointed", "dissapointing": "disappointing",
	"disapointed": "disappointed", "disapointing": "disappointing",
	"dissappointed": "disappointed", "dissappointing": "disappointing",
	"expencive": "expensive", "expensve": "expensive", "exspensive": "expensive", "expesive": "expensive",
	"promissed": "promised", "promiced": "promised", "promisd": "promised",
	"apointment": "appointment", "appointmant": "appointment", "appoinment": "appointment", "appointement": "appointment",
	"engeneer": "engineer", "enginner": "engineer", "enginer": "engineer", "engineeer": "engineer",
	"instalation": "installation", "instilation": "installation", "installtion": "installation",
	"insterlation": "installation", "intallation": "installation", "instalaltion": "installation",
	"waitting": "waiting", "waisted": "wasted", "untill": "until",
	"recomend": "recommend", "reccomend": "recommend", "reccommend": "recommend",
	"comunication": "communication", "communcation": "communication", "communicaton": "communication",
	"responce": "response", "costumer": "customer", "custmer": "customer", "sevice": "service", "servise": "service",
	"incompetant": "incompetent", "rediculous": "ridiculous", "ridiculas": "ridiculous",
	"apalling": "appalling", "appauling": "appalling", "attrocious": "atrocious",
	"terrable": "terrible", "terible": "terrible", "horrable": "horrible",
	"disgracefull": "disgraceful", "dreadfull": "dreadful", "awfull": "awful", "usless": "useless",
	"cancled": "cancelled", "canceld": "cancelled", "cancelld": "cancelled",
	"compensaton": "compensation", "complaned": "complained", "complant": "complaint",
	"unreliabe": "unreliable", "realy": "really", "adverised": "advertised", "advertized": "advertised",
	"msg": "message", "msgs": "messages", "ppl": "people", "thru": "through",
	// American spellings of words the cues write the British way
	"center": "centre", "honor": "honour", "honored": "honoured", "honoring": "honouring",
	"behavior": "behaviour", "apologize": "apologise", "apologized": "apologised",
	"realize": "realise", "realized": "realised", "organized": "organised", "disorganized": "disorganised",
	"customize": "customise", "customized": "customised", "patronizing": "patronising",
	"synchronize": "synchronise", "favor": "favour", "favorite": "favourite",
}
