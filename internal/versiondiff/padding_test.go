package versiondiff

import (
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

// GitHub's docs site re-pads its markdown tables between captures; a row
// whose cells say the same thing is not a change.
func TestTablePaddingIsNoChange(t *testing.T) {
	row := func(raw string) *doc.Document {
		r := &doc.Clause{ID: "h2/t1/r1", Kind: doc.KindRow, Text: "Who | GitHub collects information",
			Cells: []string{"Who", "GitHub collects information"}, Raw: raw}
		tbl := &doc.Clause{ID: "h2/t1", Kind: doc.KindTable, Text: "Section | Description", Children: []*doc.Clause{r}}
		r.Parent = tbl
		return &doc.Document{Meta: doc.Meta{Lang: doc.English}, Clauses: []*doc.Clause{tbl}}
	}
	a := row("|      [Who](#who)      |GitHub collects information|")
	b := row("|  [Who](#who)  |       GitHub collects information        |")
	for _, ch := range Compare(a, b, Options{}) {
		if ch.Kind != "cosmetic" {
			t.Errorf("padding reported as %s: %+v", ch.Kind, ch.Diff)
		}
	}
	c := row("|  [Who](#who-else)  |       GitHub collects information        |")
	got := Compare(a, c, Options{})
	if len(got) != 1 || got[0].Kind != "modified" {
		t.Errorf("a changed link target: %+v", got)
	}
}
