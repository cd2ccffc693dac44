package themes

// RaceOn exports raceOn to the external test package themes_test.
const RaceOn = raceOn
