package cli

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// The show output of the material-change section in both languages, as a
// reviewer reads it and as a script parses it. Review a changed golden file
// against the seed before committing it.
func TestShowGolden(t *testing.T) {
	cases := map[string][]string{
		"zh-9.txt":         {"show", "jdcloud-privacy/zh", "--clause", "9"},
		"en-9.txt":         {"show", "jdcloud-privacy/en", "--clause", "9"},
		"jd-7.2.json":      {"show", "jd-privacy/en", "--clause", "7.2", "--format", "json"},
		"terms-9.2.json":   {"show", "jdcloud-cps-terms/en", "--clause", "9.2", "--format", "json"},
		"zh-5.1.4.txt":     {"show", "jdcloud-privacy/zh", "--clause", "5.1.4"},
		"zh-5.1.4-en.json": {"show", "jdcloud-privacy/en", "--clause", "5.1.4", "--format", "json"},
	}
	for name, args := range cases {
		code, out, errOut := run(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d %s", args, code, errOut)
		}
		path := filepath.Join("testdata", "show", name)
		if *update {
			os.MkdirAll(filepath.Dir(path), 0o755)
			if err := os.WriteFile(path, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%s: %v (run 'make golden')", path, err)
		}
		if string(want) != out {
			t.Errorf("%v differs from %s:\n%s", args, path, out)
		}
	}
}
