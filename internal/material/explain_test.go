package material

import (
	"testing"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// A notice to users says what a period bounds in their language, and a
// period that moved between clauses as the change of length it is.
func TestExplainPeriods(t *testing.T) {
	for _, tc := range []struct {
		rule, evidence string
		lang           doc.Lang
		want           string
		terms          []string
	}{
		{"rights.deadline.longer", "reply deadline 十五天 → 三十天", doc.Chinese, "答复期限由十五天改为三十天", []string{"十五天", "三十天"}},
		{"rights.notice-period.shorter", "notice period 三十日 → 七日", doc.Chinese, "提前通知的期限由三十日改为七日", []string{"三十日", "七日"}},
		{"rights.notice-period.shorter", "notice period thirty days → seven days", doc.English,
			"changes how long in advance we tell you from thirty days to seven days", []string{"thirty days", "seven days"}},
		{"rights.notice-period.shorter", "notice period thirty days removed, seven days in another clause", doc.English,
			"changes how long in advance we tell you from thirty days to seven days", []string{"thirty days"}},
		{"rights.notice-period.shorter", "notice period seven days added, thirty days gone from another clause", doc.Chinese,
			"提前通知的期限由thirty days改为seven days", []string{"seven days"}},
		{"purpose.retention.changed", "retention period 90 天 added", doc.Chinese, "规定个人信息保存期限为90 天", []string{"90 天"}},
		{"rights.deadline.changed", "reply deadline 15 days removed", doc.English, "no longer promises the time we take to reply of 15 days", []string{"15 days"}},
	} {
		r := change.Reason{Category: 4, Rule: tc.rule, Evidence: tc.evidence}
		if got := Explain(r, tc.lang); got != tc.want {
			t.Errorf("Explain(%q) = %q, want %q", tc.evidence, got, tc.want)
		}
		if got := EvidenceTerms(r); len(got) != len(tc.terms) || got[0] != tc.terms[0] || got[len(got)-1] != tc.terms[len(tc.terms)-1] {
			t.Errorf("EvidenceTerms(%q) = %q, want %q", tc.evidence, got, tc.terms)
		}
	}
}

// A concept counted less or more often is not gone or new: the notice says
// how its mentions changed.
func TestExplainCounts(t *testing.T) {
	for _, tc := range []struct {
		rule, evidence string
		lang           doc.Lang
		want           string
	}{
		{"contact.channel.removed", `"Privacy Team": 3 → 1`, doc.English, "mentions “Privacy Team” less often (3 → 1)"},
		{"contact.channel.removed", `"Privacy Team": 1 → 0`, doc.English, "no longer mentions “Privacy Team”"},
		{"purpose.advertising.added", `"Marketing": 1 → 2`, doc.English, "mentions “Marketing” more often (1 → 2)"},
		{"purpose.advertising.added", `"营销": 0 → 1`, doc.Chinese, "新增“营销”"},
		{"purpose.advertising.removed", `"营销": 2 → 1`, doc.Chinese, "减少提及“营销”（2 → 1）"},
	} {
		if got := Explain(change.Reason{Category: 1, Rule: tc.rule, Evidence: tc.evidence}, tc.lang); got != tc.want {
			t.Errorf("Explain(%s, %s) = %q, want %q", tc.rule, tc.evidence, got, tc.want)
		}
	}
}
