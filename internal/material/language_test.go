package material

import (
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// In language mode the rules judge the translation's disagreements: one
// about a contact email or a reply deadline would mislead one language's
// readers about a material item; one about a date line would not.
func TestAnnotateFindings(t *testing.T) {
	en, zh := loadOutline(t, "jdcloud-en.outline"), loadOutline(t, "jdcloud-zh.outline")
	// subject: a number-mismatch's (crosslang's Subject); negated: a
	// negation-mismatch's sentence (its Sentence).
	tests := []struct {
		kind, a, b, detail string
		subject, negated   string
		cat                int
	}{
		{"email-mismatch", "10.2", "10.2", "email privacy@jd.com vs dpo@jd.com", "", "", 5},
		{"phone-mismatch", "10.1", "10.1", "phone 400-615-1212 vs 400-098-8505", "", "", 5},
		{"number-mismatch", "10.3", "10.3", "number 30 vs 15", "number", "", 4},
		{"number-mismatch", "2.1", "2.1", "age under 14 (en) ≠ 不满16周岁 (zh)", "age", "", 1},
		// The subject decides, not the wording: a count that reads "age …"
		// is no age.
		{"number-mismatch", "2.1", "2.1", "age under 14 (en) ≠ 不满16周岁 (zh)", "number", "", 0},
		{"missing-clause", "7.4", "", "no counterpart in zh", "", "", 4},
		{"name-mismatch", "5.1.4.1", "5.1.3.1", "Huawei Technologies Co. Ltd. vs 华为终端有限公司", "", "", 3},
		{"term-mismatch", "2.2", "2.2", `"passport" has no translation`, "", "", 1},
		{"term-mismatch", "10.1", "10.1", `"suggestions" has no translation`, "", "", 0},
		{"date-mismatch", "upd", "upd", "date 2020-07-27 vs 2021-03-10", "", "", 0},
		{"negation-mismatch", "5.1.1", "5.1.1", `negation "not" (en) has no counterpart in zh: "We will not share your personal information with any company" ≠ "我们会与京东云以外的任何公司共享您的个人信息"`,
			"", "We will not share your personal information with any company", 3},
		{"negation-mismatch", "7.1", "7.1", `negation "不能" (zh) has no counterpart in en: "您不能登录京东云网站或客户端查询、管理（变更、删除）您的基本资料" ≠ "You can log in…"`,
			"", "您不能登录京东云网站或客户端查询、管理（变更、删除）您的基本资料", 4},
		{"negation-mismatch", "10.1", "10.1", `negation "not" (en) has no counterpart in zh: "If you do not have any questions, you may contact us" ≠ "如您有任何疑问，可与我们联系"`,
			"", "If you do not have any questions, you may contact us", 0},
		// A duty rendered as a permission: a guardian's consent for a
		// child, a way to exercise a right; not a courtesy.
		{"modality-mismatch", "8.1", "8.1", `modality "shall" (en) obliges, "可以" (zh) only permits: "…you shall obtain the prior written consent from your parent or statutory guardian…" ≠ "…可以事先取得您家长或法定监护人的书面同意"`,
			"", "If you are a minor below the age of 18, you shall obtain the prior written consent from your parent or statutory guardian before using our products and/or services", 1},
		{"modality-mismatch", "7.1", "7.1", `modality "必须" (zh) obliges, "can" (en) only permits: "您必须登录京东云网站…查询、管理（变更、删除）…" ≠ "You can log in…"`,
			"", "您必须登录京东云网站或客户端“管理控制台”查询、管理（变更、删除）使用京东云服务时而提交的基本业务信息（基本资料）和联系人信息", 4},
		{"modality-mismatch", "10.1", "10.1", `modality "must" (en) obliges, "可以" (zh) only permits: "You must read this policy carefully" ≠ "您可以仔细阅读本政策"`,
			"", "You must read this policy carefully", 0},
	}
	for _, tc := range tests {
		fd := change.Finding{Kind: tc.kind, A: en.Find(tc.a), B: zh.Find(tc.b), Detail: tc.detail, Subject: tc.subject, Sentence: tc.negated}
		r := &change.Result{Mode: change.ModeLanguage, A: en.Meta, B: zh.Meta, DocA: en, DocB: zh,
			Findings: []change.Finding{fd}}
		Annotate(r)
		got := r.Findings[0]
		if tc.cat == 0 {
			if got.Material {
				t.Errorf("%s %s flagged: %v", tc.kind, tc.a, got.Reasons)
			}
			continue
		}
		if !got.Material || !slices.Contains(got.Categories, tc.cat) || len(got.Reasons) == 0 {
			t.Errorf("%s %s: want category %d, got %v %v", tc.kind, tc.a, tc.cat, got.Categories, got.Reasons)
		}
		if r.Summary.Material != 1 || r.NoticeRequired {
			t.Errorf("%s: summary %+v, notice %v (a translation defect needs no notice)", tc.kind, r.Summary, r.NoticeRequired)
		}
		if r.MaterialClause == nil || r.MaterialClause.Side != "b" {
			t.Errorf("material clause %+v", r.MaterialClause)
		}
	}
}

// A negation-mismatch is material by the sentence that negates, not by the
// rest of its clause.
func TestNegationMismatchReadsItsSentence(t *testing.T) {
	for negated, want := range map[string]bool{
		"We are not responsible for third-party websites":              false,
		"We will not share your personal information with advertisers": true,
	} {
		a := &doc.Clause{ID: "1", Text: "We use your personal information to provide the services. We are not responsible for third-party websites. We will not share your personal information with advertisers."}
		b := &doc.Clause{ID: "1", Text: "我们使用您的个人信息提供服务。"}
		fd := change.Finding{Kind: "negation-mismatch", A: a, B: b, Word: "not", Sentence: negated,
			Detail: `negation "not" (en) has no counterpart in zh: "` + negated + `" ≠ "我们使用您的个人信息提供服务。"`}
		annotateFinding(&fd)
		if fd.Material != want {
			t.Errorf("%s: material %v, want %v (%v)", negated, fd.Material, want, fd.Reasons)
		}
	}
}

// A long negated sentence, which the detail quotes only around its
// negation, is judged whole.
func TestNegationMismatchReadsALongSentenceWhole(t *testing.T) {
	long := "Your personal information, which covers what you give us when you register, what we record when you use the services and what our partners send us about you, will not be disclosed to anyone."
	fd := change.Finding{Kind: "negation-mismatch", A: &doc.Clause{ID: "5.1", Text: long}, B: &doc.Clause{ID: "5.1", Text: "您的个人信息将被披露。"},
		Word: "not", Sentence: strings.TrimSuffix(long, "."),
		Detail: `negation "not" (en) has no counterpart in zh: "…the services and what our partners send us about you, will not be disclosed to anyone" ≠ "您的个人信息将被披露。"`}
	annotateFinding(&fd)
	if !fd.Material || !slices.Contains(fd.Categories, 3) {
		t.Errorf("material %v %v, want category 3", fd.Material, fd.Reasons)
	}
}
