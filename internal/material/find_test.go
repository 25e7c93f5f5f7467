package material

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

func TestFindClause(t *testing.T) {
	tests := []struct {
		outline   string
		id        string
		firstItem string
	}{
		{"jdcloud-en.outline", "9.2", "Great changes in our service mode"},
		{"jdcloud-zh.outline", "9.2", "我们的服务模式发生重大变化"},
		{"jd-mall-en.outline", "7.2", "Major changes in our service mode"},
	}
	for _, tc := range tests {
		t.Run(tc.outline, func(t *testing.T) {
			m := FindClause(loadOutline(t, tc.outline))
			if m == nil {
				t.Fatal("no material-change clause found")
			}
			if m.ID != tc.id || len(m.Items) != 6 {
				t.Fatalf("got clause %s with %d items: %q", m.ID, len(m.Items), m.Items)
			}
			if !strings.HasPrefix(m.Items[0], tc.firstItem) {
				t.Errorf("item 1 = %q, want it to start %q (label stripped)", m.Items[0], tc.firstItem)
			}
		})
	}
}

// The clause is found by what it says, not by its number: 9.2 of the JD
// Cloud service terms is force majeure, and a bare promise to notify of
// material changes lists nothing.
func TestFindClauseNotByNumber(t *testing.T) {
	terms := &doc.Document{Clauses: []*doc.Clause{
		{ID: "9", Heading: "Force Majeure"},
		{ID: "9.2", Label: "9.2", Text: "Neither party shall be liable for failure to perform caused by force majeure events."},
		{ID: "12", Text: "If we make material changes to these terms, we will notify you by email."},
	}}
	if m := FindClause(terms); m != nil {
		t.Fatalf("found %+v in a document without a material-change list", m)
	}
}

// A clause that mentions material changes beside a list of something else
// is not the material-change list (Spotify's "About this Policy", which
// was taken for one and named in every notice).
func TestFindClauseNotAListOfAims(t *testing.T) {
	about := &doc.Clause{ID: "2", Label: "2.", Heading: "About this Policy",
		Text: "If the introduction of these new or additional services results in any material change to the way we collect or process your personal data we will provide you with more information.\nThe aim of this Policy is to:"}
	for _, it := range []string{"Ensure that you understand what personal data we collect about you;", "Explain the way we use the personal data that you share with us;", "Explain your rights and choices in relation to the personal data we collect."} {
		about.Children = append(about.Children, &doc.Clause{ID: "2.x", Text: it, Parent: about})
	}
	if m := FindClause(&doc.Document{Clauses: []*doc.Clause{about}}); m != nil {
		t.Fatalf("found %+v", m)
	}
}

// A flat parse puts the items beside the clause instead of under it; a
// PDF extraction may leave them in its text.
func TestFindClauseFlatAndInline(t *testing.T) {
	parent := &doc.Clause{ID: "9", Heading: "九、通知和修订"}
	lead := &doc.Clause{ID: "9.2", Label: "9.2", Text: "对于重大变更，我们还会提供更为显著的通知。本政策所指的重大变更包括但不限于：", Parent: parent}
	parent.Children = []*doc.Clause{lead}
	for i, it := range []string{"（1）目的变化；", "（2）所有权变化；", "（3）共享对象变化；", "（4）权利变化；"} {
		parent.Children = append(parent.Children, &doc.Clause{ID: "9.3" + string(rune('0'+i)), Label: it[:len("（1）")], Text: it[len("（1）"):], Parent: parent})
	}
	parent.Children = append(parent.Children, &doc.Clause{ID: "9.3", Label: "9.3", Text: "我们还会将本隐私政策的旧版本存档。", Parent: parent})
	m := FindClause(&doc.Document{Clauses: []*doc.Clause{parent}})
	if m == nil || len(m.Items) != 4 || m.Items[3] != "权利变化；" {
		t.Fatalf("flat: %+v", m)
	}

	inline := &doc.Clause{ID: "7.2", Label: "2.", Text: "As for material changes, we will also provide a more remarkable notice.\n(1) Purposes;\n(2) Ownership;\n(3) Recipients;"}
	m = FindClause(&doc.Document{Clauses: []*doc.Clause{inline}})
	if m == nil || len(m.Items) != 3 || m.Items[2] != "Recipients;" {
		t.Fatalf("inline: %+v", m)
	}
}

func TestAnnotateSaysWhereTheClauseCameFrom(t *testing.T) {
	withList := loadOutline(t, "jdcloud-en.outline")
	without := &doc.Document{Meta: doc.Meta{Lang: doc.Chinese}, Clauses: []*doc.Clause{{ID: "1", Text: "无关条款"}}}
	tests := []struct {
		a, b *doc.Document
		side string
	}{
		{without, withList, "b"},
		{withList, without, "a"},
		{without, without, "builtin"},
	}
	for _, tc := range tests {
		r := &change.Result{Mode: change.ModeVersion, A: tc.a.Meta, B: tc.b.Meta, DocA: tc.a, DocB: tc.b}
		Annotate(r)
		if r.MaterialClause == nil || r.MaterialClause.Side != tc.side || len(r.MaterialClause.Items) != 6 {
			t.Fatalf("want side %s, got %+v", tc.side, r.MaterialClause)
		}
		if tc.side == "builtin" && !strings.Contains(r.MaterialClause.Text, "GB/T 35273") {
			t.Errorf("builtin list does not say so: %q", r.MaterialClause.Text)
		}
	}
}

func TestBuiltinLanguages(t *testing.T) {
	for _, lang := range []doc.Lang{doc.English, doc.Chinese} {
		m := Builtin(lang)
		if m.Side != "builtin" || len(m.Items) != 6 {
			t.Fatalf("%s: %+v", lang, m)
		}
		if got := doc.DetectLang(strings.Join(m.Items, "")); got != lang {
			t.Errorf("%s list reads as %s", lang, got)
		}
	}
}

// TestClauseMentionsMaterial holds clauseMentionsMaterial to
// mentionsMaterial of the clause's full text, on headings and texts made
// of the pattern's words and on every clause of the seeds.
func TestClauseMentionsMaterial(t *testing.T) {
	pieces := []string{"", " ", "\n", "x", "material", "Major", " changes", "change", "significant ", "more ", "remarkable",
		" notice", "重大", "变更", "更为显著", "显著的通知", "ſ"}
	var cs []*doc.Clause
	parts := madeUp(pieces, 40000)
	for i := 0; i+1 < len(parts); i += 2 {
		cs = append(cs, &doc.Clause{Heading: parts[i], Text: parts[i+1]})
	}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		name, text := readSeed(t, key)
		cs = append(cs, parseText(name, text).Flatten()...)
	}
	hits := 0
	for _, c := range cs {
		got, want := clauseMentionsMaterial(c), mentionsMaterial(c.Full())
		if got != want {
			t.Fatalf("clauseMentionsMaterial(%q, %q) = %v, of the full text %v", c.Heading, c.Text, got, want)
		}
		if want {
			hits++
		}
	}
	if hits < 1000 {
		t.Errorf("only %d of %d clauses mention material changes", hits, len(cs))
	}
}
