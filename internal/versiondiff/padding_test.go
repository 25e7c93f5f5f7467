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
	// An anchor within the page is named by the site's generator: renamed,
	// it leads to the same section under the same words.
	for _, ch := range Compare(a, row("|  [Who](#who-collects)  |       GitHub collects information        |"), Options{}) {
		if ch.Kind != "cosmetic" {
			t.Errorf("a renamed anchor reported as %s: %+v", ch.Kind, ch.Diff)
		}
	}
	// Where a link to another page leads is part of what the row says.
	ext := func(url string) *doc.Document { return row("|[Who](" + url + ")|GitHub collects information|") }
	got := Compare(ext("https://docs.github.com/who"), ext("https://docs.github.com/who-else"), Options{})
	if len(got) != 1 || got[0].Kind != "modified" {
		t.Errorf("a changed link target: %+v", got)
	}
}
