package main

// commands lists the subcommands in the order "verbatim help" shows them.
func commands() []command {
	return []command{
		analyzeCommand(),
		npsCommand(),
		themesCommand(),
		compareCommand(),
		causesCommand(),
		evalCommand(),
		sentimentCommand(),
	}
}
