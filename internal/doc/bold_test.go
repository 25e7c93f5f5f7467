package doc

import "testing"

// The closing run of #s of an ATX heading closes it only after a space or
// tab (CommonMark 4.2): a heading may end in a # of its own.
func TestATXBody(t *testing.T) {
	for in, want := range map[string]string{
		" Summary":           "Summary",
		" Summary ##":        "Summary",
		" Summary\t#":        "Summary",
		" Summary ##   ":     "Summary",
		" Learn C#":          "Learn C#",
		" Learn C# ##":       "Learn C#",
		" 用户协议#":             "用户协议#",
		" #":                 "",
		" ###":               "",
		" foo \\###":         "foo \\###",
		"  5. Keeping data ": "5. Keeping data",
	} {
		if got := ATXBody(in); got != want {
			t.Errorf("ATXBody(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestATXLevel(t *testing.T) {
	for in, want := range map[string]int{
		"# Title": 1, "###### Six": 6, "####### Seven": 0, "#Title": 0, "##": 2, "": 0,
		"Title": 0, "## C#": 2, "#\tTitle": 0,
	} {
		if got := ATXLevel(in); got != want {
			t.Errorf("ATXLevel(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestPermalinkText(t *testing.T) {
	for _, tc := range []struct{ text, target, want string }{
		{"Summary #", "#summary", "Summary"},
		{"Summary ¶", "#summary", "Summary"},
		{"Learn C#", "#learn-c", "Learn C#"},
		{"Summary #", "https://example.com/#a", "Summary #"},
		{"#", "#top", "#"},
	} {
		if got := PermalinkText(tc.text, tc.target); got != tc.want {
			t.Errorf("PermalinkText(%q, %q) = %q, want %q", tc.text, tc.target, got, tc.want)
		}
	}
}
