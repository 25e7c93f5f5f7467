package notice

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/material"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// policy builds a two-level clause tree from (id, heading-or-text) pairs:
// ids without a dot are sections.
func policy(lang doc.Lang, title, effective string, clauses ...[2]string) *doc.Document {
	d := &doc.Document{Meta: doc.Meta{Lang: lang, Title: title, Effective: effective}}
	var sec *doc.Clause
	for i, c := range clauses {
		cl := &doc.Clause{ID: c[0], Label: c[0], Line: i + 1, Kind: doc.KindSection}
		if !strings.Contains(c[0], ".") {
			cl.Heading = c[1]
			d.Clauses = append(d.Clauses, cl)
			sec = cl
			continue
		}
		cl.Text, cl.Parent = c[1], sec
		sec.Children = append(sec.Children, cl)
	}
	return d
}

// compare pairs the clauses of a and b by id; enough for hand-made edits.
func compare(a, b *doc.Document) *change.Result {
	r := &change.Result{Mode: change.ModeVersion, A: a.Meta, B: b.Meta, DocA: a, DocB: b}
	for _, cb := range b.Flatten() {
		ca := a.Find(cb.ID)
		switch {
		case ca == nil:
			r.Changes = append(r.Changes, change.Change{Kind: change.Added, B: cb})
		case ca.Full() != cb.Full():
			ops, _ := textdiff.Diff(ca.Full(), cb.Full(), a.Meta.Lang, 0)
			r.Changes = append(r.Changes, change.Change{Kind: change.Modified, A: ca, B: cb, Diff: ops})
		}
	}
	for _, ca := range a.Flatten() {
		if b.Find(ca.ID) == nil {
			r.Changes = append(r.Changes, change.Change{Kind: change.Removed, A: ca})
		}
	}
	material.Annotate(r)
	return r
}

var zhA = [][2]string{
	{"2", "我们收集您的信息的范围"},
	{"2.1", "我们重视您的隐私。基本信息：您提交的个人姓名、联系电话号码、电子邮箱。"},
	{"7", "您如何管理您的个人信息"},
	{"7.1", "您可以访问、更正、删除您的个人信息。"},
	{"10", "如何联系我们"},
	{"10.2", "您可以通过发送邮件至 privacy@jd.com 与个人信息保护专员联系。"},
	{"10.3", "一般情况下，我们将在十五天内回复。"},
}

func edited(base [][2]string, id, old, new string) [][2]string {
	out := make([][2]string, len(base))
	copy(out, base)
	for i := range out {
		if out[i][0] == id {
			out[i][1] = strings.Replace(out[i][1], old, new, 1)
		}
	}
	return out
}

