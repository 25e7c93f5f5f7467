package material

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/lazy"
)

// enNegations and zhNegations are the words the negation rules take for a
// negation, in the order of the pattern they replace (negationRe below,
// which TestFindNegationIsItsRegexp holds them to): `(?i)\b(?:not|no
// longer|cannot|can't|…)\b` then
// `不能|无法|…` as plain substrings. The contractions are spelled with a
// straight apostrophe: cleanText folds the curly one. Bare 不 is not one:
// it starts words that negate nothing (不断, 不同, 不仅); flippedProcessing
// reads it when it is the whole edit. The words are compared ASCII
// case-blind: text with ſ or the Kelvin sign goes to the pattern.
var (
	enNegations = [...]string{"not", "no longer", "cannot", "can't", "unable", "never",
		"don't", "doesn't", "didn't", "won't", "wouldn't", "shouldn't", "couldn't", "mustn't", "shan't", "isn't", "aren't",
		"wasn't", "weren't", "hasn't", "haven't"}
	zhNegations = [...]string{"不能", "无法", "不再", "不得", "不可", "不支持", "不提供", "不予", "不会", "绝不", "从不", "禁止",
		"并不", "决不", "从未", "没有", "勿"}
)

// negationStart reports whether an English negation may start with the
// ASCII letter l, lower case.
func negationStart(l byte) bool {
	switch l {
	case 'n', 'c', 'u', 'd', 'w', 's', 'm', 'i', 'a', 'h':
		return true
	}
	return false
}

// negationRe is the pattern findNegation spells out, used as it is only for
// text with ſ or the Kelvin sign, which it matches as s and k.
var negationRe = &lazy.Regexp{Expr: `(?i)\b(?:not|no longer|cannot|can't|unable|never|don't|doesn't|didn't|won't|wouldn't|shouldn't|couldn't|mustn't|shan't|isn't|aren't|wasn't|weren't|hasn't|haven't)\b` +
	`|不能|无法|不再|不得|不可|不支持|不提供|不予|不会|绝不|从不|禁止|并不|决不|从未|没有|勿`}

// findNegation is negationRe.FindString(s), by hand: the leftmost negation
// word of s, as s spells it, or "". Compiling the pattern was a tenth of a
// millisecond of every first comparison that edits a word.
func findNegation(s string) string {
	if foldsToASCII(s) {
		return negationRe.Re().FindString(s)
	}
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
		if end := enNegationAt(s, i); end >= 0 {
			return s[i:end]
		}
	}
	return ""
}

// enNegationAt is where the English negation starting the word at s[i]
// ends, or -1. Only a word start can begin a negation, and only a few
// letters start one (TestNegationsStartWithTheirLetters).
func enNegationAt(s string, i int) int {
	if !negationStart(s[i]|0x20) || wordBefore(s, i) {
		return -1
	}
	return wordsAt(enNegations[:], s, i)
}
