package material

import (
	"strings"
	"testing"
	"unicode"

	"github.com/policydiff/policydiff/internal/sharedtest"
	"github.com/policydiff/policydiff/internal/textdiff"
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

// TestLettersLowerFirst holds letters to its definition, the letters and
// digits of strings.ToLower(s), on the seeds, the corpus and odd runes.
func TestLettersLowerFirst(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		for _, r := range strings.ToLower(s) {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	texts := append([]string{"", "AbC 12", "İstanbul ΣΑΣ", "ǅ ǈ", "\xff\xfeA", "Ａｂ１２", "ſK\u212a", "٣ ⅷ", "個人信息"},
		sharedtest.Paragraphs()...)
	for _, s := range texts {
		if got, want := letters(s), ref(s); got != want {
			t.Fatalf("letters(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldedAsDefined holds folded to its definition (plain ASCII that
// Fold keeps, no '*', single spaces between words only) and to fold.
func TestFoldedAsDefined(t *testing.T) {
	ref := func(s string) bool {
		for i, r := range []byte(s) {
			if r >= 0x80 || r == '*' || !asciiKept.Get()[r] || r != ' ' && unicode.IsSpace(rune(r)) ||
				r == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
				return false
			}
		}
		return true
	}
	var texts []string
	for a := 0; a < 0x80; a++ {
		for _, b := range []string{"", " ", "x", "\t", "*"} {
			texts = append(texts, string(rune(a)), "x"+string(rune(a))+b, string(rune(a))+" y")
		}
	}
	for _, p := range sharedtest.Paragraphs() {
		texts = append(texts, strings.Split(p, "\n")...)
	}
	for _, s := range texts {
		if got := folded(s); got != ref(s) || got && fold(s) != s {
			t.Fatalf("folded(%q) = %v, by definition %v", s, got, ref(s))
		}
	}
}

// TestFoldRuneByRune holds fold to its rune-by-rune definition on the
// seeds, the corpus and odd text.
func TestFoldRuneByRune(t *testing.T) {
	ref := func(s string) string {
		var b strings.Builder
		space := false
		for _, r := range s {
			r = textdiff.Fold(r)
			switch {
			case r == '*':
				continue
			case unicode.IsSpace(r):
				space = b.Len() > 0
				continue
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	texts := []string{"", " a ", "a  b", "**x**", "“quoted” text", "ａｂｃ　ｄ", "\t\vx\u00a0y\u2003z ", "\xffa", "a*\n*b"}
	for _, p := range sharedtest.Paragraphs() {
		texts = append(texts, p)
		texts = append(texts, strings.Split(p, "\n")...)
	}
	for _, s := range texts {
		if got, want := fold(s), ref(s); got != want {
			t.Fatalf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
