package crosslang

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func oneClause(lang doc.Lang, text string) *doc.Document {
	return &doc.Document{Meta: doc.Meta{Lang: lang, Effective: "2021-03-10"},
		Clauses: []*doc.Clause{{ID: "1.1", Label: "1.1", Text: text, Kind: doc.KindSection}}}
}

// TestCheckPair runs the checks on one hand-written clause pair each: what
// agrees must give nothing, what disagrees its kind and both sides' evidence.
func TestCheckPair(t *testing.T) {
	tests := []struct {
		name, en, zh string
		kind, detail string // "" when the two agree
	}{
		{"thirty days agree", "We will reply within thirty days.", "我们将在三十天内回复。", "", ""},
		{"full-width digits agree", "We will reply within 30 days.", "我们将在３０天内回复。", "", ""},
		{"days differ", "We will reply within 15 days.", "我们将在三十天内回复。", "number-mismatch", "duration 15 days (en) ≠ 三十天 (zh)"},
		{"working days differ from days", "within 3 working days", "在 3 日内", "number-mismatch", "duration 3 working days (en) ≠ 3 日 (zh)"},
		{"age agrees", "Children under 14 need consent.", "不满十四周岁的儿童需要同意。", "", ""},
		{"age differs", "Children under 14 need consent.", "不满十六周岁的儿童需要同意。", "number-mismatch", "age under 14 (en) ≠ 不满十六周岁 (zh)"},
		{"age or older agrees", "Users must be 16 or older.", "用户须年满十六周岁。", "", ""},
		{"age or above differs", "Users must be 16 or above.", "用户须年满十四周岁。", "number-mismatch", "age 16 or above (en) ≠ 年满十四周岁 (zh)"},
		{"version or older is no age", "Our app runs on Android 9 or older.", "我们的应用可在 Android 9 或更早版本上运行。", "", ""},
		{"age or older differs", "Users must be 18 years or older.", "用户须年满十六周岁。", "number-mismatch", "age 18 years or older (en) ≠ 年满十六周岁 (zh)"},
		{"percent agrees", "not 100% secure", "并非百分之百安全", "", ""},
		{"count differs", "We keep 5 copies of the data.", "我们保存 3 份数据副本。", "number-mismatch", "number 5 (en) ≠ 3 (zh)"},
		{"date agrees", "Updated on July 27, 2020.", "更新于 2020 年 7 月 27 日。", "", ""},
		{"date differs", "Updated on July 27, 2020.", "更新于 2020 年 7 月 28 日。", "date-mismatch", "date July 27, 2020 (en) ≠ 2020 年 7 月 28 日 (zh)"},
		{"email differs", "Write to privacy@jd.com.", "请发送邮件至 privacy@jdcloud.com。", "email-mismatch", "email privacy@jd.com (en) ≠ privacy@jdcloud.com (zh)"},
		{"email dropped", "Write to privacy@jd.com or call us.", "请联系我们。", "email-mismatch", "email privacy@jd.com (en) missing in zh"},
		{"phone extension", "Call 400-098-8505.", "拨打 400-098-8505 转 2。", "phone-mismatch", "phone 400-098-8505 (en) ≠ 400-098-8505 转 2 (zh)"},
		{"url language path agrees", "See https://docs.github.com/en/site-policy.", "请参阅 https://docs.github.com/cn/site-policy。", "", ""},
		{"url differs", "See https://example.com/a.", "请参阅 https://example.com/b。", "url-mismatch", "URL https://example.com/a (en) ≠ https://example.com/b (zh)"},
		{"organisation agrees", "JD Cloud & AI shares data with Huawei.", "京东云与华为共享数据。", "", ""},
		{"organisation differs", "JD Cloud & AI shares data with Huawei.", "京东云与小米共享数据。", "name-mismatch", "organisation Huawei (en) ≠ 小米 (zh)"},
		// A group's arm is named in full, its place in parentheses and all.
		{"organisation differs, named in full", "Alipay Login | User Nickname and Network IP Address | Alipay (China) Network Technology Co., Ltd.",
			"微信登录 | 用户昵称、网络IP地址 | 腾讯（深圳）计算机系统有限公司", "name-mismatch",
			"organisation Alipay (China) Network Technology Co., Ltd. (en) ≠ 腾讯（深圳）计算机系统有限公司 (zh)"},
		{"transfer rendered as share", "We will not transfer your personal information.", "我们不会共享您的个人信息。", "term-mismatch",
			`term "transfer" (en) rendered as 共享 (zh), which translates "share"; the glossary gives 转让`},
		{"duty agrees", "You must obtain the consent of your guardian.", "您必须取得监护人的同意。", "", ""},
		{"permission agrees", "You may contact us at any time.", "您可以随时联系我们。", "", ""},
		{"right read as permission", "JD Cloud shall be entitled to terminate the cancellation.", "京东云有权终止注销。", "", ""},
		{"prohibition is no permission", "You must not share your password.", "您不得共享您的密码。", "", ""},
		{"authority is no right", "You must report it to the competent authority.", "您须向国家有权机关报告。", "", ""},
		{"duty rendered as permission", "You must obtain the consent of your guardian.", "您可以取得监护人的同意。", "modality-mismatch",
			`modality "must" (en) obliges, "可以" (zh) only permits`},
		{"permission rendered as duty", "You may cancel your account.", "您应当注销您的账户。", "modality-mismatch",
			`modality "应当" (zh) obliges, "may" (en) only permits`},
		{"consent and authorisation agree", "with your consent or authorization", "经您同意或授权", "", ""},
	}
	for _, tt := range tests {
		_, findings := Compare(oneClause(doc.English, tt.en), oneClause(doc.Chinese, tt.zh), nil)
		var got []string
		for _, f := range findings {
			got = append(got, f.Kind+": "+f.Detail)
		}
		switch {
		case tt.kind == "" && len(findings) > 0:
			t.Errorf("%s: want no finding, got %q", tt.name, got)
		case tt.kind != "" && (len(findings) != 1 || findings[0].Kind != tt.kind || !strings.HasPrefix(findings[0].Detail, tt.detail)):
			t.Errorf("%s: got %q, want one %s: %s", tt.name, got, tt.kind, tt.detail)
		}
	}
}
