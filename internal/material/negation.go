package material

import (
	"strings"
	"unicode/utf8"
)

// enNegations and zhNegations are the words negatedRight takes for a
// negation, in the order of the pattern they replace (negationRe in
// negation_test.go): `(?i)\b(?:not|no longer|cannot|can't|unable|never)\b`
// then `不能|无法|…` as plain substrings. None of the English letters has a
// case twin beyond ASCII (only k and s do), so (?i) is ASCII case here.
var (
	enNegations = [...]string{"not", "no longer", "cannot", "can't", "unable", "never"}
	zhNegations = [...]string{"不能", "无法", "不再", "不得", "不可", "不支持", "不提供", "不予"}
)

// findNegation is negationRe.FindString(s), by hand: the leftmost negation
// word of s, as s spells it, or "". Compiling the pattern was a tenth of a
// millisecond of every first comparison that edits a word.
func findNegation(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			for _, w := range zhNegations {
				if strings.HasPrefix(s[i:], w) {
					return w
				}
			}
			continue
		}
		// Only a word start can begin a negation, and every English one
		// starts with n, c or u (TestNegationsStartWithTheirLetters).
		if l := c | 0x20; (l != 'n' && l != 'c' && l != 'u') || wordBefore(s, i) {
			continue
		}
		if end := wordsAt(enNegations[:], s, i); end >= 0 {
			return s[i:end]
		}
	}
	return ""
}
