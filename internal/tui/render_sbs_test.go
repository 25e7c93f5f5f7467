package tui

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
)

// Cutting a diff into shared paragraphs must not change how either side
// wraps: the lines of the pieces that show on a side, one after another, are
// the lines of the whole (a piece with nothing on a side is padding there).
func TestSharedParagraphsWrapLikeTheWhole(t *testing.T) {
	st := plainStyles()
	words := []string{"personal", "information", "个人信息", "我们", " ", " ", "\n", "\n\n", " \n", "(", ")", "，", "data controller", "x"}
	kinds := []string{change.OpEqual, change.OpEqual, change.OpInsert, change.OpDelete}
	rng := rand.New(rand.NewSource(3))
	for n := range 3000 {
		var ops []change.Op
		for range 1 + rng.Intn(8) {
			var b strings.Builder
			for range 1 + rng.Intn(10) {
				b.WriteString(words[rng.Intn(len(words))])
			}
			ops = append(ops, change.Op{Op: kinds[rng.Intn(len(kinds))], Text: b.String()})
		}
		width := 8 + rng.Intn(30)
		for _, side := range []Side{SideA, SideB} {
			var got []string
			for _, p := range sharedParagraphs(ops) {
				if !shows(p, side) {
					continue // only padding on this side
				}
				got = append(got, rendered(wrapSegs(DiffSegs(p, side, st), width))...)
			}
			if got == nil {
				got = []string{""} // a side with no text at all is one empty line
			}
			want := rendered(wrapSegs(DiffSegs(ops, side, st), width))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("case %d side %v width %d, ops %q:\n got %q\nwant %q", n, side, width, ops, got, want)
			}
		}
	}
}

// A paragraph that grew on one side no longer pushes the next paragraph
// out of line with its counterpart.
func TestSideBySideOpsKeepsParagraphsInStep(t *testing.T) {
	ops := []change.Op{
		{Op: change.OpEqual, Text: "We collect your name."},
		{Op: change.OpInsert, Text: " We also collect your device identifiers, your location and the contacts stored on your phone."},
		{Op: change.OpEqual, Text: "\nYou may delete your account at any time."},
	}
	lines := SideBySideOps(ops, 60, plainStyles())
	row := -1
	for i, l := range lines {
		if strings.Contains(l, "You may") {
			row = i
			left, right, _ := strings.Cut(l, "│")
			if !strings.Contains(left, "You may") || !strings.Contains(right, "You may") {
				t.Errorf("row %d has the second paragraph on one side only: %q", i, l)
			}
			break
		}
	}
	if row < 3 {
		t.Fatalf("second paragraph at row %d; the grown first paragraph takes more rows:\n%s", row, strings.Join(lines, "\n"))
	}
}

// shows reports whether a paragraph has a line of its own on the side: text
// there (changed spaces show as their marks), or a line break; unchanged
// spaces alone at the start of a line show nothing.
func shows(para []change.Op, side Side) bool {
	for _, op := range para {
		visible := op.Op == change.OpEqual || op.Op == change.OpDelete && side == SideA || op.Op == change.OpInsert && side == SideB
		if visible && (op.Op != change.OpEqual || strings.TrimSpace(op.Text) != "" || strings.Contains(op.Text, "\n")) {
			return true
		}
	}
	return false
}

func rendered(lines [][]Seg) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = renderSegs(l)
	}
	return out
}
