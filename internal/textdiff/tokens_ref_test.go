package textdiff

import (
	"fmt"
	"hash/maphash"
	"math/rand"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// referenceTokens is the rune-by-rune definition Tokens must agree with.
func referenceTokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
		case isWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if isJoiner(r2) && j+n2 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// sampleTexts are corpus paragraphs and random strings over the characters
// the fast paths treat specially.
var sampleTexts = sync.OnceValue(func() []string {
	texts := sharedtest.Paragraphs()
	alphabet := []string{"a", "Z", "1", " ", "\n", "\t", "_", "*", "~", "\"", "'", "’", ".", "-", "@", "+", ",", "，", "。", "中", "文",
		"\u3000", "\u00a0", "\u0085", "é", "“", "—", "$", "|", "\xff", "\xe4\xb8", "（", "１", "Ａ", "ß", "Ω"}
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range rng.Intn(12) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	return texts
})

func TestTokensMatchReference(t *testing.T) {
	for _, s := range sampleTexts() {
		if got, want := Tokens(s), referenceTokens(s); !slices.Equal(got, want) {
			t.Fatalf("Tokens(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsHan(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("IsHan(%U) = %v", r, IsHan(r))
		}
	}
}

func TestDetectChinese(t *testing.T) {
	texts := sampleTexts()
	for i := 0; i+1 < len(texts); i += 7 {
		a, b := texts[i], texts[i+1]
		if got, want := detectChinese(a, b), doc.DetectLang(a+b) == doc.Chinese; got != want {
			t.Fatalf("detectChinese(%q, %q) = %v", a, b, got)
		}
	}
	if !detectChinese("x\xe4\xb8", "\xad") {
		t.Error("a rune split between the two texts is not counted")
	}
}

// TestDiffMoreTokensThanRunes: past the private-use runes the diff is the
// whole of a deleted and the whole of b inserted, marked coarsened, and the
// next diff starts afresh.
func TestDiffMoreTokensThanRunes(t *testing.T) {
	var a, b strings.Builder
	for i := range 140000 {
		fmt.Fprintf(&a, "a%d ", i)
		fmt.Fprintf(&b, "b%d ", i)
	}
	ops, coarsened := Diff(a.String(), b.String(), doc.English, 0)
	if !coarsened || len(ops) != 2 || ops[0].Text != a.String() || ops[1].Text != b.String() {
		t.Errorf("Diff of %d distinct tokens: coarsened=%v, %d ops", 280000, coarsened, len(ops))
	}
	ops, coarsened = Diff("We keep logs.", "We keep server logs.", doc.English, 0)
	if coarsened || len(ops) != 3 || ops[1].Text != "server " {
		t.Errorf("Diff after a full one = %v, %v", ops, coarsened)
	}
}

func BenchmarkTokens(b *testing.B) {
	paras := sharedtest.Paragraphs()[:300]
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	b.SetBytes(int64(n))
	var buf []string
	for range b.N {
		for _, p := range paras {
			buf = appendTokens(buf[:0], p)
		}
	}
}

// BenchmarkDiff diffs paragraphs against themselves with one word replaced,
// the common edit.
func BenchmarkDiff(b *testing.B) {
	var as, bs []string
	for _, p := range sharedtest.Paragraphs() {
		if w := strings.Fields(p); len(w) > 20 && len(as) < 200 {
			as = append(as, p)
			bs = append(bs, strings.Replace(p, w[len(w)/2], "amended", 1))
		}
	}
	b.ReportAllocs()
	for range b.N {
		for i := range as {
			Diff(as[i], bs[i], doc.English, 0)
		}
	}
}

// TestAppendRest: b's tokens, taken up after its lead and ending in a's
// last ones where the two tokenizations meet, are the tokens of b.
func TestAppendRest(t *testing.T) {
	texts := sampleTexts()
	sc := new(scratch)
	for i, a := range texts {
		other := texts[(i+1)%len(texts)]
		for _, b := range []string{other + a, "-" + a, a[:len(a)/2] + "-e" + a[len(a)/2:], a[len(a)/4:], "é" + a[min(1, len(a)):]} {
			sc.ta = appendTokens(sc.ta[:0], a)
			lead := sc.leadOf(a, b)
			if got, want := sc.appendRest(lead, a, b, width(lead)), Tokens(b); !slices.Equal(got, want) {
				t.Fatalf("tokens of %q after its lead, ending in %q's = %q, want %q", b, a, got, want)
			}
		}
	}
}

// TestLeadOf: b's tokens taken up after the lead it shares with a are the
// tokens of b.
func TestLeadOf(t *testing.T) {
	texts := sampleTexts()
	sc := new(scratch)
	for i, a := range texts {
		for _, b := range []string{texts[(i+1)%len(texts)], a + "x", a[:len(a)/2] + "-e" + a[len(a)/2:], a[:len(a)/3] + "\u3000" + a[len(a)/3:]} {
			sc.ta = appendTokens(sc.ta[:0], a)
			lead := sc.leadOf(a, b)
			got := appendTokens(lead, b[width(lead):])
			if want := Tokens(b); !slices.Equal(got, want) {
				t.Fatalf("tokens of %q after the lead it shares with %q = %q, want %q", b, a, got, want)
			}
		}
	}
}

// TestTokenRunes: runes are given in the order tokens are first asked for,
// as a map would give them, across the table's growth and from one round
// to the next.
func TestTokenRunes(t *testing.T) {
	tr := tokenRunes{seed: maphash.MakeSeed()}
	rng := rand.New(rand.NewSource(1))
	for round, n := range []int{0, 1, 5, 40, 300, 5000, 3, 70000, 10} {
		toks := make([]string, n)
		for i := range toks {
			toks[i] = strconv.Itoa(rng.Intn(n/2 + 1))
		}
		tr.reset(n / (1 + round%3)) // fewer lookups announced than made: growth
		want := map[string]rune{}
		for _, tok := range toks {
			if _, ok := want[tok]; !ok {
				want[tok] = runeFor(len(want))
			}
			if got := tr.runeOf(tok); got != want[tok] {
				t.Fatalf("round %d: rune of %q = %x, want %x", round, tok, got, want[tok])
			}
		}
	}
}
