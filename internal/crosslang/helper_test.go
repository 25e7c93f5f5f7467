package crosslang

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
)

// sharedDir walks up from the package to the directory holding shared/<sub>.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir, _ := os.Getwd()
	for {
		p := filepath.Join(dir, "shared", sub)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skipf("shared/%s not found", sub)
		}
		dir = parent
	}
}

var (
	mdLinkRe  = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	romanRe   = regexp.MustCompile(`^([IVX]+)\.\s*(.*)$`)
	zhTopRe   = regexp.MustCompile(`^([一二三四五六七八九十]+)、\s*(.*)$`)
	dottedRe  = regexp.MustCompile(`^(\d+(?:\.\d+)+)\.?\s*(.*)$`)
	parenRe   = regexp.MustCompile(`^-?\s*[(（](\d+)[)）]\s*(.*)$`)
	listRe    = regexp.MustCompile(`^-?\s*(\d+)[.、]\s*(.*)$`)
	romanVals = map[string]int{"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
	zhVals    = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
)

// miniParse is a stand-in for internal/parse on the JD Cloud seeds: enough
// structure (sections, dotted clauses, items, tables) to test alignment.
func miniParse(t testing.TB, path string, lang doc.Lang, effective string) *doc.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Meta: doc.Meta{Lang: lang, Effective: effective, Source: path}}
	var top, cur, table *doc.Clause
	var last *doc.Clause // the clause items attach to
	add := func(parent *doc.Clause, c *doc.Clause) {
		c.Parent = parent
		if parent == nil {
			d.Clauses = append(d.Clauses, c)
		} else {
			parent.Children = append(parent.Children, c)
		}
	}
	pre := &doc.Clause{Kind: doc.KindPreamble}
	add(nil, pre)
	cur = pre
	nTables := 0
	for _, line := range strings.Split(string(data), "\n") {
		s := strings.ReplaceAll(line, "**", "")
		s = mdLinkRe.ReplaceAllString(s, "$1")
		s = strings.TrimSpace(strings.TrimPrefix(s, "â€ƒ"))
		if s == "" {
			continue
		}
		if strings.HasPrefix(s, "|") || strings.Contains(line, "\t") {
			if strings.HasPrefix(s, "| ---") || strings.HasPrefix(s, "|---") {
				continue
			}
			cells := splitCells(line)
			if table == nil || cells[0] == "Scenario Description" || cells[0] == "场景描述" {
				nTables++
				table = &doc.Clause{ID: cur.ID + "/t" + strconv.Itoa(nTables), Kind: doc.KindTable, Text: strings.Join(cells, " | ")}
				add(cur, table)
				continue
			}
			add(table, &doc.Clause{ID: table.ID + "r" + strconv.Itoa(len(table.Children)+1), Kind: doc.KindRow, Cells: cells, Text: strings.Join(cells, " | ")})
			continue
		}
		table = nil
		var c *doc.Clause
		switch m := match(s); {
		case m.kind == "top":
			c = &doc.Clause{ID: m.id, Label: m.label, Heading: m.rest, Kind: doc.KindSection}
			add(nil, c)
			top, cur, last = c, c, c
			continue
		case m.kind == "dotted" && top != nil:
			parent := top
			if p := d.Find(m.id[:strings.LastIndex(m.id, ".")]); p != nil {
				parent = p
			}
			c = &doc.Clause{ID: m.id, Label: m.label, Text: m.rest, Kind: doc.KindSection}
			add(parent, c)
			cur, last = c, c
			continue
		case m.kind == "item" && last != nil:
			c = &doc.Clause{ID: last.ID + "(" + m.id + ")", Label: m.label, Text: m.rest, Kind: doc.KindSection}
			add(last, c)
			cur = c
			continue
		case strings.HasPrefix(s, "Attachment") || strings.HasPrefix(s, "附件"):
			c = &doc.Clause{ID: "attachment", Heading: s, Kind: doc.KindHeading}
			add(nil, c)
			top, cur, last = c, c, c
			continue
		}
		if cur.Text != "" {
			cur.Text += "\n"
		}
		cur.Text += s
		if cur.Kind != doc.KindSection || !strings.Contains(cur.ID, "(") {
			last = cur
		}
	}
	return d
}

type marked struct{ kind, id, label, rest string }

func match(s string) marked {
	if m := romanRe.FindStringSubmatch(s); m != nil && romanVals[m[1]] > 0 {
		return marked{"top", strconv.Itoa(romanVals[m[1]]), m[1] + ".", m[2]}
	}
	if m := zhTopRe.FindStringSubmatch(s); m != nil {
		return marked{"top", strconv.Itoa(zhVals[m[1]]), m[1] + "、", m[2]}
	}
	if m := dottedRe.FindStringSubmatch(s); m != nil {
		return marked{"dotted", m[1], m[1], m[2]}
	}
	if m := parenRe.FindStringSubmatch(s); m != nil {
		return marked{"item", m[1], "(" + m[1] + ")", m[2]}
	}
	if m := listRe.FindStringSubmatch(s); m != nil {
		return marked{"item", m[1], m[1] + ".", m[2]}
	}
	return marked{}
}

func splitCells(line string) []string {
	var parts []string
	if strings.Contains(line, "|") {
		parts = strings.Split(strings.Trim(strings.TrimSpace(line), "|"), "|")
	} else {
		parts = strings.Split(line, "\t")
	}
	var out []string
	for _, p := range parts {
		out = append(out, strings.TrimSpace(strings.ReplaceAll(p, "**", "")))
	}
	return out
}

func jdPair(t testing.TB) (en, zh *doc.Document) {
	seeds := sharedDir(t, "seeds")
	if os.Getenv("MINIPARSE") != "" {
		en = miniParse(t, filepath.Join(seeds, "jdcloud-privacy.en.2020-07-28.md"), doc.English, "2020-07-28")
		zh = miniParse(t, filepath.Join(seeds, "jdcloud-privacy.zh.2021-03-10.txt"), doc.Chinese, "2021-03-10")
		return en, zh
	}
	return parseFile(t, filepath.Join(seeds, "jdcloud-privacy.en.2020-07-28.md")),
		parseFile(t, filepath.Join(seeds, "jdcloud-privacy.zh.2021-03-10.txt"))
}

func parseFile(t testing.TB, path string) *doc.Document {
	t.Helper()
	d, err := parse.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
