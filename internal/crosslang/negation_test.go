package crosslang

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
)

// TestNegationDiff: a negated verb on one side and nothing negative on the
// other is a finding, in either direction; a negation carried by a word
// (unauthorised / 未经授权, fail / 未能, unnecessary / 不必要), by a
// construction ("only with your consent" / 未经您同意不会), or by a 不 that
// starts a word of its own (不同, 不断) is not.
func TestNegationDiff(t *testing.T) {
	for _, tc := range []struct {
		en, zh string
		want   string // prefix of the detail; "" for none
	}{
		{"We will not share your personal information with advertisers.", "我们会与广告主共享您的个人信息。", `negation "not" (en) has no counterpart in zh: "We will not share`},
		{"We don't sell your personal data.", "我们出售您的个人数据。", `negation "don't" (en)`},
		{"You can delete your account at any time.", "您不能随时注销您的账户。", `negation "不能" (zh) has no counterpart in en: "您不能随时注销您的账户"`},
		{"You may withdraw your consent.", "您无法撤回您的同意。", `negation "无法" (zh)`},
		{"We never use your location data.", "我们从不使用您的位置信息。", ""},
		{"We protect your data against unauthorised access.", "我们保护您的数据免遭未经授权的访问。", ""},
		{"Where such people fail to perform these obligations, they may be held liable.", "如果未能履行这些义务，可能会被追究法律责任。", ""},
		{"We share your personal information only with your consent.", "未经您的同意，我们不会共享您的个人信息。", ""},
		{"We collect information from different sources.", "我们会从不同来源收集信息。", ""},
		{"We will continually improve our services.", "我们会不断改进我们的服务。", ""},
		{"We do not collect unnecessary information.", "我们不收集不必要的信息。", ""},
		{"Note that we do not sell personal information.", "Note that we do not sell personal information.", ""},
		{"We won’t share your personal information with advertisers.", "我们不会与广告主共享您的个人信息。", ""},
		{"We won’t share your personal information with advertisers.", "我们会与广告主共享您的个人信息。", `negation "won’t" (en)`},
		{"We collect your details, including but not limited to your name.", "我们收集您的信息，包括您的姓名。", ""},
		{"We keep your data if not otherwise required by law.", "除法律另有规定外，我们保存您的数据。", ""},
		{"We collect your data whether or not you sign in.", "无论您是否登录，我们都会收集您的数据。", ""},
		{"Minors must not use the services.", "未成年人可以使用本服务。", `negation "not" (en)`},
		{"We will not share your personal information with advertisers in the United States.", "我们会与美国的广告主共享您的个人信息。", `negation "not" (en)`},
		{"We will share your personal information with advertisers.", "我们不与广告主共享您的个人信息。", `negation "不与" (zh)`},
		{"We have shared your personal information with advertisers.", "我们从未与广告主共享您的个人信息。", `negation "从未" (zh)`},
		{"If you do not agree to these terms, stop using the services.", "如您不同意这些条款，请停止使用服务。", ""},
		{"If processing is based on your consent, you can withdraw consent at any time for future processing.", "如果处理基于您的同意，您可以随时撤回同意，禁止后续处理。", ""},
		{"We instruct each contractor not to share your personal information.", "我们指示每个承包商共享您的个人信息。", `negation "not" (en)`},
		{"Except as described in this policy, we will not otherwise share your personal information with advertisers.", "除本政策所述外，我们会与广告商共享您的个人信息。", `negation "not" (en)`},
		{"We will share your personal information with advertisers, whether or not you are signed in.", "无论您是否登录，我们都不会与广告商共享您的个人信息。", `negation "不会" (zh)`},
		{"We will not share your personal information with advertisers.", "无论您是否登录，我们都会与广告商共享您的个人信息。", `negation "not" (en)`},
		{"If you are not satisfied with our reply, you may complain.", "如果您对我们的回复不满意，您可以投诉。", ""},
	} {
		fa := &facts{lang: doc.English, text: tc.en}
		fb := &facts{lang: doc.Chinese, text: tc.zh}
		got := negationDiff(fa, fb).detail
		if tc.want == "" && got != "" || !strings.HasPrefix(got, tc.want) {
			t.Errorf("%q ↔ %q: %q, want prefix %q", tc.en, tc.zh, got, tc.want)
		}
	}
}

// A long sentence is quoted around its negation, which the quote shows.
func TestNegationQuoteShowsTheNegation(t *testing.T) {
	long := strings.Repeat("In order to provide and improve the services we offer to our users around the world, ", 4) + "we will not share your personal information with advertisers."
	n := negationDiff(&facts{lang: doc.English, text: long}, &facts{lang: doc.Chinese, text: "我们会与广告主共享您的个人信息。"})
	if got := n.detail; !strings.Contains(got, "will not share") || utf8.RuneCountInString(got) > 400 {
		t.Errorf("quote of a long sentence: %q", got)
	}
	// The rules read the sentence whole, not the window quoted.
	if n.word != "not" || n.sentence != strings.TrimSuffix(long, ".") {
		t.Errorf("word %q, sentence %q", n.word, n.sentence)
	}
}
