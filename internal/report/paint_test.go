package report

import (
	"bufio"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestPaintMatchesRender styles the words, lines and paragraphs of the seeds
// and corpus with every report style, through paint and through Render.
func TestPaintMatchesRender(t *testing.T) {
	st := DefaultStyles(newRenderer())
	styles := []*lipgloss.Style{&st.Title, &st.Heading, &st.Dim, &st.Ref, &st.Delete, &st.Insert, &st.Added,
		&st.Removed, &st.Modified, &st.Moved, &st.Cosmetic, &st.Material, &st.Verdict, &st.Warn, new(lipgloss.Style)}
	texts := []string{"", " ", "a\tb", "a\r\nb", "x\ry", "bad \xff byte", "全角　空格", "e\u0301 👨‍👩‍👧"}
	// Every distinct word and a sample of lines and paragraphs: Render
	// styles a rune at a time through fmt, too slow for the whole corpus.
	seen := map[string]bool{}
	for i, p := range sharedtest.Paragraphs() {
		pieces := strings.Fields(p)
		if i%20 == 0 {
			pieces = append(append(pieces, p), strings.Split(p, "\n")...)
		}
		for _, piece := range pieces {
			if !seen[piece] {
				seen[piece] = true
				texts = append(texts, piece)
			}
		}
	}
	for _, style := range styles {
		p := newPaint(style)
		if !p.known {
			t.Errorf("%v: the probes did not show how it styles", style)
		}
		for _, text := range texts {
			var b strings.Builder
			w := bufio.NewWriter(&b)
			// The run is cut in two, as a wrapped line's run of one style
			// is made of pieces.
			half := len(text) / 2
			p.writeRun(w, []seg{styled(style, text[:half]), styled(style, text[half:])})
			w.Flush()
			if want := style.Render(text); b.String() != want {
				t.Fatalf("%v on %q:\n got %q\nwant %q", style, text, b.String(), want)
			}
		}
	}
}
