package textdiff

import (
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// render writes ops in git's word-diff notation, which makes expectations
// readable: [-deleted-]{+inserted+}.
func render(ops []change.Op) string {
	var b strings.Builder
	for _, o := range ops {
		switch o.Op {
		case change.OpDelete:
			b.WriteString("[-" + o.Text + "-]")
		case change.OpInsert:
			b.WriteString("{+" + o.Text + "+}")
		default:
			b.WriteString(o.Text)
		}
	}
	return b.String()
}

func TestDiff(t *testing.T) {
	tests := []struct {
		name, a, b string
		lang       doc.Lang
		want       string
	}{
		{"word replaced", "We may share your data with partners.", "We will share your data with partners.", doc.English,
			"We [-may-]{+will+} share your data with partners."},
		{"word inserted", "We share your data.", "We never share your data.", doc.English,
			"We {+never +}share your data."},
		{"two adjacent words become one edit", "retain it for three years", "retain it for five months", doc.English,
			"retain it for [-three years-]{+five months+}"},
		{"email stays whole", "write to jdcloud@jd.com today", "write to privacy@jd.com today", doc.English,
			"write to [-jdcloud@jd.com-]{+privacy@jd.com+} today"},
		{"clause number stays whole", "see clause 9.2 below", "see clause 9.3 below", doc.English,
			"see clause [-9.2-]{+9.3+} below"},
		{"chinese word substitution is one edit", "我们会收集您的个人信息。", "我们会采集您的个人信息。", doc.Chinese,
			"我们会[-收集-]{+采集+}您的个人信息。"},
		{"chinese second character changes", "用于改善服务质量，提升服务体验", "用于改善服务品质，提升服务体验", doc.Chinese,
			"用于改善服务[-质量-]{+品质+}，提升服务体验"},
		{"chinese insertion of a negation", "您同意我们共享", "您不同意我们共享", doc.Chinese,
			"您{+不+}同意我们共享"},
		{"latin token inside chinese stays whole", "第三方SDK会收集IDFA信息", "第三方SDK会收集IMEI信息", doc.Chinese,
			"第三方SDK会收集[-IDFA-]{+IMEI+}信息"},
		{"number inside chinese stays whole", "保存期限为180天", "保存期限为365天", doc.Chinese,
			"保存期限为[-180-]{+365+}天"},
		{"identical", "同样的文字", "同样的文字", doc.Chinese, "同样的文字"},
		{"from empty", "", "new text", doc.English, "{+new text+}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ops, coarse := Diff(tt.a, tt.b, tt.lang, time.Second)
			if got := render(ops); got != tt.want {
				t.Errorf("Diff\n got %s\nwant %s", got, tt.want)
			}
			if coarse {
				t.Error("coarsened on a short text")
			}
			checkRebuilds(t, ops, tt.a, tt.b)
		})
	}
}

func checkRebuilds(t *testing.T, ops []change.Op, a, b string) {
	t.Helper()
	var ra, rb strings.Builder
	for i, o := range ops {
		if o.Text == "" {
			t.Fatalf("empty op %d in %v", i, ops)
		}
		if i > 0 && ops[i-1].Op == o.Op {
			t.Fatalf("unmerged ops %d in %v", i, ops)
		}
		if o.Op != change.OpInsert {
			ra.WriteString(o.Text)
		}
		if o.Op != change.OpDelete {
			rb.WriteString(o.Text)
		}
	}
	if ra.String() != a || rb.String() != b {
		t.Fatalf("ops do not rebuild the inputs:\n%q\n%q\nops %v", ra.String(), rb.String(), ops)
	}
}

// TestDiffRebuildsSeeds edits real seed paragraphs at random and checks the
// script always rebuilds both sides and never splits a word.
func TestDiffRebuildsSeeds(t *testing.T) {
	for _, name := range []string{"jdcloud-privacy.en.2020-07-28.md", "jdcloud-privacy.zh.2021-03-10.txt"} {
		data := sharedtest.Read(t, "seeds/"+name)
		rng := rand.New(rand.NewSource(7))
		paras := strings.Split(data, "\n\n")
		for i, p := range paras {
			if len(p) < 40 {
				continue
			}
			toks := Tokens(p)
			j := rng.Intn(len(toks))
			edited := strings.Join(toks[:j], "") + "替换 replaced" + strings.Join(toks[j+1:], "")
			ops, _ := Diff(p, edited, doc.DetectLang(p), time.Second)
			checkRebuilds(t, ops, p, edited)
			if doc.DetectLang(p) == doc.English {
				checkTokenBoundaries(t, ops, p, edited)
			}
			for _, o := range ops {
				if o.Op == change.OpDelete && o.Text != toks[j] && !strings.Contains(o.Text, toks[j]) {
					t.Errorf("paragraph %d: deleted %q, edited token was %q", i, o.Text, toks[j])
				}
			}
		}
	}
}

func TestDiffDeadlineCoarsens(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	words := func() string {
		var b strings.Builder
		for i := 0; i < 20000; i++ {
			b.WriteString(string(rune('a'+rng.Intn(26))) + string(rune('a'+rng.Intn(26))) + " ")
		}
		return b.String()
	}
	a, b := words(), words()
	ops, coarse := Diff(a, b, doc.English, time.Nanosecond)
	if !coarse {
		t.Fatal("a diff that hit its deadline was not reported as coarsened")
	}
	checkRebuilds(t, ops, a, b)
}

func TestTokens(t *testing.T) {
	tests := []struct{ in, want string }{
		{"users' rights, e-mail jd.com.", "users|'| |rights|,| |e-mail| |jd.com|."},
		{"通过SDK获取IDFA 1.2", "通|过|SDK|获|取|IDFA| |1.2"},
		{"（三）第9.2条", "（|三|）|第|9.2|条"},
	}
	for _, tt := range tests {
		if got := strings.Join(Tokens(tt.in), "|"); got != tt.want {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzDiff: whatever the input, the script rebuilds both texts and its runs
// are merged and non-empty.
func FuzzDiff(f *testing.F) {
	f.Add("We may share your data.", "We will share your data.")
	f.Add("我们会收集您的信息", "我们会采集您的IDFA信息")
	f.Add("", "x")
	f.Add("质量", "品质")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8.ValidString(a) || !utf8.ValidString(b) {
			t.Skip()
		}
		for _, lang := range []doc.Lang{doc.English, doc.Chinese} {
			ops, _ := Diff(a, b, lang, time.Second)
			checkRebuilds(t, ops, a, b)
		}
	})
}
