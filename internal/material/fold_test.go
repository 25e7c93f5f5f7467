package material

import (
	"strings"
	"testing"
	"unicode"
)

// TestIndexUpper checks indexUpper against strings.Index on the text with
// its ASCII letters upper-cased.
func TestIndexUpper(t *testing.T) {
	texts := []string{"", "c", "Change", "a material change.", "NOTICE notice", "xgps GPS", "地址", "IP地址", "ccccchange"}
	subs := []string{"C", "CHANGE", "NOTICE", "GPS", "地址", "IP地址", "HANGE", "CCH"}
	for _, text := range texts {
		up := strings.Map(func(r rune) rune {
			if 'a' <= r && r <= 'z' {
				return r - 'a' + 'A'
			}
			return r
		}, text)
		for _, s := range subs {
			if got, want := indexUpper(text, s), strings.Index(up, s); got != want {
				t.Errorf("indexUpper(%q, %q) = %d, want %d", text, s, got, want)
			}
		}
	}
}

// TestLetterRank checks the table byteRank reads against letterOrder.
func TestLetterRank(t *testing.T) {
	for l := byte('A'); l <= 'Z'; l++ {
		if want := 1 + len(letterOrder) - strings.IndexByte(letterOrder, l); int(letterRank[l-'A']) != want {
			t.Errorf("letterRank[%c] = %d, want %d", l, letterRank[l-'A'], want)
		}
	}
}

func TestCJKIdeographsHaveNoCase(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if !isCJKIdeograph(r) || unicode.SimpleFold(r) != r {
			t.Fatalf("%U: isCJKIdeograph %v, SimpleFold %U", r, isCJKIdeograph(r), unicode.SimpleFold(r))
		}
	}
}
