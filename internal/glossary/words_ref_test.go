package glossary

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// wordsRef is Words as it was first written, rune by rune through a
// builder: Words must split every text as it does.
func wordsRef(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, stem(b.String()))
			b.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '-' || r == '\'' || r == '’' || r == '.') && b.Len() > 0 &&
			i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		case r == '&':
			flush()
			out = append(out, "&")
		default:
			flush()
		}
	}
	flush()
	return out
}

func TestWordsIsWordsRef(t *testing.T) {
	texts := []string{"", "JD Cloud & AI's users' data.", "Ünïcode WORDS, e-mail, U.S. 3.5 days’ notice; naïve Café's", "ID 卡号 IP地址 and 1,000", "a-", "x’", "END."}
	for _, seed := range []string{"jdcloud-privacy.en.2020-07-28.md", "jdcloud-privacy.zh.2021-03-10.txt", "jd-privacy.en.2020-10-20.txt", "jdcloud-cps-terms.en.md"} {
		texts = append(texts, sharedtest.Read(t, "seeds/"+seed))
	}
	if dir, ok := sharedtest.Dir("corpus/spotify-privacy/en"); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files[:min(len(files), 5)] {
			texts = append(texts, sharedtest.Read(t, "corpus/spotify-privacy/en/"+filepath.Base(f)))
		}
	}
	for _, s := range texts {
		got, want := Words(s), wordsRef(s)
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("word %d of %.60q: %q, want %q", i, s, got[i], want[i])
				}
			}
			t.Fatalf("%.60q: %d words, want %d", s, len(got), len(want))
		}
	}
}

func BenchmarkWords(b *testing.B) {
	text := sharedtest.Read(b, "seeds/jdcloud-privacy.en.2020-07-28.md")
	b.SetBytes(int64(len(text)))
	for range b.N {
		Words(text)
	}
}

func BenchmarkWordsRef(b *testing.B) {
	text := sharedtest.Read(b, "seeds/jdcloud-privacy.en.2020-07-28.md")
	b.SetBytes(int64(len(text)))
	for range b.N {
		wordsRef(text)
	}
}

// Words splits any text as wordsRef does.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"JD Cloud & AI's users'", "Ünïcode e-mail U.S.", "a’b ’x y’", "ID 卡号"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Words(s), wordsRef(s); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: %q, the reference %q", s, got, want)
		}
	})
}
