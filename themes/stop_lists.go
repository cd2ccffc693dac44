package themes

// The word lists below are kept as data: whitespace-separated, lower case,
// straight apostrophes. They were written for this package: function words
// of each language, plus the filler that survey answers repeat whatever
// their subject ("would recommend to friends and family", "gave a score of
// 8 because"). Words with meaning in complaints stay out of the lists on
// purpose: "service", "customer", "time", "experience", "price", "good",
// "poor". They are frequent, but "customer service", "waiting time" and
// "poor service" are themes, and document-frequency weighting, not a stop
// list, is the right tool for a word that is merely common.

type langWords struct {
	general   string // function words
	survey    string // filler of survey answers
	negators  string // words that negate what follows
	contrast  string // words that end a negation's scope ("not fast but cheap")
	particles string // stop words allowed at the edge of a phrase ("on hold", "set up")
	linkers   string // stop words allowed inside a three-word phrase ("waste of time")
}

var wordLists = [...]langWords{
	English: {
		general: `a about above after again against all almost already also although am among an and any
			anyone anything are around as at away back be became because been before being below
			between both but by can cannot could did do does doing done down during each either else
			etc even ever every everyone everything few for from further get gets getting go goes
			going gone got had has have having he her here hers herself him himself his how however i
			if in into is it its itself just let's lot lots many may me might more most much must my
			myself neither never no nobody none nor not nothing now of off often on once one only or
			other others our ours ourselves out over own per quite rather really same shall she
			should since so some someone something still such than that the their theirs them
			themselves then there these they this those though through thus to too under until up
			upon us very via was we well were what whatever when where whether which while who whom
			whose why will with within without yet you your yours yourself yourselves
			i'm i've i'd i'll you're you've you'd you'll he's she's it's we're we've we'd we'll
			they're they've they'd they'll that's there's here's what's who's isn't aren't wasn't
			weren't hasn't haven't hadn't doesn't don't didn't won't wouldn't shan't shouldn't can't
			couldn't mustn't needn't ain't im ive id dont didnt doesnt isnt wasnt arent werent cant
			wont couldnt wouldnt shouldnt havent hasnt hadnt aint`,
		survey: `because cause company companies would recommend recommended recommending
			recommendation recommendations score scored scoring rating rated rate survey
			questionnaire nps likely unlikely friend friends family reason reasons give gave given
			giving thing things overall thank thanks please anybody somebody`,
		negators: `not no never none nobody nothing neither nor nowhere cannot without dont didnt
			doesnt cant wont isnt wasnt arent werent havent hasnt hadnt couldnt wouldnt shouldnt
			aint neednt mustnt`,
		contrast:  `but however although though except yet whereas`,
		particles: `on off up out down over back in away through`,
		linkers:   `of and to for a an the my your our their at in on with from per or`,
	},
	Spanish: {
		general: `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde
			durante e el él ella ellas ellos en entre era eres es esa ese eso esta está están estas
			este esto estos estoy fue fueron ha han hasta hay he la las le les lo los me mi mí mis
			mucho muchos muy más nada ni no nos nosotros nunca o os otra otras otro otros para pero
			poco por porque que qué quien quienes se ser si sí sin sobre son soy su sus también
			tanto te tenía ti tiene todo todos tu tú tus un una uno unos y ya yo`,
		survey:    `empresa compañía recomendaría recomendar recomiendo recomendado puntuación nota calificación gracias`,
		negators:  `no nunca jamás nada nadie ni sin tampoco ningún ninguna ninguno`,
		contrast:  `pero sino aunque`,
		particles: ``,
		linkers:   `de del la el los las y a al en con para por sin o`,
	},
	French: {
		general: `a à ai aie as au aussi aux avait avec avez avoir avons c ça ce cela celle ces cet
			cette d dans de des du elle elles en est et été être eu eux fait il ils j je l la le les
			leur leurs lui m ma mais me même mes moi mon n ne ni nos notre nous on ont ou où par pas
			peu plus pour qu que quel quelle qui s sa sans se ses si son sont suis sur t ta te tes
			toi ton tous tout toute toutes très tu un une vos votre vous y`,
		survey:    `entreprise société recommander recommande recommanderais recommandé note noté merci`,
		negators:  `ne n pas jamais rien aucun aucune sans non ni plus`,
		contrast:  `mais cependant pourtant toutefois`,
		particles: ``,
		linkers:   `de du des la le les et à au aux en pour par sans ou`,
	},
	Russian: {
		general: `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где
			да даже для до его ее её ей ему если есть еще ещё же за здесь и из или им их к как какой
			когда кто ли либо мне может мы на над нам нас не него нее неё нет ни нибудь никогда ним
			них ничего но ну о об он она они оно от очень по под после при про с со так также там
			те тем то того тоже только том ты у уже чем что чтобы эта эти это этот я`,
		survey:    `компания компании компанию рекомендовать порекомендовать рекомендую оценка оценку спасибо`,
		negators:  `не нет ни никогда ничего никто нигде без`,
		contrast:  `но однако хотя зато`,
		particles: ``,
		linkers:   `и в на с по для без из к о`,
	},
	Swedish: {
		general: `alla allt att av blev bli blir de dem den denna deras dess det detta dig din ditt
			du där efter ej eller en er ett från för ha hade han hans har hon honom hur här i icke
			ingen inget inga inom inte jag ju kan kunde man med mellan men mig min mina mitt mot
			mycket ni nu när någon något några och om oss på sig sin sina sitt själv ska skulle så
			sådan till under upp ut utan vad var vara varit vi vid vilken vår är även över`,
		survey:    `företaget företag rekommendera rekommenderar betyg eftersom tack`,
		negators:  `inte ej aldrig ingen inget inga utan icke`,
		contrast:  `men fast`,
		particles: ``,
		linkers:   `och av i på för till med utan`,
	},
	Norwegian: {
		general: `alle at av bare ble bli blir da de deg dem den denne der dere deres det dette di
			din disse ditt du eller en er et etter for fra ha hadde han hans har hennes her hun hva
			hvem hvis hvor hvordan i ikke ingen inn ja jeg kan kom kunne man med meg men mer min
			mine mitt mot ned noe noen nå når og også om opp oss over på seg selv sin sine sitt
			skal skulle slik som så til ut uten var vi vil ville være vært å`,
		survey:    `selskapet selskap anbefale anbefaler karakter fordi takk`,
		negators:  `ikke aldri ingen intet ingenting uten`,
		contrast:  `men`,
		particles: ``,
		linkers:   `og av i på for til med uten`,
	},
	Hungarian: {
		general: `a az azt be csak de e egy egyik el én és ez ezek ezt fel hogy hol is itt ki le
			lesz lett még meg mert mi mint minden most nagyon neki nem nincs ő ők ott pedig sem
			szerint te ti után vagy van vannak volt voltak`,
		survey:    `cég céget ajánlanám ajánlani ajánlom pontszám köszönöm`,
		negators:  `nem ne soha sem nincs nincsen semmi senki nélkül`,
		contrast:  `de viszont azonban`,
		particles: ``,
		linkers:   `a az és vagy`,
	},
}
