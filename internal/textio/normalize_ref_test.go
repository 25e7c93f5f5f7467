package textio

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// normalizeRef is normalize as first written, rune by rune: the reference
// the run-copying normalize must agree with.
func normalizeRef(s string) string {
	var b strings.Builder
	line := make([]byte, 0, 256)
	endLine := func() {
		b.Write(bytes.TrimRightFunc(line, unicode.IsSpace))
		b.WriteByte('\n')
		line = line[:0]
	}
	prevCR := false
	for _, r := range s {
		if prevCR && r == '\n' {
			prevCR = false
			continue
		}
		prevCR = r == '\r'
		switch {
		case r == '\r' || r == '\n' || r == '\f' || r == '\v' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			endLine()
		case r == '\u00A0' || r == '\u202F' || r == '\u2007':
			line = append(line, ' ')
		case r >= 0xFB00 && r <= 0xFB06:
			line = append(line, ligatures[r-0xFB00]...)
		case isInvisible(r):
		case r == '\t':
			line = append(line, '\t')
		case isControl(r):
		default:
			line = utf8.AppendRune(line, r)
		}
	}
	endLine()
	out := strings.TrimRight(b.String(), "\n")
	if out == "" {
		return ""
	}
	return out + "\n"
}

// TestNormalizeIsItsReference runs both on the seeds and corpus, as they
// are and with their lines ended in spaces (which makes them not normal),
// and on random texts of the characters normalize treats apart, valid
// UTF-8 or not.
func TestNormalizeIsItsReference(t *testing.T) {
	var texts []string
	for _, dir := range []string{"seeds", "corpus"} {
		root, ok := sharedtest.Dir(dir)
		if !ok {
			continue
		}
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := os.ReadFile(p); err == nil {
					texts = append(texts, string(b), strings.ReplaceAll(string(b), "\n", " \r\n"))
				}
			}
			return nil
		})
	}
	pieces := []string{"a", "Z", " ", "\t", "\n", "\r", "\r\n", "\f", "\v", "\x01", "\x7f", "\u0085", "\u00a0",
		"\u2028", "\u202f", "\u2007", "\u200b", "\ufeff", "\u00ad", "ﬁ", "ﬃ", "ﬆ", "中", "\u3000", "（", "ｈ",
		"\uffef", "\uff00", "\xe3", "\xe3\x80", "\xed\xa0\x80", "\xef\xbc", "\xff", "é", "😀"}
	rng := rand.New(rand.NewSource(3))
	for range 30000 {
		var b strings.Builder
		for range rng.Intn(30) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := normalize(s), normalizeRef(s); got != want {
			t.Fatalf("normalize(%.200q)\n = %.200q\nwant %.200q", s, got, want)
		}
	}
}
