package textdiff

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// referenceNormalize is the []rune definition Normalize must agree with.
func referenceNormalize(s string) string {
	rs := []rune(s)
	var b strings.Builder
	lastTight, pendingSpace := false, false
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if referenceEmphasis(rs, i) {
			continue
		}
		if unicode.IsSpace(r) || r == '\u3000' || r == '\u00a0' {
			pendingSpace = b.Len() > 0
			continue
		}
		f := Fold(r)
		tight := doc.IsCJK(r) || unicode.IsPunct(f)
		if pendingSpace && !tight && !lastTight {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(f)
		lastTight = tight
	}
	return b.String()
}

func referenceEmphasis(rs []rune, i int) bool {
	switch rs[i] {
	case '*':
		return true
	case '~':
		return (i > 0 && rs[i-1] == '~') || (i+1 < len(rs) && rs[i+1] == '~')
	case '_':
		inWord := func(j int) bool {
			return j >= 0 && j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]))
		}
		l, r := i, i
		for l > 0 && rs[l-1] == '_' {
			l--
		}
		for r+1 < len(rs) && rs[r+1] == '_' {
			r++
		}
		return !(inWord(l-1) && inWord(r+1))
	}
	return false
}

func TestASCIIPunct(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		if asciiPunct(byte(c)) != unicode.IsPunct(rune(c)) {
			t.Errorf("asciiPunct(%q) = %v", rune(c), asciiPunct(byte(c)))
		}
	}
}

func TestNormalizeMatchesReference(t *testing.T) {
	texts := []string{"", "_", "__a__", "a__b", "é_1", "\xff_a", "~", "~~x~~", "a~b", "1~3", "中_文", "x_\xe4\xb8_y"}
	for _, dir := range []string{"seeds", "corpus"} {
		if root, ok := sharedtest.Dir(dir); ok {
			filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					if b, err := os.ReadFile(p); err == nil {
						texts = append(texts, strings.Split(string(b), "\n\n")...)
					}
				}
				return nil
			})
		}
	}
	alphabet := []string{"a", "Z", "1", " ", "\n", "\t", "_", "_", "*", "~", "~", "\"", "'", ",", "，", "。", "中", "文", "\u3000",
		"\u00a0", "\u0085", "é", "“", "”", "—", "$", "+", "|", "\xff", "\xe4\xb8", "(", "（", "１", "Ａ"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Normalize(s), referenceNormalize(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}
