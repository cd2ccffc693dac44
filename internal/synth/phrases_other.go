package synth

// praisePools use severe for strong praise (scores 9-10) and mild for
// warmer-than-neutral praise.
var praisePools = map[string]pool{
	ThemeHelpfulStaff: {
		severe: []string{
			"{name} was brilliant, sorted everything in one go.",
			"{agent} was so helpful and patient with me, a real credit to the company.",
			"Fantastic service from {name}, went above and beyond.",
			"{agent} explained everything clearly and fixed the problem straight away.",
			"Really friendly and knowledgeable staff, {name} especially.",
			"{name} {contact} was lovely and made the whole thing painless.",
			"Couldn't fault {agent}, polite, quick and actually listened.",
			"Huge thanks to {name} who stayed on until it was all working.",
			"{agent} knew exactly what to do and even called back to check it was fixed.",
			"Best customer service I've had from any company, {name} was a star.",
			"{name} was {great}. Sorted my {product} problem in {setup}.",
			"Spoke to {name} {contact} who was {great}, nothing was too much trouble.",
			"Genuinely {great} help from {agent}, explained my bill line by line.",
			"{agent} was {great} and got me a better deal without me even asking.",
			"Had a problem with my {router} and {name} talked me through the fix, {great}.",
			"Whoever trained {name} deserves a raise, {great} from start to finish.",
			"{agent} was calm, kind and fixed in {setup} what I'd struggled with for days.",
			"Really {great} experience {contact}, {name} took ownership and followed up.",
		},
		mild: []string{
			"{agent} was helpful and got it sorted.",
			"Staff were friendly enough and dealt with my query.",
			"{name} was nice and answered my questions.",
			"The person I spoke to was polite and helpful.",
			"Decent service, {agent} knew what they were doing.",
			"{agent} was helpful, took a while but got there.",
			"{name} {contact} was pleasant and dealt with it.",
			"Helpful advice from {agent} about my {product}.",
			"No complaints about {agent}, they answered everything.",
			"{name} was friendly and the {session} was quick enough.",
		},
		short: []string{
			"{name} was really helpful",
			"the staff were lovely",
			"{agent} sorted it quickly",
			"the person I spoke to was great",
		},
		detail: []string{
			"Please pass on my thanks.",
			"More people like {name} please.",
			"I didn't even have to repeat myself.",
			"Made a stressful day much easier.",
			"Been with you {years} years and this is why I stay.",
		},
	},
	ThemeFastSetup: {
		severe: []string{
			"Up and running in {setup}, couldn't have been easier.",
			"Setup was so quick and simple, plugged the {router} in and it just worked.",
			"The {tech} arrived on time and had everything installed in {setup}.",
			"Ordered on {weekday}, connected {soon}. Seamless.",
			"Easiest switch I've ever done, the whole setup took {setup}.",
			"Activation was instant and the instructions were crystal clear.",
			"Really smooth setup, the {app} walked me through every step.",
			"Moving my {product} over was painless, done in {setup}.",
			"{great} setup, the {router} was configured before I'd made a cup of tea.",
			"New {product} was live in {setup}, really {great}.",
			"The {tech} was in and out in {setup}, tidy job and everything works.",
			"Switched from my old provider with zero downtime, setup took {setup}.",
			"Self-install kit was {great}, clear steps and the {router} connected first time.",
			"Everything arrived the next day and was working within {setup}.",
		},
		mild: []string{
			"Setup was fairly straightforward.",
			"Easy enough to get going, took {setup}.",
			"Installation went fine, no real problems.",
			"Got connected quicker than I expected.",
			"The setup instructions were clear enough.",
			"Switching over was simple, apart from a bit of waiting.",
			"Setup of the {product} was fine, {setup} or so.",
			"The {router} was easy to set up once I found the instructions.",
			"Installation of my {product} went to plan.",
		},
		short: []string{
			"the setup was quick and easy",
			"I was connected in {setup}",
			"the installation went smoothly",
			"getting started was simple",
		},
		detail: []string{
			"No fuss at all.",
			"Even my {relative} could have done it.",
			"Speeds have been great since.",
			"Would recommend to anyone thinking of switching.",
		},
	},
}

// surveyPools are comments about the survey itself, keyed by the cause they
// carry.
var surveyPools = map[Cause][]string{
	CauseTiming: {
		"Bit early to ask, I only got connected {recent}.",
		"You sent this survey the minute I hung up, give me a chance to see if it's actually fixed.",
		"How can I rate you when the {tech} hasn't even been yet?",
		"Sent me this before I've had a single bill, ask me in a couple of months.",
		"This survey came weeks after the {session}, I barely remember it.",
		"I only signed up {recent}, too soon to say.",
		"Asking me to rate you in the middle of an outage is brave.",
		"Ask me again when the problem is actually resolved, not before.",
		"Survey arrived while I was still {queue}, great timing.",
		"I cancelled weeks ago, bit late to ask now.",
		"The {tech} only left an hour ago, how would I know yet?",
		"You asked me to rate the service {recent}, before anything had even been fixed.",
		"Got this survey {recent} about a {session} from months back.",
		"Too soon to rate, my {product} only went live {recent}.",
		"Why survey me {recent} when my complaint is still open?",
	},
	CauseMethodology: {
		"I'm not the account holder, my {relative} deals with all this.",
		"I cancelled in {month}, why am I still getting surveys?",
		"Nobody recommends an internet provider to their friends, the question makes no sense.",
		"Your survey asked the same question three different ways.",
		"{survey_n} questions for a two minute {session} is too much.",
		"I only used the website once to pay a bill, not sure my opinion counts.",
		"Is 0 the best or the worst? The scale isn't clear.",
		"This is the {nth} survey this month, please stop.",
		"The survey is about the shop but I've never been in one.",
		"I would recommend you for some things and not others, one number doesn't work.",
		"My {relative} set the account up, I just use it, so I can't really answer this.",
		"Your question assumes I talk to friends about my {product}. I don't.",
		"The survey link opened a page about a different {session}.",
		"{survey_n} questions and not one about the actual problem I had.",
		"I left you in {month} but you keep sending me these surveys.",
		"There's no option for 'it depends', so the score is meaningless.",
	},
}

