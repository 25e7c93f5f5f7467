package store

import (
	"regexp"
	"strings"
	"testing"
)

// The hand-written checks must accept exactly what the patterns they
// replaced accepted.
func TestValidPolicyAndDateMatchTheirPatterns(t *testing.T) {
	policyRe := regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,79}$`)
	dateRe := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	cases := []string{"", "a", "jdcloud-privacy", "github-zh", "a.b_c-d", "-a", ".a", "_a", "A", "aB",
		"a..b", "a/b", "../x", "隐私", "a b", strings.Repeat("a", 80), strings.Repeat("a", 81),
		"2020-07-28", "2020-7-28", "2020-07-28 ", "２０２０-07-28", "2020/07/28", "20200-07-28", "2020-07-2a", "undated"}
	for _, c := range cases {
		if got, want := ValidPolicy(c), policyRe.MatchString(c) && !strings.Contains(c, ".."); got != want {
			t.Errorf("ValidPolicy(%q) = %v, want %v", c, got, want)
		}
		if got, want := ValidDate(c), dateRe.MatchString(c); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", c, got, want)
		}
	}
}
