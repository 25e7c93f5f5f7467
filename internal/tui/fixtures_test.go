package tui

import (
	"strings"
	"time"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// Fixtures: clauses taken from the JD Cloud privacy policy seeds (English
// 2020-07-28, Chinese 2021-03-10) with labelled edits, and the comparison
// results the engine would give for them, with word diffs from textdiff.

type cl struct {
	id, label, heading, text string
	kids                     []cl
}

func build(meta doc.Meta, cs ...cl) *doc.Document {
	d := &doc.Document{Meta: meta}
	line := 1
	var mk func(c cl, parent *doc.Clause) *doc.Clause
	mk = func(c cl, parent *doc.Clause) *doc.Clause {
		x := &doc.Clause{ID: c.id, Label: c.label, Heading: c.heading, Text: c.text, Kind: doc.KindSection, Line: line, Parent: parent}
		line += 2
		for _, k := range c.kids {
			x.Children = append(x.Children, mk(k, x))
		}
		return x
	}
	for _, c := range cs {
		d.Clauses = append(d.Clauses, mk(c, nil))
	}
	return d
}

const (
	en91 = "For purpose of providing better service, the privacy policy will be updated with the development of JD Cloud & AI's businesses. However, without your explicit consent, we will not reduce your duly rights under the Privacy Policy. We will release an update version on the JD Cloud & AI's website and remind relevant update contents via the website announcement or other appropriate methods before the update version comes into force."
	// Labelled edit: the promise not to reduce rights without consent is gone.
	en91b = "For purpose of providing better service, the privacy policy will be updated with the development of JD Cloud & AI's businesses. We may adjust your rights under the Privacy Policy from time to time. We will release an update version on the JD Cloud & AI's website and remind relevant update contents via the website announcement or other appropriate methods before the update version comes into force."
	en92  = "As for material changes, we will also provide a more remarkable notice to you (we will specify details of changes of the Privacy Policy via methods including but not limited to emails, SMS or providing special tips in the browsing page, etc.). The material changes referred in the Policy include but not limited to:"
	en925 = "Changes in our responsible department, contact method and complaint channel for personal information security."
	en93  = "We will also archive the old versions of the Privacy Policy for your reference."
	en101 = "If you have any question, comment or suggestion on the Privacy Policy or matters related to your personal information, please contact us by sending an email to jdcloud@jd.com or calling our customer service hotline."
	// Labelled edit: a new contact address (category 5).
	en101b = "If you have any question, comment or suggestion on the Privacy Policy or matters related to your personal information, please contact us by sending an email to privacy@jdcloud.com or calling our customer service hotline."
	en102  = "We may share your personal information with our advertising partners for personalised promotion."

	zh91 = "为给您提供更好的服务以及随着京东云业务的发展，本隐私政策也会随之更新。但未经您明确同意，我们不会削减您依据本隐私政策所应享有的权利。我们会通过在京东云网站上发出更新版本并在生效前通过网站公告或以其他适当方式提醒您相关内容的更新，也请您访问京东云以便及时了解最新的隐私政策。"
	// Labelled edit: the same promise removed in Chinese.
	zh91b = "为给您提供更好的服务以及随着京东云业务的发展，本隐私政策也会随之更新。我们可能不时调整您依据本隐私政策所享有的权利。我们会通过在京东云网站上发出更新版本并在生效前通过网站公告或以其他适当方式提醒您相关内容的更新，也请您访问京东云以便及时了解最新的隐私政策。"
	zh92  = "对于重大变更，我们还会提供更为显著的通知（我们会通过包括但不限于邮件、短信或在浏览页面做特别提示等方式，说明隐私政策的具体变更内容）。本政策所指的重大变更包括但不限于："
	zh925 = "我们负责处理个人信息安全的责任部门、联络方式及投诉渠道发生变化时；"
	zh93  = "我们还会将本隐私政策的旧版本存档，供您查阅。"
	zh101 = "如您对本隐私政策或您个人信息的相关事宜有任何问题、意见或建议，请通过发送邮件至 jdcloud@jd.com 或拨打我们的客服电话等多种方式与我们联系。"
	zh102 = "我们可能与广告合作伙伴共享您的个人信息，用于个性化推广。"
)

func enMeta(date string) doc.Meta {
	return doc.Meta{Policy: "jdcloud-privacy", Lang: doc.English, Title: "JD Cloud & AI Privacy Policy", Effective: date}
}

func zhMeta(date string) doc.Meta {
	return doc.Meta{Policy: "jdcloud-privacy", Lang: doc.Chinese, Title: "京东云隐私政策", Effective: date}
}

func diffOps(a, b string, l doc.Lang) []change.Op {
	ops, _ := textdiff.Diff(a, b, l, time.Second)
	return ops
}

// versionFixture compares two versions in one language: a rights reduction
// (9.1), a cosmetic edit (9.2(5)), a removal (9.3), a new contact (10.1)
// and a new sharing clause (10.2).
func versionFixture(lang doc.Lang) *change.Result {
	t := map[string]string{"91": en91, "91b": en91b, "92": en92, "925": en925, "93": en93, "101": en101, "101b": en101b, "102": en102,
		"h9": "Notification and Revision", "h10": "How to contact us"}
	meta := enMeta
	if lang == doc.Chinese {
		t = map[string]string{"91": zh91, "91b": zh91b, "92": zh92, "925": zh925, "93": zh93, "101": zh101,
			"101b": strings.Replace(zh101, "jdcloud@jd.com", "privacy@jdcloud.com", 1), "102": zh102,
			"h9": "通知和修订", "h10": "如何联系我们"}
		meta = zhMeta
	}
	cosm := strings.TrimRight(t["925"], ".；") + ";"
	a := build(meta("2020-07-28"),
		cl{id: "9", label: "IX.", heading: t["h9"], kids: []cl{
			{id: "9.1", label: "9.1", text: t["91"]},
			{id: "9.2", label: "9.2", text: t["92"], kids: []cl{{id: "9.2(5)", label: "(5)", text: t["925"]}}},
			{id: "9.3", label: "9.3", text: t["93"]},
		}},
		cl{id: "10", label: "X.", heading: t["h10"], kids: []cl{{id: "10.1", label: "10.1", text: t["101"]}}},
	)
	b := build(meta("2021-03-10"),
		cl{id: "9", label: "IX.", heading: t["h9"], kids: []cl{
			{id: "9.1", label: "9.1", text: t["91b"]},
			{id: "9.2", label: "9.2", text: t["92"], kids: []cl{{id: "9.2(5)", label: "(5)", text: cosm}}},
		}},
		cl{id: "10", label: "X.", heading: t["h10"], kids: []cl{
			{id: "10.1", label: "10.1", text: t["101b"]},
			{id: "10.2", label: "10.2", text: t["102"]},
		}},
	)
	A, B := a.Find, b.Find
	r := &change.Result{Schema: change.Schema, Mode: change.ModeVersion, A: a.Meta, B: b.Meta, DocA: a, DocB: b,
		MaterialClause: &change.MaterialClause{Side: "a", ID: "9.2", Label: "9.2"},
		Changes: []change.Change{
			{Kind: change.Modified, A: A("9.1"), B: B("9.1"), Diff: diffOps(t["91"], t["91b"], lang), Material: true, Categories: []int{4}, RightsReduced: true,
				Reasons: []change.Reason{{Category: 4, Rule: "rights-promise-removed", Evidence: "without your explicit consent, we will not reduce your duly rights"}}},
			{Kind: change.Cosmetic, A: A("9.2(5)"), B: B("9.2(5)"), Diff: diffOps(t["925"], cosm, lang)},
			{Kind: change.Removed, A: A("9.3")},
			{Kind: change.Modified, A: A("10.1"), B: B("10.1"), Diff: diffOps(t["101"], t["101b"], lang), Material: true, Categories: []int{5},
				Reasons: []change.Reason{{Category: 5, Rule: "contact-changed", Evidence: "jdcloud@jd.com → privacy@jdcloud.com"}}},
			{Kind: change.Added, B: B("10.2"), Material: true, Categories: []int{3},
				Reasons: []change.Reason{{Category: 3, Rule: "new-recipient", Evidence: "advertising partners"}}},
		},
		NoticeRequired: true, ExplicitConsentRequired: true,
	}
	r.Tally()
	return r
}

// languageFixture compares the English 2020-07-28 and the Chinese
// 2021-03-10 versions clause by clause; the Chinese side lacks 9.3 and has
// another e-mail address in 10.1.
func languageFixture() *change.Result {
	a := build(enMeta("2020-07-28"),
		cl{id: "9", label: "IX.", heading: "Notification and Revision", kids: []cl{
			{id: "9.1", label: "9.1", text: en91}, {id: "9.2", label: "9.2", text: en92}, {id: "9.3", label: "9.3", text: en93}}},
		cl{id: "10", label: "X.", heading: "How to contact us", kids: []cl{{id: "10.1", label: "10.1", text: en101}}},
	)
	b := build(zhMeta("2021-03-10"),
		cl{id: "9", label: "九、", heading: "通知和修订", kids: []cl{
			{id: "9.1", label: "9.1", text: zh91}, {id: "9.2", label: "9.2", text: zh92}}},
		cl{id: "10", label: "十、", heading: "如何联系我们", kids: []cl{
			{id: "10.1", label: "10.1", text: strings.Replace(zh101, "jdcloud@jd.com", "privacy@jdcloud.com", 1)}}},
	)
	A, B := a.Find, b.Find
	r := &change.Result{Schema: change.Schema, Mode: change.ModeLanguage, A: a.Meta, B: b.Meta, DocA: a, DocB: b,
		Pairs: []change.Pair{
			{A: A("9"), B: B("9"), Score: 0.91}, {A: A("9.1"), B: B("9.1"), Score: 0.88},
			{A: A("9.2"), B: B("9.2"), Score: 0.9}, {A: A("10"), B: B("10"), Score: 0.93}, {A: A("10.1"), B: B("10.1"), Score: 0.72},
		},
		Findings: []change.Finding{
			{Kind: "missing-clause", A: A("9.3"), Detail: "9.3 has no Chinese counterpart", MaybeVersionChange: true},
			{Kind: "email-mismatch", A: A("10.1"), B: B("10.1"), Detail: "email jdcloud@jd.com (en) ≠ privacy@jdcloud.com (zh)", Material: true, Categories: []int{5}},
		},
	}
	r.Tally()
	return r
}
