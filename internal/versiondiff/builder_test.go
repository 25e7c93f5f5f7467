package versiondiff

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// item is one clause of a hand-built document before numbering: edits work
// on a list of items, and numbering them afterwards renumbers everything
// after an insertion, exactly as a publisher's editor would.
type item struct {
	level int // 0 section, 1 clause inside the section
	text  string
	raw   string // source text when it differs from label + text
	row   bool   // a table row: text is cells joined by " | "
}

// style is a numbering style: labels and canonical ids for a section n and
// its clause m.
type style struct {
	name    string
	section func(n int) (id, label string)
	clause  func(n, m int) (id, label string)
}

var (
	roman   = []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"}
	chinese = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"}

	styleRomanDotted = style{"roman+dotted",
		func(n int) (string, string) { return fmt.Sprint(n), roman[n] + "." },
		func(n, m int) (string, string) { return fmt.Sprintf("%d.%d", n, m), fmt.Sprintf("%d.%d", n, m) }}
	styleChineseParen = style{"一、+（1）",
		func(n int) (string, string) { return fmt.Sprint(n), chinese[n] + "、" },
		func(n, m int) (string, string) { return fmt.Sprintf("%d(%d)", n, m), fmt.Sprintf("（%d）", m) }}
	styleDottedParen = style{"1.+(1)",
		func(n int) (string, string) { return fmt.Sprint(n), fmt.Sprintf("%d.", n) },
		func(n, m int) (string, string) { return fmt.Sprintf("%d(%d)", n, m), fmt.Sprintf("(%d)", m) }}
)

// build numbers the items in the given style and returns the document.
func build(lang doc.Lang, st style, items []item) *doc.Document {
	d := &doc.Document{Meta: doc.Meta{Lang: lang}}
	var sec *doc.Clause
	n, m := 0, 0
	var src strings.Builder
	for _, it := range items {
		c := &doc.Clause{Text: it.text, Kind: doc.KindSection}
		if it.level == 0 || sec == nil {
			n, m = n+1, 0
			c.ID, c.Label = st.section(n)
			d.Clauses = append(d.Clauses, c)
			sec = c
		} else {
			m++
			c.ID, c.Label = st.clause(n, m)
			c.Parent = sec
			sec.Children = append(sec.Children, c)
			if it.row {
				c.Kind = doc.KindRow
				c.Cells = strings.Split(it.text, " | ")
			}
		}
		c.Raw = c.Label + " " + it.text
		if it.raw != "" {
			c.Raw = c.Label + " " + it.raw
		}
		src.WriteString(c.Raw + "\n\n")
	}
	d.Source = src.String()
	return d
}

// seedItems turns the paragraphs of a seed into items: every fifth
// paragraph opens a section. Markdown emphasis is dropped, as the parser
// does for Clause.Text.
func seedItems(t testing.TB, name string, count int) []item {
	t.Helper()
	data := sharedtest.Read(t, filepath.Join("seeds", name))
	var items []item
	seen := map[string]bool{}
	for _, p := range strings.Split(strings.ReplaceAll(data, "\r", ""), "\n") {
		p = strings.TrimSpace(strings.NewReplacer("**", "", "__", "").Replace(p))
		if len([]rune(p)) < 25 || strings.HasPrefix(p, "|") || seen[p] {
			continue
		}
		seen[p] = true
		level := 1
		if len(items)%5 == 0 {
			level = 0
		}
		items = append(items, item{level: level, text: p})
		if len(items) == count {
			break
		}
	}
	if len(items) < count {
		t.Fatalf("seed %s has only %d paragraphs", name, len(items))
	}
	return items
}

func clone(items []item) []item { return append([]item(nil), items...) }

func insertAt(items []item, i int, it item) []item {
	out := clone(items[:i])
	out = append(out, it)
	return append(out, items[i:]...)
}

func removeAt(items []item, i int) []item {
	out := clone(items[:i])
	return append(out, items[i+1:]...)
}
