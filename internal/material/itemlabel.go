package material

import (
	"strings"
	"unicode/utf8"
)

// itemLabelEnd returns where the list item label at the start of s ends,
// trailing spaces included, or -1 when s starts with none: the match of
// the pattern ^\s*[-*•]?\s*(?:[(（]\s*(?:\d+|[一二三四五六七八九十]+|[a-zA-Z]|[ivx]+)\s*[)）]|\d+[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[a-z][.)])\s*
// (itemRe in itemlabel_test.go, which holds the two to the same answers),
// read by hand: compiling it was a few dozen microseconds of every first
// comparison of a policy with a material-change clause. A label is (1),
// （1）, (一), (a), (iv), 1), ①, or a) or a.; each kind starts with its own
// character, so at most one can match, and within the brackets a single
// letter is tried before a roman numeral, as the pattern tries them.
func itemLabelEnd(s string) int {
	i := skipSpaces(s, 0)
	switch {
	case i < len(s) && (s[i] == '-' || s[i] == '*'):
		i++
	case strings.HasPrefix(s[i:], "•"):
		i += len("•")
	}
	i = skipSpaces(s, i)
	end := -1
	switch r, w := utf8.DecodeRuneInString(s[i:]); {
	case r == '(' || r == '（':
		j := skipSpaces(s, i+w)
		for _, inner := range [...]func(string, int) int{digitsAt, cnNumeralsAt, asciiLetterAt, romanAt} {
			if k := inner(s, j); k > j {
				if end = closeBracketAt(s, skipSpaces(s, k)); end >= 0 {
					break
				}
			}
		}
	case '0' <= r && r <= '9':
		end = closeBracketAt(s, digitsAt(s, i))
	case '①' <= r && r <= '⑩':
		end = i + w
	case 'a' <= r && r <= 'z':
		if i+1 < len(s) && (s[i+1] == '.' || s[i+1] == ')') {
			end = i + 2
		}
	}
	if end < 0 {
		return -1
	}
	return skipSpaces(s, end)
}

// skipSpaces returns the end of the run of \s (ASCII spaces) at i.
func skipSpaces(s string, i int) int { return i + spaces(s[i:]) }

// closeBracketAt returns the end of a ')' or '）' at i, or -1.
func closeBracketAt(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], ")"):
		return i + 1
	case strings.HasPrefix(s[i:], "）"):
		return i + len("）")
	}
	return -1
}

// cnNumeralsAt returns the end of the run of 一…十 at i (i if none).
func cnNumeralsAt(s string, i int) int {
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune("一二三四五六七八九十", r) {
			break
		}
		i += w
	}
	return i
}

// asciiLetterAt returns i+1 when s holds an ASCII letter at i, else i.
func asciiLetterAt(s string, i int) int {
	if i < len(s) && isLetter(s[i]) {
		return i + 1
	}
	return i
}

// romanAt returns the end of the run of i, v and x at i (i if none).
func romanAt(s string, i int) int {
	for i < len(s) && (s[i] == 'i' || s[i] == 'v' || s[i] == 'x') {
		i++
	}
	return i
}
