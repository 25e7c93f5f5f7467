package material

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// TestFlippedProcessing: a negation edited into or out of a sentence about
// what is done with personal information is found, with its direction, its
// category and both sentences as evidence; a negation reworded, one in a
// sentence about something else, a long rewrite and a 不 that starts a
// word negating nothing are not.
func TestFlippedProcessing(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		cat  int    // 0: no flip
		rule string // processing.<what>.<rule>
		word string // the negation the evidence names
	}{
		{"We will not share your personal information with advertisers.", "We will share your personal information with advertisers.", 3, "removed", `"not" deleted`},
		{"We don't sell your personal data.", "We sell your personal data.", 3, "removed", `"don't" deleted`},
		{"We never use your location data for advertising.", "We use your location data for advertising.", 1, "removed", `"never" deleted`},
		{"We do not collect biometric information.", "We collect biometric information.", 1, "removed", `"not" deleted`},
		{"We no longer keep your browsing history.", "We keep your browsing history.", 1, "removed", `"no longer" deleted`},
		{"We share your personal information with advertisers.", "We don't share your personal information with advertisers.", 3, "added", `"don't" inserted`},
		{"我们不会收集您的生物识别信息。", "我们会收集您的生物识别信息。", 1, "removed", `"不" deleted`},
		{"未经您的同意，我们不会与第三方共享您的个人信息。", "我们会与第三方共享您的个人信息。", 3, "removed", `"不" deleted`},
		{"我们不会将您的个人信息用于广告。", "我们会将您的个人信息用于广告。", 1, "removed", `"不" deleted`},
		{"我们会向合作伙伴提供您的个人信息。", "我们不会向合作伙伴提供您的个人信息。", 3, "added", `"不" inserted`},
		{"We will share your personal information with partners only with your consent.", "We will share your personal information with partners.", 3, "removed", `"with your consent" deleted`},
		{"我们仅在获得您的单独同意后才会向第三方提供您的个人信息。", "我们会向第三方提供您的个人信息。", 3, "removed", `"获得您的单独同意" deleted`},
		{"We use your location only to deliver your orders.", "We use your location to deliver your orders.", 1, "removed", `"only" deleted`},
		{"我们会使用您的位置信息。", "我们仅会为配送订单使用您的位置信息。", 1, "added", `"仅" inserted`},
		{"We will not sell your personal information.", "We will sell your personal information in accordance with applicable law.", 3, "removed", `"not" deleted`},
		{"我们收集您的个人信息。禁止向第三方出售您的个人信息。", "我们收集您的个人信息。允许向第三方出售您的个人信息。", 3, "removed", `"禁止" deleted: "禁止向第三方出售您的个人信息。"`},
		{"我们并不会收集您的个人信息。", "我们会收集您的个人信息。", 1, "removed", `"并不" deleted`},
		{"We couldn't access your personal data.", "We could access your personal data.", 1, "removed", `"couldn't" deleted`},
		{"我们会不定期收集您的个人信息。", "我们会定期收集您的个人信息。", 0, "", ""},
		{"We collect your personal information whether or not you are signed in.", "We collect your personal information whether you are signed in.", 0, "", ""},
		{"我们会防止未经授权的访问您的个人信息。", "我们会防止非法访问您的个人信息。", 0, "", ""},
		{"收集儿童的个人信息需要监护人同意。", "收集儿童的个人信息。", 1, "removed", `"监护人同意" deleted`},
		{"We will obtain your explicit consent before we collect your biometric information.", "We collect your biometric information.", 1, "removed", `"obtain your explicit consent" deleted`},
		{"We will ask for your consent before sharing your personal information with partners.", "We will share your personal information with partners.", 3, "removed", `"ask for your consent" deleted`},
		{"我们经同意后才会共享您的个人信息。", "我们会共享您的个人信息。", 3, "removed", `"经同意" deleted`},
		{"您已经同意我们收集您的个人信息。", "您同意我们收集您的个人信息。", 0, "", ""},
		{"如您不同意，我们不会收集您的个人信息。", "如您反对，我们不会收集您的个人信息。", 0, "", ""},
		{"We will not share your personal information with advertisers. Retention follows statutory periods for accounting records.", "We will share your personal information with advertisers.", 3, "removed", `"not" deleted`},
		{"We instruct each contractor not to share your personal information.", "We instruct each contractor to share your personal information.", 3, "removed", `"not" deleted`},
		{"We will not share your personal information.", "We won't share your personal information.", 0, "", ""},
		{"We only share your personal information with partners.", "We share your personal information only with partners.", 0, "", ""},
		{"我们不仅会保护您的个人信息。", "我们会保护您的个人信息。", 0, "", ""},
		{"以保护用户个人信息不遭到未经授权的访问。", "以保护您的个人数据不会遭受未经授权的访问。", 0, "", ""},
		{"We are not responsible for third-party websites.", "We are responsible for third-party websites.", 0, "", ""},
		{"We will not send you newsletters.", "We will send you newsletters.", 0, "", ""},
		{"我们会不断改进对您的个人信息的处理。", "我们会改进对您的个人信息的处理。", 0, "", ""},
		{"We do not sell data.", "We do sell data.", 3, "removed", `"not" deleted`},
		{"We will not share your personal information with advertisers.", "Advertisers may receive your personal information where our partners' agreements say so.", 0, "", ""},
	} {
		lang := doc.DetectLang(tc.a)
		ops, _ := textdiff.Diff(tc.a, tc.b, lang, 0)
		flips := flippedProcessing(ops)
		if tc.cat == 0 {
			if len(flips) > 0 {
				t.Errorf("%q → %q: flagged %+v", tc.a, tc.b, flips)
			}
			continue
		}
		want := 1
		if strings.Contains(tc.a, "未经您的同意") {
			want = 2 // 未经您的同意 went too: the consent it asked for
		}
		if len(flips) != want {
			t.Errorf("%q → %q: %d flips %+v, want %d", tc.a, tc.b, len(flips), flips, want)
			continue
		}
		f := flips[len(flips)-1]
		if f.cat != tc.cat || !strings.HasPrefix(f.rule, "processing.") || !strings.HasSuffix(f.rule, "."+tc.rule) || !strings.HasPrefix(f.evidence, tc.word) {
			t.Errorf("%q → %q: %+v, want category %d, rule %s, evidence starting %s", tc.a, tc.b, f, tc.cat, tc.rule, tc.word)
		}
		// The sentences are quoted as printed, full-width punctuation kept.
		if strings.Count(tc.a, "。")+strings.Count(tc.a, ".") == 1 && (!strings.Contains(f.evidence, tc.a) || !strings.Contains(f.evidence, tc.b)) {
			t.Errorf("evidence %q does not quote both sentences as printed", f.evidence)
		}
	}
}