// storyPool is the billing wording of the planted story: the same theme as
// ThemeBillingError, naming the migration as the customers see it.
var storyPool = []string{
	"Since you changed billing systems my bill has been wrong every month.",
	"Your new billing system charged me {amount} twice in {storymonth}.",
	"Ever since the billing migration I've been overcharged and nobody can explain it.",
	"Bill went haywire after your system upgrade, {amount} extra and a letter saying I'm in arrears.",
	"Got two bills for {storymonth}, apparently something to do with moving accounts to a new system.",
	"After the billing changeover my direct debit was taken twice. Still no refund.",
	"My account number changed with your new system and now the payments don't match the bill.",
	"Your billing update has messed up my invoice, charged for {product} I cancelled ages ago.",
}

// cuePools are clauses appended to complaints that add a second cause
// without adding a theme.
var cuePools = map[Cause][]string{
	CauseFeedbackLoop: {
		"I have reported this {n} already and nothing has changed.",
		"This is the {nth} time I've raised it.",
		"Told you about it in {month}, still not fixed.",
		"Nobody ever gets back to me about it.",
		"I said the same in the last survey and nobody listened.",
	},
	CauseMisalignment: {
		"{other} told me something completely different.",
		"Sales said one thing, support said another.",
		"Your shop and your helpline clearly don't talk to each other.",
		"Got a different answer {contact} than from {other}.",
	},
	CauseExpectations: {
		"That is not what I was sold.",
		"Nobody mentioned this when I signed up.",
		"The website made it sound much better than this.",
	},
	CauseTiming: {
		"And then you text me a survey while it's still broken.",
		"Odd time to ask me, the problem isn't even resolved yet.",
	},
}

// cueWeights is how often each cue cause is picked when a cue is added.
var cueCauses = []Cause{CauseFeedbackLoop, CauseMisalignment, CauseExpectations, CauseTiming}
var cueWeights = []float64{0.40, 0.30, 0.18, 0.12}

// genericByBand holds the theme-less comments for detractors, passives and
// promoters; they repeat across rows, as they do in real surveys.
var genericByBand = [3][]string{
	{"STOP", "stop", "bad", "poor", "rubbish", "terrible", "no comment", "n/a",
		"unsubscribe", "awful", "meh", ".", "no", "not happy", "😡", "NA", "could be better", "-"},
	{"ok", "fine", "its ok", "average", "no comment", "n/a", "N/A", "nothing",
		"-", "meh", "alright I guess", "satisfied", "okay", "not bad", "nothing to add", "OK"},
	{"good", "Great", "great service", "all good", "very happy", "Excellent",
		"no complaints", "👍", "keep it up", "n/a", "nothing to add", "love it",
		"10/10", "happy customer", "awesome", "good service", "Good", "thanks"},
}

var (
	openersNeg = []string{"Honestly, ", "Where do I start. ", "Well. ", "Seriously, ",
		"Not impressed. ", "To be honest ", "Once again, ", "Right, ", "Frankly ", "Ugh. "}
	openersMild = []string{"Overall ok but ", "Mostly fine. ", "Not bad, although ",
		"On the whole alright. ", "Generally good but ", "It's fine, but "}
	openersPos  = []string{"Really pleased. ", "Just want to say ", "Very happy! ", "Wow. ", "Honestly, ", "So glad I switched. "}
	openersForm = []string{"I would like to note that ", "I wish to register the following: ",
		"For your information, ", "Regarding my recent experience: ", "Please note that "}
	closersSevere = []string{"Absolutely useless.", "Worst provider I've ever had.",
		"Cancelling as soon as my contract ends.", "Disgraceful.", "Sort it out!",
		"Never again.", "Will be telling everyone I know.", "Shocking service.",
		"I want compensation.", "Looking for another provider now.", "Pathetic.",
		"Complete joke.", "Fuming."}
	closersMild = []string{"Otherwise ok.", "Could be better.", "Not the end of the world.",
		"Apart from that it's fine.", "Hope it improves.", "A bit disappointing.",
		"Room for improvement.", "Just a bit annoying.", "Fine apart from that."}
	closersPraise = []string{"Thank you!", "Keep it up.", "Would definitely recommend.",
		"Great job.", "Very impressed.", "Cheers!", "Thanks again.", "Top service.",
		"Happy customer.", "10/10."}
	closersSurvey = []string{"Just saying.", "Ask me later.", "Please fix your surveys.",
		"Thanks.", "Hope that helps.", "Not sure what else to say."}
	closersFormal = []string{"Kind regards.", "Thank you for your attention.",
		"Regards, {initial}.", "I look forward to your response.", "Yours sincerely."}
	// connectors join a second topic; %s is the second theme's short clause.
	joinMore   = []string{"Also %s.", "On top of that %s.", "And %s.", "Plus %s.", "To top it off, %s.", "Not to mention %s."}
	joinButNeg = []string{"Only gripe is that %s.", "Although %s.", "One niggle: %s.", "Shame that %s.", "That said, %s."}
	joinButPos = []string{"To be fair %s.", "In fairness, %s.", "The only positive: %s.", "Credit where it's due, %s."}
	joinPraise = []string{"And %s.", "Also %s.", "Plus %s.", "On top of that %s."}
)