func TestDraftChinese(t *testing.T) {
	b := edited(zhA, "2.1", "电子邮箱。", "电子邮箱、面部信息。")
	b = edited(b, "10.3", "十五天", "三十天")
	b = edited(b, "10.2", "privacy@jd.com", "dpo@jdcloud.com")
	r := compare(policy(doc.Chinese, "京东云隐私政策", "2021-03-10", zhA...), policy(doc.Chinese, "京东云隐私政策", "2021-04-01", b...))
	got := Draft(r, doc.Chinese)
	for _, want := range []string{
		"尊敬的用户：", "我们更新了《京东云隐私政策》", "2021年4月1日生效",
		"GB/T 35273", // neither version lists the items itself
		"一、个人信息处理的目的、类型或使用方式", "第2.1条（我们收集您的信息的范围）：新增“面部信息”",
		"原文：“基本信息：您提交的个人姓名、联系电话号码、电子邮箱。”",
		"现为：“基本信息：您提交的个人姓名、联系电话号码、电子邮箱、面部信息。”",
		"答复期限由十五天改为三十天", "电子邮箱由 privacy@jd.com 改为 dpo@jdcloud.com",
		"第10.3条减少了您依据本政策所享有的权利", "明确同意",
		"请发送邮件至 dpo@jdcloud.com",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("draft lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "我们重视您的隐私") {
		t.Errorf("quoted a sentence the change did not touch:\n%s", got)
	}
	if strings.Contains(got, "Dear") || strings.Contains(got, "rule") {
		t.Errorf("Chinese draft has English boilerplate or rule names:\n%s", got)
	}
	// Groups come in category order: 1 before 4 before 5.
	i1, i4, i5 := strings.Index(got, "一、"), strings.Index(got, "二、您对个人信息的权利"), strings.Index(got, "三、个人信息安全的责任部门")
	if !(i1 >= 0 && i1 < i4 && i4 < i5) {
		t.Errorf("groups out of order (%d %d %d):\n%s", i1, i4, i5, got)
	}
}

func TestDraftEnglish(t *testing.T) {
	a := [][2]string{
		{"5", "How we share your personal information"},
		{"5.1", "We share device identifiers with Huawei Technologies Co. Ltd. for push notifications. We never sell your data."},
		{"7", "How you manage your personal information"},
		{"7.1", "You can cancel your account at any time."},
	}
	b := edited(a, "5.1", "Huawei Technologies Co. Ltd.", "Honor Device Co., Ltd.")
	b = edited(b, "7.1", "You can cancel", "You cannot cancel")
	r := compare(policy(doc.English, "JD Cloud & AI Privacy Policy", "", a...), policy(doc.English, "JD Cloud & AI Privacy Policy", "", b...))
	got := Draft(r, doc.English)
	for _, want := range []string{
		"Dear user,", "We have updated the JD Cloud & AI Privacy Policy", "[effective date]",
		"A. Main recipients of sharing", "Clause 5.1 (How we share your personal information): replaces the company Huawei Technologies Co. Ltd. with Honor Device Co., Ltd.",
		`Before: "We share device identifiers with Huawei Technologies Co. Ltd. for push notifications."`,
		`Now:    "We share device identifiers with Honor Device Co., Ltd. for push notifications."`,
		"B. Users' rights", "reduce your rights under the Policy (clause 7.1)", "explicit consent",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("draft lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "never sell") {
		t.Errorf("quoted an unchanged sentence:\n%s", got)
	}
}

func TestDraftWithoutMaterialChange(t *testing.T) {
	b := edited(zhA, "10.3", "一般情况下", "通常情况下")
	r := compare(policy(doc.Chinese, "", "", zhA...), policy(doc.Chinese, "", "", b...))
	for lang, want := range map[doc.Lang]string{doc.Chinese: "未发现重大变更", doc.English: "No material changes"} {
		got := Draft(r, lang)
		if !strings.Contains(got, want) || strings.Contains(got, "明确同意") {
			t.Errorf("%s: %s", lang, got)
		}
	}
	if got := Draft(r, doc.Chinese); strings.Contains(got, "尊敬的用户") {
		t.Errorf("a notice drafted for no material change:\n%s", got)
	}
}

// In a long clause with several edits the notice quotes the sentence that
// holds the material one, not the first edit.
func TestDraftQuotesTheMaterialSentence(t *testing.T) {
	a := [][2]string{
		{"3", "How we use your information"},
		{"3.1", "We use your data to run the service. We use cookies to remember you. We keep logs."},
	}
	b := edited(a, "3.1", "to run the service", "to operate the service")
	b = edited(b, "3.1", "We keep logs.", "We keep logs and your precise location.")
	r := compare(policy(doc.English, "", "", a...), policy(doc.English, "", "", b...))
	got := Draft(r, doc.English)
	if !strings.Contains(got, `Now:    "We keep logs and your precise location."`) || strings.Contains(got, "operate the service") {
		t.Errorf("quoted the wrong sentence:\n%s", got)
	}
}

func TestDraftNamesUnnumberedSections(t *testing.T) {
	a := &doc.Document{Meta: doc.Meta{Lang: doc.English}, Clauses: []*doc.Clause{
		{ID: "h2", Heading: "How Do We Use Personal Data?", Text: "We use data to provide the service.", Kind: doc.KindHeading}}}
	b := &doc.Document{Meta: doc.Meta{Lang: doc.English}, Clauses: []*doc.Clause{
		{ID: "h2", Heading: "How Do We Use Personal Data?", Text: "We use data and voiceprints to provide the service.", Kind: doc.KindHeading}}}
	got := Draft(compare(a, b), doc.English)
	if !strings.Contains(got, `The section "How Do We Use Personal Data?": now mentions “voiceprints”`) {
		t.Errorf("section not named:\n%s", got)
	}
}

// TestDraftNegationRemoved: a promise not to share that a new version
// drops is told to users in their words, with the sentence before and now.
func TestDraftNegationRemoved(t *testing.T) {
	a := [][2]string{{"5", "我们如何共享您的个人信息"}, {"5.1", "我们不会与第三方共享您的个人信息，但以下情况除外："}}
	r := compare(policy(doc.Chinese, "京东云隐私政策", "2021-03-10", a...), policy(doc.Chinese, "京东云隐私政策", "2021-04-01", edited(a, "5.1", "我们不会与", "我们会与")...))
	got := Draft(r, doc.Chinese)
	for _, want := range []string{"个人信息共享、转让或公开披露的主要对象", "改为允许原先明确排除的做法", "我们不会与第三方共享您的个人信息", "我们会与第三方共享您的个人信息"} {
		if !strings.Contains(got, want) {
			t.Errorf("notice lacks %q:\n%s", want, got)
		}
	}
	en := [][2]string{{"5", "Sharing"}, {"5.1", "We will share your personal information with advertisers."}}
	r = compare(policy(doc.English, "Privacy Policy", "2024-01-01", en...), policy(doc.English, "Privacy Policy", "2024-06-01", edited(en, "5.1", "will share", "will not share")...))
	if got := Draft(r, doc.English); !strings.Contains(got, "now rules out what it used to allow") {
		t.Errorf("notice does not say the sharing is now ruled out:\n%s", got)
	}
	zh := [][2]string{{"5", "我们如何共享您的个人信息"}, {"5.1", "我们仅在获得您的单独同意后才会向第三方提供您的个人信息。"}}
	r = compare(policy(doc.Chinese, "京东云隐私政策", "2021-03-10", zh...), policy(doc.Chinese, "京东云隐私政策", "2021-04-01", edited(zh, "5.1", "仅在获得您的单独同意后才", "")...))
	if got := Draft(r, doc.Chinese); !strings.Contains(got, "不再征得您的同意") {
		t.Errorf("notice does not say consent is no longer asked for:\n%s", got)
	}
}
