package material

import (
	"reflect"
	"testing"
)

// TestEnPeriodsIsItsRegexp holds enPeriods to enDurationRe on every
// paragraph and sentence of the seeds and the corpus and on text made of
// the pattern's own pieces.
func TestEnPeriodsIsItsRegexp(t *testing.T) {
	pieces := []string{"", " ", "  ", "-", "--", "\t", "\n", "\v", "(", ")", "(30)", " (15) ", "(x)", ".", ",", "_", "a", "s", "S",
		"1", "15", "30", "0", "twenty", "Thirty", "forty", "ninety", "one", "Two", "seven", "seventeen", "six", "sixteen",
		"eight", "nineteen", "ten", "twelve", "tenth", "day", "days", "Day", "DAYS", "week", "weeks", "month", "months",
		"year", "years", "hour", "hours", "working", "working day", "business days", "calendar day", "calendar", "working  day",
		"dayside", "daily", "ſ", "\u212a", "weeks", "wee\u212a", "dayſ", "é", "天"}
	// Periods are a number, a gap and a unit in a row: most made-up text
	// is built that way, each part at times a near miss.
	nums := []string{"1", "15", "30", "(30)", "twenty", "Thirty-one", "forty two", "ninety-", "sixty–one", "one", "Two", "seven",
		"seventeen", "six", "sixteen", "eight", "eighteen", "nineteen", "ten", "twelve", "tenth", "x1", "_5", "ſix", "twentyone"}
	gaps := []string{"", " ", "  ", "-", " - ", "\t", "\n", "\v", " (15) ", "(15)", " (x) ", "\u00a0", "_"}
	units := []string{"day", "days", "Day", "DAYS", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
		"working day", "Business Days", "calendar day", "calendar", "working  day", "dayside", "daily", "dayſ", "wee\u212a", "weekS"}
	ends := []string{"", " ", ".", "s", "_", "x", "1", "天", ",", "-"}
	texts := madeUp(pieces, 30000)
	for _, p := range madeUp(pieces, 100000) {
		for _, parts := range [][]string{nums, gaps, units, ends} {
			p += parts[len(p)%len(parts)]
		}
		texts = append(texts, p)
	}
	texts = append(texts, realTexts()...)
	hits := 0
	for _, s := range texts {
		var want []enPeriod
		for _, m := range enDurationRe.Re().FindAllStringSubmatch(s, -1) {
			want = append(want, enPeriod{m[0], m[1], m[2]})
		}
		if got := enPeriods(s); !reflect.DeepEqual(got, want) {
			t.Errorf("enPeriods(%q) = %q, enDurationRe finds %q", s, got, want)
		}
		hits += len(want)
	}
	if hits < 10000 {
		t.Errorf("only %d periods among %d texts", hits, len(texts))
	}
	t.Logf("%d periods among %d texts", hits, len(texts))
}
