package material

import (
	"regexp"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// plainWord is the regexp it replaced, on every whitespace-separated word
// of the seeds and the corpus and on the edge cases of its definition.
func TestPlainWordIsItsRegexp(t *testing.T) {
	re := regexp.MustCompile(`^[A-Za-z]+(?:'[a-z]+)?$`)
	words := []string{"", "a", "Z", "don't", "Don't", "don'T", "don'", "'s", "user's's", "o'clock", "naïve", "ſell",
		"sell", "tell", "9.2", "x9", "ab-cd", "policy.", "ＡＢ", "個人"}
	paras := sharedtest.Paragraphs()
	for _, p := range paras {
		words = append(words, strings.Fields(p)...)
	}
	plain := 0
	for _, w := range words {
		want := re.MatchString(w)
		if got := plainWord(w); got != want {
			t.Errorf("plainWord(%q) = %v, regexp says %v", w, got, want)
		}
		if want {
			plain++
		}
	}
	if len(paras) > 0 && plain < 1000 {
		t.Fatalf("only %d plain words among %d: the seeds are missing", plain, len(words))
	}
}
