package search

import "testing"

func TestRequireAll(t *testing.T) {
	cases := map[string]string{
		"facial information":         "+facial +information",
		"right of access":            "+right +access",
		"面部信息":                       "面部信息",
		"privacy":                    "privacy",
		`"facial information"`:       `"facial information"`,
		"+facial information":        "+facial information",
		"facial -information":        "facial -information",
		"text:cookies heading:share": "text:cookies heading:share",
		"of the":                     "of the",
		"third-party sdk":            "+third-party +sdk",
		"个人 信息":                      "+个人 +信息",
	}
	for in, want := range cases {
		if got := requireAll(in); got != want {
			t.Errorf("requireAll(%q) = %q, want %q", in, got, want)
		}
	}
}
