package crosslang

import "strings"

// Go matches a pattern with no literal prefix, as a case-blind list of
// words is, by trying it at every byte: with the negation check, a language
// comparison spent most of its time there (BenchmarkCompareJDCloud 35 ms,
// against 18 ms without the check; 14 ms with the modality check too, once
// the lists were matched by hand). Lists of words are matched by hand,
// with what the pattern gave (TestWordSpansAreThePatterns).

// wordSpans returns where the phrases of list stand in s as whole words,
// ASCII case-blind, left to right, taking at each place the first phrase of
// list that matches there, as the alternation of them would. An apostrophe
// in a phrase matches a straight or a curly one.
func wordSpans(s string, list []string) [][]int {
	var out [][]int
	for i := 0; i < len(s); i++ {
		if end := wordAt(s, i, list); end > 0 {
			out = append(out, []int{i, end})
			i = end - 1
		}
	}
	return out
}

// hasWordOf reports whether one of the phrases of list stands in s as a
// whole word, as wordSpans finds them.
func hasWordOf(s string, list []string) bool {
	for i := 0; i < len(s); i++ {
		if wordAt(s, i, list) > 0 {
			return true
		}
	}
	return false
}

// wordAt is where the first phrase of list that starts a word at s[i] ends,
// or 0.
func wordAt(s string, i int, list []string) int {
	c := s[i] | 0x20
	if c < 'a' || c > 'z' || i > 0 && isWordByte(s[i-1]) {
		return 0
	}
	for _, w := range list {
		if w[0] != c {
			continue
		}
		if end, ok := phraseAt(s, i, w); ok && (end == len(s) || !isWordByte(s[end])) {
			return end
		}
	}
	return 0
}

// phraseAt reports whether phrase w stands in s at i, and where it ends.
func phraseAt(s string, i int, w string) (int, bool) {
	for j := 0; j < len(w); j++ {
		if i >= len(s) {
			return 0, false
		}
		if w[j] == '\'' && strings.HasPrefix(s[i:], "’") {
			i += len("’")
			continue
		}
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return 0, false
		}
		i++
	}
	return i, true
}

func isWordByte(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z' || c == '_'
}

// literalSpans returns where the strings of list stand in s, left to
// right, taking at each place the first of list found there, as the
// alternation of them would.
func literalSpans(s string, list []string) [][]int {
	var out [][]int
	for at := 0; at < len(s); {
		best, bestLen := -1, 0
		for _, w := range list {
			if k := strings.Index(s[at:], w); k >= 0 && (best < 0 || at+k < best) {
				best, bestLen = at+k, len(w)
			}
		}
		if best < 0 {
			break
		}
		out = append(out, []int{best, best + bestLen})
		at = best + bestLen
	}
	return out
}
