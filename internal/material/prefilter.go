package material

import (
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
)

// required returns strings one of which (case-folded by foldKey) every
// match of expr contains, or nil when no such set is known. A concept whose
// strings are all absent from a text cannot match it, so its regular
// expression, by far the dearest step of the rules, need not run.
func required(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return need(re.Simplify())
}

func need(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{foldKey(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return need(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return need(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		score := -1
		for _, s := range re.Sub {
			set := need(s)
			if set == nil {
				continue
			}
			short := len(set[0])
			for _, x := range set {
				short = min(short, len(x))
			}
			if short > score {
				best, score = set, short
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			set := need(s)
			if set == nil {
				return nil
			}
			out = append(out, set...)
		}
		return out
	}
	return nil
}

// foldKey maps every rune to the smallest rune it matches case-blind, so
// that a case-blind literal is found by a plain substring search.
func foldKey(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToUpper(s)
	}
	return strings.Map(func(r rune) rune {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			m = min(m, f)
		}
		return m
	}, s)
}

// mayMatch reports whether folded (foldKey of a text) holds one of need.
func mayMatch(need []string, folded string) bool {
	if need == nil {
		return true
	}
	for _, s := range need {
		if strings.Contains(folded, s) {
			return true
		}
	}
	return false
}

// legalForm holds strings one of which, in this case, every enCompanyRe
// match contains. The pattern is case-sensitive, so this is a much
// stronger test than its case-folded literals ("co" is in "collect").
var legalForm = []string{"Co.", "Limited", "Ltd", "Inc", "LLC", "L.L.C.", "Corp", "GmbH", "S.A.", "AB", "B.V.", "PLC", "plc"}

// hasDigitRun reports whether s holds n ASCII digits in a row: every
// alternative of phoneRe starts with three ("400", "138", "010", "555").
func hasDigitRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= n {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// mayHoldVolatile reports whether s holds a '-' between two hex digits or
// ten hex digits in a row (either case), in one pass: every line of every
// text cleanText reads goes through it. TestVolatilePrefilter holds it to
// the two tests made one at a time.
func mayHoldVolatile(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isHex(c) {
			if run++; run >= 10 {
				return true
			}
			continue
		}
		if c == '-' && run > 0 && i+1 < len(s) && isHex(s[i+1]) {
			return true
		}
		run = 0
	}
	return false
}

func isHex(b byte) bool {
	c := b | 0x20
	return '0' <= b && b <= '9' || 'a' <= c && c <= 'f'
}

// denseDigits reports whether s holds ten ASCII digits within thirteen
// bytes, as the core of every phoneRe match does ("400-615-1212",
// "0755 12345678", "13812345678"): a clause whose digits are years and
// item numbers has none.
func denseDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
		}
		if i >= 13 && '0' <= s[i-13] && s[i-13] <= '9' {
			n--
		}
		if n >= 10 {
			return true
		}
	}
	return false
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n++
		}
	}
	return n
}

// numberThenName reports whether s holds what every enAddressRe match
// starts with: a run of digits, maybe a letter and a comma, then spaces and
// a capital ("18 Kechuang", "No. 2A, Building").
func numberThenName(s string) bool {
	isDigit := func(b byte) bool { return '0' <= b && b <= '9' }
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i+1 < len(s) && isDigit(s[i+1]) {
			continue
		}
		// s[i] ends a run of digits.
		for _, k := range []int{i + 1, i + 2} {
			if k == i+2 && (k > len(s) || !isLetter(s[i+1])) {
				continue
			}
			if k < len(s) && s[k] == ',' {
				k++
			}
			j := k
			for j < len(s) && strings.IndexByte("\t\n\f\r ", s[j]) >= 0 {
				j++
			}
			if j > k && j < len(s) && 'A' <= s[j] && s[j] <= 'Z' {
				return true
			}
		}
	}
	return false
}

func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// containsRune is strings.ContainsAny(s, runes) for a few runes beyond
// ASCII: a search for each finds them with strings.Index, where
// ContainsAny would decode every rune of s.
func containsRune(s, runes string) bool {
	for _, r := range runes {
		if strings.ContainsRune(s, r) {
			return true
		}
	}
	return false
}
