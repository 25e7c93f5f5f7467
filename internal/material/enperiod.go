package material

// enPeriod is one match of enDurationRe: the period as printed, its number
// and its unit (the pattern's two groups).
type enPeriod struct{ text, num, unit string }

// The words of enDurationRe, each list in the pattern's order: where two
// could match at one place, the first that lets the rest match wins.
var (
	enTens    = [...]string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	enOnes    = [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	enSmall   = [...]string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	enPeriodU = [...]string{"working day", "business day", "calendar day", "day", "week", "month", "year", "hour"}
)

// enPeriods is enDurationRe.FindAllStringSubmatch(s, -1), by hand:
// compiling the pattern was a tenth of a millisecond of a first comparison
// whose changes name a day, a month or a year. (?i) lets "ſ" stand for an
// s and "K" for a k: text holding either is left to the pattern.
// TestEnPeriodsIsItsRegexp holds the two to the same answers.
func enPeriods(s string) []enPeriod {
	if foldsToASCII(s) {
		var out []enPeriod
		for _, m := range enDurationRe.Re().FindAllStringSubmatch(s, -1) {
			out = append(out, enPeriod{m[0], m[1], m[2]})
		}
		return out
	}
	var out []enPeriod
	for i := 0; i < len(s); i++ {
		if !wordBytes[s[i]] || wordBefore(s, i) {
			continue // \b: a match starts a word
		}
		if num, end, ok := enPeriodAt(s, i); ok {
			out = append(out, enPeriod{s[i:end.text], num, s[end.unit:end.text]})
			i = end.text - 1
		}
	}
	return out
}

// periodEnd is where the unit of a period starts and where the period ends.
type periodEnd struct{ unit, text int }

// enPeriodAt matches enDurationRe at i, trying the number's alternatives
// in the pattern's order: digits, a tens word with or without its ones
// word, then the words up to nineteen.
func enPeriodAt(s string, i int) (num string, end periodEnd, ok bool) {
	try := func(n int) bool {
		end, ok = periodRest(s, n)
		num = s[i:n]
		return ok
	}
	if n := digitsAt(s, i); n > i {
		try(n)
		return
	}
	for _, t := range enTens {
		n := i + len(t)
		if !hasPrefixAt(s, i, t) {
			continue
		}
		if n < len(s) && (s[n] == '-' || s[n] == ' ') {
			for _, o := range enOnes {
				if hasPrefixAt(s, n+1, o) && try(n+1+len(o)) {
					return
				}
			}
		}
		if try(n) {
			return
		}
	}
	for _, w := range enSmall {
		if hasPrefixAt(s, i, w) && try(i+len(w)) {
			return
		}
	}
	return "", periodEnd{}, false
}

// periodRest matches what follows a period's number at n:
// (?:\s*\(\d+\))?[\s-]+(unit)\b, the bracketed digits tried first.
func periodRest(s string, n int) (periodEnd, bool) {
	j := skipSpaces(s, n)
	if j < len(s) && s[j] == '(' {
		if k := digitsAt(s, j+1); k > j+1 && k < len(s) && s[k] == ')' {
			if end, ok := periodUnit(s, k+1); ok {
				return end, true
			}
		}
	}
	return periodUnit(s, n)
}

// periodUnit matches [\s-]+(unit)\b at j, a unit's plural tried first.
func periodUnit(s string, j int) (periodEnd, bool) {
	k := j
	for k < len(s) && (s[k] == '-' || isSpaceRe(rune(s[k]))) {
		k++
	}
	if k == j {
		return periodEnd{}, false
	}
	for _, u := range enPeriodU {
		if !hasPrefixAt(s, k, u) {
			continue
		}
		e := k + len(u)
		// The unit in the plural: "days" or "DAYS" (|0x20 lowers an ASCII letter).
		if e < len(s) && s[e]|0x20 == 's' && !(e+1 < len(s) && wordBytes[s[e+1]]) {
			return periodEnd{k, e + 1}, true
		}
		if !(e < len(s) && wordBytes[s[e]]) {
			return periodEnd{k, e}, true
		}
	}
	return periodEnd{}, false
}

// hasPrefixAt reports whether s holds w at i, ASCII letters in either case.
// It asks nothing of what follows: callers check the word ends there.
func hasPrefixAt(s string, i int, w string) bool {
	return i+len(w) <= len(s) && hasPrefixLower(s[i:], w)
}

// digitsAt returns the end of the run of ASCII digits at i (i if none).
func digitsAt(s string, i int) int {
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	return i
}
