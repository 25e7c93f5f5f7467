package engine

import (
	"slices"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// A negation planted in the Chinese seed is judged by the sentence the
// translation check found it in, handed over with the finding: the rules
// do not read it back out of the finding's wording.
func TestPlantedNegationsAreJudgedBySentence(t *testing.T) {
	en := parse.Parse(sharedtest.Read(t, "seeds/jdcloud-privacy.en.2020-07-28.md"), parse.Hint{})
	zhText := sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt")
	for _, tc := range []struct {
		old, new, clause, rule string
		cat                    int
	}{
		{"我们不会与京东云以外的任何公司", "我们会与京东云以外的任何公司", "5.1.1", "processing.negation.mismatch", 3},
		{"7.1. 您可以登录京东云网站", "7.1. 您不能登录京东云网站", "7.1", "rights.negation.mismatch", 4},
	} {
		if !strings.Contains(zhText, tc.old) {
			t.Fatalf("the seed no longer holds %q", tc.old)
		}
		zh := parse.Parse(strings.Replace(zhText, tc.old, tc.new, 1), parse.Hint{})
		r := Compare(en, zh)
		var found *change.Finding
		for i, f := range r.Findings {
			if f.Kind == "negation-mismatch" && f.B != nil && f.B.ID == tc.clause {
				found = &r.Findings[i]
			}
		}
		if found == nil {
			t.Errorf("%s: no negation-mismatch in clause %s", tc.new, tc.clause)
			continue
		}
		if found.Word == "" || found.Sentence == "" || !strings.Contains(found.Sentence, found.Word) {
			t.Errorf("%s: the finding carries word %q and sentence %q", tc.new, found.Word, found.Sentence)
		}
		rules := make([]string, len(found.Reasons))
		for i, rs := range found.Reasons {
			rules[i] = rs.Rule
		}
		if !found.Material || !slices.Contains(found.Categories, tc.cat) || !slices.Contains(rules, tc.rule) {
			t.Errorf("%s: material %v, categories %v, rules %v; want %s (category %d)", tc.new, found.Material, found.Categories, rules, tc.rule, tc.cat)
		}
	}
}
