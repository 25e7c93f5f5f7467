package material

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// loadOutline builds a clause tree from a testdata outline: one clause per
// line as id, label and text separated by tabs. An all-digit id is a
// top-level section whose text is its heading; other ids hang under the
// longest id that prefixes them; "row" as label makes a table row; a line
// without a tab continues the clause before it. It stands in for the
// parser so that these tests pin the rules, not the parse.
func loadOutline(t testing.TB, name string) *doc.Document {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Source: string(data)}
	d.Meta.Source = "testdata/" + name
	byID := map[string]*doc.Clause{}
	var last *doc.Clause
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) < 3 {
			last.Text += "\n" + line
			continue
		}
		c := &doc.Clause{ID: f[0], Label: f[1], Text: f[2], Raw: line, Line: i + 1, Kind: doc.KindSection}
		switch {
		case f[0] == "pre" || f[0] == "upd":
			c.Kind = doc.KindPreamble
		case strings.Trim(f[0], "0123456789") == "":
			c.Heading, c.Text = f[2], ""
		case f[1] == "row":
			c.Kind, c.Label, c.Cells = doc.KindRow, "", strings.Split(f[2], " | ")
		}
		parent := ""
		for id := range byID {
			if strings.HasPrefix(c.ID, id) && len(id) > len(parent) && id != c.ID {
				parent = id
			}
		}
		if p := byID[parent]; p != nil && parent != "" {
			c.Parent = p
			p.Children = append(p.Children, c)
		} else {
			d.Clauses = append(d.Clauses, c)
		}
		byID[c.ID] = c
		last = c
	}
	d.Meta.Lang = doc.DetectLang(d.Source)
	return d
}

// edit is one labelled edit of an outline document.
type edit struct {
	op       string // "modify", "add", "remove"
	id       string // clause modified or removed; for "add", the new clause's parent
	old, new string // for "modify": replace old by new; for "add": new is the text
}

// applyEdit returns the edited copy of the outline and the change a
// version diff would report for it.
func applyEdit(t *testing.T, name string, e edit) (a, b *doc.Document, c change.Change) {
	t.Helper()
	a, b = loadOutline(t, name), loadOutline(t, name)
	switch e.op {
	case "modify":
		ca, cb := a.Find(e.id), b.Find(e.id)
		if ca == nil || !strings.Contains(cb.Full(), e.old) {
			t.Fatalf("%s: clause %s lacks %q", name, e.id, e.old)
		}
		if cb.Heading != "" && strings.Contains(cb.Heading, e.old) {
			cb.Heading = strings.Replace(cb.Heading, e.old, e.new, 1)
		} else {
			cb.Text = strings.Replace(cb.Text, e.old, e.new, 1)
		}
		ops, _ := textdiff.Diff(ca.Full(), cb.Full(), a.Meta.Lang, 0)
		c = change.Change{Kind: change.Modified, A: ca, B: cb, Diff: ops}
	case "add":
		p := b.Find(e.id)
		if p == nil {
			t.Fatalf("%s: no clause %s", name, e.id)
		}
		nc := &doc.Clause{ID: e.id + ".9", Text: e.new, Parent: p, Line: p.Line + 1, Kind: doc.KindSection}
		if strings.Count(e.new, " | ") >= 2 {
			nc.Kind, nc.Cells = doc.KindRow, strings.Split(e.new, " | ")
		}
		p.Children = append(p.Children, nc)
		c = change.Change{Kind: change.Added, B: nc, Diff: []change.Op{{Op: change.OpInsert, Text: nc.Full()}}}
	case "remove":
		ca, cb := a.Find(e.id), b.Find(e.id)
		if cb == nil {
			t.Fatalf("%s: no clause %s", name, e.id)
		}
		siblings := b.Clauses
		if cb.Parent != nil {
			siblings = cb.Parent.Children
		}
		for i, s := range siblings {
			if s == cb {
				siblings = append(siblings[:i], siblings[i+1:]...)
				break
			}
		}
		if cb.Parent != nil {
			cb.Parent.Children = siblings
		} else {
			b.Clauses = siblings
		}
		c = change.Change{Kind: change.Removed, A: ca, Diff: []change.Op{{Op: change.OpDelete, Text: ca.Full()}}}
	default:
		t.Fatalf("unknown op %q", e.op)
	}
	return a, b, c
}

func resultOf(a, b *doc.Document, cs ...change.Change) *change.Result {
	return &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.Meta, B: b.Meta,
		DocA: a, DocB: b, Changes: cs}
}
