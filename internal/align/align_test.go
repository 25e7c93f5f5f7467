package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

var sentences = []string{
	"We collect your name, telephone number and delivery address when you place an order.",
	"Payment processors receive the order amount and your card token to settle the bill.",
	"We keep server logs for six months to investigate security incidents and fraud.",
	"You may ask for a copy of your personal information through the account console.",
	"Cookies remember your language preference and keep you signed in between visits.",
	"Children under fourteen may only use the service with a guardian's consent.",
	"We notify you by e-mail at least seven days before a material change takes effect.",
	"Complaints can be sent to our data protection officer at privacy@example.com.",
}

// clauses builds top-level clauses numbered 1..n from texts.
func clauses(texts ...string) []*doc.Clause {
	out := make([]*doc.Clause, len(texts))
	for i, t := range texts {
		out[i] = &doc.Clause{ID: fmt.Sprint(i + 1), Label: fmt.Sprintf("%d.", i+1), Text: t, Kind: doc.KindSection}
	}
	return out
}

// describe renders matches compactly: "1=1 +2 1~3" etc.
func describe(ms []Match) string {
	var parts []string
	ids := func(cs []*doc.Clause) string {
		var s []string
		for _, c := range cs {
			s = append(s, c.ID)
		}
		return strings.Join(s, "+")
	}
	for _, m := range ms {
		switch {
		case len(m.A) == 0:
			parts = append(parts, "+"+ids(m.B))
		case len(m.B) == 0:
			parts = append(parts, "-"+ids(m.A))
		default:
			op := "="
			if m.Score < 1 || len(m.A) > 1 || len(m.B) > 1 {
				op = "~"
			}
			if m.OutOfOrder {
				op = ">"
			}
			parts = append(parts, ids(m.A)+op+ids(m.B))
		}
	}
	return strings.Join(parts, " ")
}

func TestAlign(t *testing.T) {
	s := sentences
	tests := []struct {
		name string
		a, b []*doc.Clause
		want string
	}{
		{"insertion renumbers later clauses: one addition",
			clauses(s[0], s[1], s[2], s[3]), clauses(s[0], s[6], s[1], s[2], s[3]),
			"1=1 +2 2=3 3=4 4=5"},
		{"removal", clauses(s[0], s[1], s[2], s[3]), clauses(s[0], s[2], s[3]),
			"1=1 -2 3=2 4=3"},
		{"move: one out of order",
			clauses(s[0], s[1], s[2], s[3], s[4]), clauses(s[0], s[2], s[3], s[4], s[1]),
			"1=1 3=2 4=3 5=4 2>5"},
		{"edited in place",
			clauses(s[0], s[1], s[2]), clauses(s[0], strings.Replace(s[1], "card token", "full card number", 1), s[2]),
			"1=1 2~2 3=3"},
		{"rewritten clause keeps its place and number",
			clauses(s[0], s[2], s[3]), clauses(s[0], "We keep server logs for twelve months.", s[3]),
			"1=1 2~2 3=3"},
		{"replaced clause is a removal and an addition",
			clauses(s[0], s[2], s[3]), clauses(s[0], s[5], s[3]),
			"1=1 -2 +2 3=3"},
		{"split in two",
			clauses(s[0], s[1]+" "+s[2], s[3]), clauses(s[0], s[1], s[2], s[3]),
			"1=1 2~2+3 3=4"},
		{"two merged",
			clauses(s[0], s[1], s[2], s[3]), clauses(s[0], s[1]+" "+s[2], s[3]),
			"1=1 2+3~2 4=3"},
		{"moved and edited", clauses(s[0], s[1], s[2], s[3], s[4], s[5]),
			clauses(s[0], s[2], s[3], s[4], s[5], strings.Replace(s[1], "settle the bill", "settle it", 1)),
			"1=1 3=2 4=3 5=4 6=5 2>6"},
		{"duplicate texts pair in order",
			clauses(s[0], "None.", s[1], "None."), clauses(s[0], "None.", s[6], s[1], "None."),
			"1=1 2=2 +3 3=4 4=5"},
		{"same text in Chinese full-width form anchors", clauses("我们收集您的姓名（必填）和电话。", "我们不会出售您的个人信息。"),
			clauses("我们收集您的姓名(必填)和电话.", "我们不会出售您的个人信息。"), "1=1 2=2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Align(tt.a, tt.b, Options{})
			checkOnce(t, got, tt.a, tt.b)
			if d := describe(got); d != tt.want {
				t.Errorf("Align = %s\n          want %s", d, tt.want)
			}
		})
	}
}

