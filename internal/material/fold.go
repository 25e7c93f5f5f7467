package material

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// hasFold reports what mayMatch(need, foldKey(text)) reports without
// building the folded copy of text: an ASCII letter of text is compared in
// upper case, any other byte as is. That is the same test unless text holds
// a rune that folds to an ASCII letter or need a cased rune beyond ASCII,
// and then the folded copy is built after all.
func hasFold(need []string, text string) bool {
	if need == nil {
		return true
	}
	if foldsToASCII(text) || !plainNeed(need) {
		return mayMatch(need, foldKey(text))
	}
	for _, s := range need {
		if indexUpper(text, s) >= 0 {
			return true
		}
	}
	return false
}

func plainNeed(need []string) bool {
	for _, s := range need {
		for _, r := range s {
			if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
				return false
			}
		}
	}
	return true
}

// indexUpper is strings.Index(upper, s) where upper is text with its ASCII
// letters in upper case. The places where s may start are found with
// strings.IndexByte, one case at a time, which is many times faster than a
// loop over the bytes.
func indexUpper(text, s string) int {
	if s == "" {
		return 0
	}
	up, lo := s[0], s[0]
	if 'A' <= up && up <= 'Z' {
		lo = up + 'a' - 'A'
	}
	next := func(from int, b byte) int {
		if k := strings.IndexByte(text[from:], b); k >= 0 {
			return from + k
		}
		return len(text)
	}
	nu, nl := next(0, up), next(0, lo)
	for {
		i := min(nu, nl)
		if i+len(s) > len(text) {
			return -1
		}
		j := 1
		for j < len(s) && upperByte(text[i+j]) == s[j] {
			j++
		}
		if j == len(s) {
			return i
		}
		if nu == i {
			nu = next(i+1, up)
		}
		if nl == i {
			nl = next(i+1, lo)
		}
	}
}

func upperByte(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - ('a' - 'A')
	}
	return b
}
