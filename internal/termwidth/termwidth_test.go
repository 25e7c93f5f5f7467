package termwidth

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

func TestString(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"", 0},
		{"privacy", 7},
		{"隐私政策", 8},
		{"第１条（目的）", 14},
		{"e\u0301", 1},
		{"👨‍👩‍👧", 2},
		{"“quoted”—§", 10},
		{"a\tb", 2},
	} {
		if got := String(tc.s); got != tc.want {
			t.Errorf("String(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		s     string
		width int
		want  string
	}{
		{"privacy policy", 20, "privacy policy"},
		{"privacy policy", 8, "privacy…"},
		{"京东云隐私政策", 8, "京东云…"},
		{"京东云隐私政策", 7, "京东云…"},
		{"a👨‍👩‍👧b", 3, "a…"},
	} {
		if got := Truncate(tc.s, tc.width, "…"); got != tc.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.s, tc.width, got, tc.want)
		}
		if w := String(Truncate(tc.s, tc.width, "…")); w > tc.width {
			t.Errorf("Truncate(%q, %d) is %d columns", tc.s, tc.width, w)
		}
	}
}

func TestEastAsianFromEnv(t *testing.T) {
	for env, want := range map[string]bool{"": false, "0": false, "1": true, "true": true, "yes": false} {
		if got := eastAsian(env); got != want {
			t.Errorf("RUNEWIDTH_EASTASIAN=%q: %v, want %v", env, got, want)
		}
	}
}

// TestAgreesWithTUIAndPreviousMeasure measures every rune of the bundled
// documents, the seeds and the corpus as lipgloss measures the TUI (x/ansi)
// and as the side-by-side view and the tree measured before (go-runewidth,
// outside an East Asian locale): the reports' layout of real policies did
// not move.
func TestAgreesWithTUIAndPreviousMeasure(t *testing.T) {
	seen := map[rune]bool{}
	texts := sharedtest.Paragraphs()
	originals, _ := filepath.Glob("../../documents/*/*/*/original.*")
	for _, p := range originals {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		for _, r := range text {
			seen[r] = true
		}
	}
	if len(originals) < 4 || len(seen) < 300 {
		t.Fatalf("%d bundled documents, %d distinct runes: the corpus moved", len(originals), len(seen))
	}
	cond := runewidth.Condition{EastAsianWidth: false}
	for r := range seen {
		got := Rune(r)
		if tui := ansi.StringWidth(string(r)); got != tui {
			t.Errorf("%U %q: %d columns, lipgloss measures %d", r, r, got, tui)
		}
		if old := cond.RuneWidth(r); got != old {
			t.Errorf("%U %q: %d columns, go-runewidth measured %d", r, r, got, old)
		}
	}
}

// TestCutKeepsGraphemes: a flag (two regional indicators) or an emoji with
// its variation selector is one unit, two columns wide.
func TestCutKeepsGraphemes(t *testing.T) {
	for _, tc := range []struct {
		s          string
		width      int
		atLeastOne bool
		head, rest string
	}{
		{"🇨🇳🇨🇳", 3, false, "🇨🇳", "🇨🇳"},
		{"❤️❤️❤️", 5, false, "❤️❤️", "❤️"},
		{"❤️x", 1, false, "", "❤️x"},
		{"❤️x", 1, true, "❤️", "x"},
		{"隐私abc", 3, false, "隐", "私abc"},
		{"abc", 9, false, "abc", ""},
	} {
		head, rest := Cut(tc.s, tc.width, tc.atLeastOne)
		if head != tc.head || rest != tc.rest {
			t.Errorf("Cut(%q, %d, %v) = %q, %q; want %q, %q", tc.s, tc.width, tc.atLeastOne, head, rest, tc.head, tc.rest)
		}
	}
	var gs []string
	Each("a🇨🇳❤️隐", func(g string, w int) { gs = append(gs, g) })
	if len(gs) != 4 || gs[1] != "🇨🇳" || gs[2] != "❤️" {
		t.Errorf("Each: %q", gs)
	}
}
