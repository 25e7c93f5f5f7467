package material

import (
	"regexp"
	"strings"
	"testing"
)

// TestEntityPrefilters checks on every line of the seeds, English and
// Chinese, that a line the company and phone patterns match passes the
// test that lets them run: a prefilter may only skip lines that cannot
// match.
func TestEntityPrefilters(t *testing.T) {
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		for _, tc := range []struct {
			re *regexp.Regexp
			ok func(string) bool
		}{
			{enCompanyRe, func(s string) bool { return containsAny(s, legalForm) }},
			{phoneRe, func(s string) bool { return hasDigitRun(s, 3) }},
		} {
			hits := 0
			for _, line := range strings.Split(text, "\n") {
				if tc.re.MatchString(line) {
					hits++
					if !tc.ok(line) {
						t.Errorf("%s: %q matches %s but fails its prefilter", key, line, tc.re)
					}
				}
			}
			t.Logf("%s: %d lines match %.20s…", key, hits, tc.re)
		}
	}
}
