package material

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// TestAgeChange: the age that makes a user a child changed, in either
// language; an age outside a clause about children, a period, or an age
// only moved within the clause is not such a change.
func TestAgeChange(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"We do not knowingly collect personal information from children under 14.", "We do not knowingly collect personal information from children under 13.", "age under 14 → under 13"},
		{"若您是不满十四周岁的未成年人，应事先取得您的监护人的同意。", "若您是不满十三周岁的未成年人，应事先取得您的监护人的同意。", "age 不满十四周岁 → 不满十三周岁"},
		{"If you are under 18, ask your parents first.", "If you are under 16, ask your parents first.", "age under 18 → under 16"},
		{"You must be over 18 to buy a subscription.", "You must be over 21 to buy a subscription.", ""},
		{"We keep the records of children for 5 years.", "We keep the records of children for 3 years.", ""},
		{"Children under 13 may not sign up.", "Children may not sign up if under 13.", ""},
		{"Children may not sign up.", "Children under 13 may not sign up.", ""},
		{"Anyone under 14 needs a parent's consent.", "Anyone under 13 needs a parent's consent.", "age under 14 → under 13"},
		{"You must be 14 or older to use the services.", "You must be 13 or older to use the services.", ""},
		{"Children 14 or older may sign up alone.", "Children 16 or older may sign up alone.", "age 14 or older → 16 or older"},
		{"Children under the age of thirteen need a parent's consent.", "Children under the age of sixteen need a parent's consent.", "age under the age of thirteen → under the age of sixteen"},
	} {
		if got := ageChange(cleanText(tc.a), cleanText(tc.b), ""); got != tc.want {
			t.Errorf("%q → %q: %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// Under a heading about children, an age needs no child word of its own.
func TestAgeChangeReadsTheHeadings(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"Users must be at least 14 years old.", "Users must be at least 13 years old.", "age at least 14 years old → at least 13 years old"},
		{"We do not collect data from anyone under the age of 14.", "We do not collect data from anyone under the age of 13.", "age under the age of 14 → under the age of 13"},
	} {
		if got := ageChange(cleanText(tc.a), cleanText(tc.b), "Children's Privacy\n"); got != tc.want {
			t.Errorf("%q → %q: %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

// A changed age reaches the verdict and the notice in the reader's words.
func TestAgeChangeIsMaterial(t *testing.T) {
	ca := &doc.Clause{ID: "8.1", Label: "8.1", Text: "若您是不满十四周岁的未成年人，应事先取得您的监护人的同意。"}
	cb := &doc.Clause{ID: "8.1", Label: "8.1", Text: "若您是不满十三周岁的未成年人，应事先取得您的监护人的同意。"}
	a := &doc.Document{Meta: doc.Meta{Lang: doc.Chinese}, Clauses: []*doc.Clause{ca}}
	b := &doc.Document{Meta: doc.Meta{Lang: doc.Chinese}, Clauses: []*doc.Clause{cb}}
	ops := []change.Op{{Op: change.OpEqual, Text: "若您是不满十"}, {Op: change.OpDelete, Text: "四"}, {Op: change.OpInsert, Text: "三"}, {Op: change.OpEqual, Text: "周岁的未成年人，应事先取得您的监护人的同意。"}}
	r := resultOf(a, b, change.Change{Kind: change.Modified, A: ca, B: cb, Diff: ops})
	Annotate(r)
	got := r.Changes[0]
	if !got.Material || !hasRule(got.Reasons, "data.children.age-changed") || !r.NoticeRequired {
		t.Fatalf("reasons %v, notice %v", got.Reasons, r.NoticeRequired)
	}
	for _, rs := range got.Reasons {
		if rs.Rule == "data.children.age-changed" && !strings.Contains(Explain(rs, doc.Chinese), "儿童的年龄标准由不满十四周岁改为不满十三周岁") {
			t.Errorf("explained as %q", Explain(rs, doc.Chinese))
		}
	}
}

// An age written in words is an edited number too; a number word inside
// another word is not.
func TestEditsNumberReadsAgeWords(t *testing.T) {
	edit := func(del, ins string) []change.Op {
		return []change.Op{{Op: change.OpEqual, Text: "Children under the age of "}, {Op: change.OpDelete, Text: del},
			{Op: change.OpInsert, Text: ins}, {Op: change.OpEqual, Text: " need a parent's consent."}}
	}
	for _, tc := range []struct {
		del, ins string
		want     bool
	}{
		{"thirteen", "sixteen", true},
		{"Thirteen", "Twenty-One", true},
		{"13", "16", true},
		{"十三", "十六", true},
		{"often", "content", false},
		{"someone", "phone", false},
	} {
		if got := editsNumber(edit(tc.del, tc.ins)); got != tc.want {
			t.Errorf("%q → %q: %v, want %v", tc.del, tc.ins, got, tc.want)
		}
	}
}