// TestFlipNeedsAKeptSentence: a 不 deleted between long runs of a sentence
// rewritten around it (GitHub's Chinese statement, 2022-09-12) is not a
// negation edited out: the sentence is another one.
func TestFlipNeedsAKeptSentence(t *testing.T) {
	ops := []change.Op{
		{Op: change.OpEqual, Text: "GitHub 收集哪些信息\n"},
		{Op: change.OpDelete, Text: "“用户个人信息”是指我们的任意用户的信息。\n用户个人"},
		{Op: change.OpInsert, Text: "我们收集的个人数据取决于您与我们互动的方式。 当您使用我们的服务时，我们会从不同来源以各种方式收集有关您的"},
		{Op: change.OpEqual, Text: "信息"},
		{Op: change.OpDelete, Text: "不"},
		{Op: change.OpInsert, Text: "，"},
		{Op: change.OpEqual, Text: "包括"},
		{Op: change.OpDelete, Text: "无法识别用户的身份或无法以其他方式与他们产生合理关联的聚合的非个人身份信息"},
		{Op: change.OpInsert, Text: "您直接提供的信息、自动收集的信息、第三方数据源"},
		{Op: change.OpEqual, Text: "。"},
	}
	if flips := flippedProcessing(ops); len(flips) > 0 {
		t.Errorf("flagged a rewritten sentence: %+v", flips)
	}
	// The same 不, in a sentence whose other edits are short, is one.
	ops = []change.Op{
		{Op: change.OpDelete, Text: "未经您的同意，"},
		{Op: change.OpEqual, Text: "我们"},
		{Op: change.OpDelete, Text: "不"},
		{Op: change.OpEqual, Text: "会与第三方共享您的个人信息。"},
	}
	if flips := flippedProcessing(ops); len(flips) != 2 || flips[0].rule != "processing.consent.removed" || flips[1].rule != "processing.negation.removed" ||
		!strings.Contains(flips[1].evidence, "未经您的同意") {
		t.Errorf("flips %+v, want the consent and the negation removed, the evidence quoting the whole sentence", flips)
	}
}
