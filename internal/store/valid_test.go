package store

import (
	"regexp"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
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

// A reference names a policy and, if it goes on, a language the store
// holds and a date as versions are filed under.
func TestParseRef(t *testing.T) {
	for in, want := range map[string]*Ref{
		"jdcloud-privacy":                    {Policy: "jdcloud-privacy"},
		"jdcloud-privacy/zh":                 {Policy: "jdcloud-privacy", Lang: doc.Chinese},
		"jdcloud-privacy/en/2020-07-28":      {Policy: "jdcloud-privacy", Lang: doc.English, Date: "2020-07-28"},
		"jdcloud-privacy/en/undated":         {Policy: "jdcloud-privacy", Lang: doc.English, Date: Undated},
		"jdcloud-privacy/en/":                {Policy: "jdcloud-privacy", Lang: doc.English},
		"jd.com":                             {Policy: "jd.com"},
		"jdcloud-privacy/fr":                 nil,
		"jdcloud-privacy/en/2020-7-28":       nil,
		"jdcloud-privacy/en/2020-07-28/more": nil,
		"JDcloud":                            nil,
		"../etc/en":                          nil,
		"":                                   nil,
	} {
		got, ok := ParseRef(in)
		if want == nil {
			if ok {
				t.Errorf("ParseRef(%q) = %+v, want no reference", in, got)
			}
			continue
		}
		if !ok || got != *want {
			t.Errorf("ParseRef(%q) = %+v, %v; want %+v", in, got, ok, *want)
		}
	}
}
