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
			// Han characters, most of what a need beyond ASCII holds, have
			// no case: no lookup for them.
			if r >= utf8.RuneSelf && !isCJKIdeograph(r) && unicode.SimpleFold(r) != r {
				return false
			}
		}
	}
	return true
}

// indexUpper is strings.Index(upper, s) where upper is text with its ASCII
// letters in upper case. The places where s may stand are found with
// strings.IndexByte, one case at a time, on the byte of s that English text
// holds least often: "CHANGE" is sought by its G, not by every c.
func indexUpper(text, s string) int {
	if s == "" {
		return 0
	}
	if len(s) > len(text) {
		return -1
	}
	k := rarestByte(s)
	up, lo := s[k], s[k]
	if 'A' <= up && up <= 'Z' {
		lo = up + 'a' - 'A'
	}
	next := func(from int, b byte) int {
		if n := strings.IndexByte(text[from:], b); n >= 0 {
			return from + n
		}
		return len(text)
	}
	nu, nl := next(k, up), next(k, lo)
	for {
		a := min(nu, nl) // s[k] stands at a, so s would start at a-k
		i := a - k
		if i+len(s) > len(text) {
			return -1
		}
		if equalUpper(text[i:i+len(s)], s) {
			return i
		}
		if nu == a {
			nu = next(a+1, up)
		}
		if nl == a {
			nl = next(a+1, lo)
		}
	}
}

// byteRank orders bytes by how often English text holds them, rarest
// first; bytes beyond ASCII come first, as an English text holds few.
// Every indexUpper ranks every byte of what it seeks: a table, not a
// search of letterOrder.
func byteRank(b byte) int {
	u := upperByte(b)
	switch {
	case b >= utf8.RuneSelf:
		return 0
	case 'A' <= u && u <= 'Z':
		return int(letterRank[u-'A'])
	case b == ' ':
		return 100
	}
	return 1 + len(letterOrder)/2
}

// letterOrder is the English letters, commonest first.
const letterOrder = "ETAOINSHRDLCUMWFGYPBVKJXQZ"

// letterRank[l-'A'] is 1 + len(letterOrder) - strings.IndexByte(letterOrder, l)
// (TestLetterRank): the commonest letter ranks highest.
var letterRank = [26]uint8{25, 8, 16, 18, 27, 12, 11, 20, 23, 5, 6, 17, 14, 22, 24, 9, 3, 19, 21, 26, 15, 7, 13, 4, 10, 2}

func upperByte(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - ('a' - 'A')
	}
	return b
}

// rarestByte returns the index of the byte of s (not empty) that English
// text holds least often, the first of them on a tie: the byte to seek s by.
func rarestByte(s string) int {
	k := 0
	for j := 1; j < len(s); j++ {
		if byteRank(s[j]) < byteRank(s[k]) {
			k = j
		}
	}
	return k
}

// isCJKIdeograph reports whether r is in the block of CJK Unified
// Ideographs, none of which has a case (TestCJKIdeographsHaveNoCase).
func isCJKIdeograph(r rune) bool { return 0x4E00 <= r && r <= 0x9FFF }
