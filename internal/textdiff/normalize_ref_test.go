package textdiff

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// referenceNormalize is the []rune definition Normalize must agree with:
// emphasis found by looking around in the runes, and every other rune
// through normalWriter.writeRune, where Normalize takes ASCII inline.
func referenceNormalize(s string) string {
	rs := []rune(s)
	var w normalWriter
	for i, r := range rs {
		if r == '*' && (i == 0 || rs[i-1] != '*') {
			j := i
			for j < len(rs) && rs[j] == '*' {
				j++
			}
			if j-i >= 2 && i > 0 && j < len(rs) && unicode.IsUpper(rs[j]) && rs[j] < utf8.RuneSelf &&
				(unicode.IsLower(rs[i-1]) && rs[i-1] < utf8.RuneSelf || strings.ContainsRune(".:;,!?", rs[i-1])) {
				w.space()
			}
		}
		if !referenceEmphasis(rs, i) {
			w.writeRune(r)
		}
	}
	return w.String()
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
	texts := append(slices.Clip(sampleTexts()), "", "_", "__a__", "a__b", "é_1", "\xff_a", "~", "~~x~~", "a~b", "1~3", "中_文", "x_\xe4\xb8_y")
	for _, s := range texts {
		if got, want := Normalize(s), referenceNormalize(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	text := sharedtest.Read(b, "seeds/jd-privacy.en.2020-10-20.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		Normalize(text)
	}
}

func BenchmarkNormalizeRef(b *testing.B) {
	text := sharedtest.Read(b, "seeds/jd-privacy.en.2020-10-20.txt")
	b.SetBytes(int64(len(text)))
	for range b.N {
		referenceNormalize(text)
	}
}

func TestSameNormal(t *testing.T) {
	texts := sampleTexts()
	variants := []func(string) string{
		func(s string) string { return strings.ReplaceAll(s, " ", "\n ") },
		func(s string) string { return strings.ReplaceAll(s, ",", "，") },
		func(s string) string { return strings.ReplaceAll(s, "the", "**the**") },
		func(s string) string { return strings.ReplaceAll(s, "\"", "“") },
		func(s string) string { return strings.ReplaceAll(s, "a", "_a") },
		func(s string) string { return strings.ReplaceAll(s, "e", "~e") },
		func(s string) string { return strings.ReplaceAll(s, "。", ". ") },
		func(s string) string { return strings.Replace(s, "s", "S", 1) },
		func(s string) string { return s + " " },
	}
	n := 0
	for i, a := range texts {
		for _, b := range []string{texts[(i+1)%len(texts)], variants[i%len(variants)](a), variants[(i+3)%len(variants)](a)} {
			want := Normalize(a) == Normalize(b)
			if want {
				n++
			}
			if got := SameNormal(a, b); got != want {
				t.Fatalf("SameNormal(%q, %q) = %v", a, b, got)
			}
			if want && KeptHash(a) != KeptHash(b) {
				t.Fatalf("KeptHash differs for %q and %q, which normalise alike", a, b)
			}
		}
	}
	t.Logf("%d pairs with the same normal form", n)
}

// TestKeptHashMatchesReference: KeptHash's ASCII path hashes the runes
// nextKept gives, one by one.
func TestKeptHashMatchesReference(t *testing.T) {
	for _, s := range sampleTexts() {
		want := uint64(14695981039346656037)
		for i := 0; ; {
			var r rune
			if r, i = nextKept(s, i); r < 0 {
				break
			}
			want = (want ^ uint64(r)) * 1099511628211
		}
		if got := KeptHash(s); got != want {
			t.Fatalf("KeptHash(%q) = %x, want %x", s, got, want)
		}
	}
}

func BenchmarkKeptHash(b *testing.B) {
	paras := sharedtest.Paragraphs()[:300]
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for range b.N {
		for _, p := range paras {
			KeptHash(p)
		}
	}
}