// TestTablesFollowTheirRows: two tables with the same header swap places;
// each table pairs with the one its rows went to, not the first with the
// same header.
func TestTablesFollowTheirRows(t *testing.T) {
	table := func(id string, rows ...string) []*doc.Clause {
		tb := &doc.Clause{ID: id, Text: "Recipient | Purpose", Kind: doc.KindTable}
		out := []*doc.Clause{tb}
		for i, r := range rows {
			c := &doc.Clause{ID: fmt.Sprintf("%s/r%d", id, i+1), Text: r, Kind: doc.KindRow, Parent: tb}
			tb.Children = append(tb.Children, c)
			out = append(out, c)
		}
		return out
	}
	s := sentences
	a := append(table("t1", "Couriers | "+s[0], "Banks | "+s[1]), table("t2", "Auditors | "+s[2], "Regulators | "+s[3])...)
	b := append(table("t1", "Auditors | "+s[2], "Regulators | "+s[3]), table("t2", "Couriers | "+s[0], "Banks | "+s[1])...)
	got := Align(a, b, Options{})
	checkOnce(t, got, a, b)
	for _, m := range got {
		if len(m.A) == 1 && m.A[0].Kind == doc.KindTable {
			if len(m.B) != 1 || m.B[0].ID == m.A[0].ID {
				t.Errorf("table %s paired with %v, want the other table", m.A[0].ID, m.B)
			}
		}
	}
}

// TestSectionFollowsItsClauses: a section whose heading was reworded pairs
// with the section its clauses went to.
func TestSectionFollowsItsClauses(t *testing.T) {
	sec := func(heading string, texts ...string) []*doc.Clause {
		p := &doc.Clause{ID: "1", Heading: heading, Kind: doc.KindSection}
		out := []*doc.Clause{p}
		for i, tx := range texts {
			c := &doc.Clause{ID: fmt.Sprintf("1.%d", i+1), Text: tx, Parent: p, Kind: doc.KindSection}
			p.Children = append(p.Children, c)
			out = append(out, c)
		}
		return out
	}
	s := sentences
	a := sec("What we collect from you", s[0], s[1], s[2])
	b := sec("Personal data we gather", s[0], s[1], s[2])
	got := Align(a, b, Options{})
	if d := describe(got); d != "1~1 1.1=1.1 1.2=1.2 1.3=1.3" {
		t.Errorf("Align = %s", d)
	}
}

// checkOnce asserts every clause of a and b appears in exactly one match.
func checkOnce(t *testing.T, ms []Match, a, b []*doc.Clause) {
	t.Helper()
	seen := map[*doc.Clause]int{}
	for _, m := range ms {
		for _, c := range append(append([]*doc.Clause{}, m.A...), m.B...) {
			seen[c]++
		}
	}
	for _, c := range append(append([]*doc.Clause{}, a...), b...) {
		if seen[c] != 1 {
			t.Errorf("clause %s %q appears %d times", c.ID, c.Text, seen[c])
		}
	}
}

func TestLIS(t *testing.T) {
	tests := []struct {
		seq  []int
		want int
	}{{nil, 0}, {[]int{1, 2, 3}, 3}, {[]int{3, 2, 1}, 1}, {[]int{0, 4, 1, 2, 3}, 4}, {[]int{5, 0, 1, 6, 2, 3}, 4}}
	for _, tt := range tests {
		in := lis(tt.seq)
		n, last := 0, -1
		for i, ok := range in {
			if ok {
				if tt.seq[i] <= last {
					t.Errorf("lis(%v) not increasing: %v", tt.seq, in)
				}
				last = tt.seq[i]
				n++
			}
		}
		if n != tt.want {
			t.Errorf("lis(%v) has %d, want %d", tt.seq, n, tt.want)
		}
	}
}
