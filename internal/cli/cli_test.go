package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
)

// seedsDir is the repository's bundled corpus, where the seeds are stored.
func seed(t *testing.T, ref string) string {
	t.Helper()
	root := filepath.Join("..", "..", "documents", filepath.FromSlash(ref))
	m, _ := filepath.Glob(filepath.Join(root, "original.*"))
	if len(m) != 1 {
		t.Fatalf("bundled corpus lacks %s", ref)
	}
	return m[0]
}

func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	ios, out, errOut := cmdutil.Test()
	code := Run(args, ios)
	return code, out.String(), errOut.String()
}

// copyAs copies a stored original to dir under a name that gives the policy id.
func copyAs(t *testing.T, src, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Two files that would be stored as one version, or one the store holds
// with other bytes, stop ingest before it writes anything (CONTRACT.md:
// bad input exits 2 with nothing written).
func TestIngestWritesNothingOnConflict(t *testing.T) {
	tmp := t.TempDir()
	storeDir := filepath.Join(tmp, "documents")
	idx := filepath.Join(tmp, "index")
	en := copyAs(t, seed(t, "jdcloud-privacy/en/2020-07-28"), tmp, "jdcloud-privacy.en.md")
	raw, err := os.ReadFile(en)
	if err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(tmp, "other.md")
	if err := os.WriteFile(other, append(raw, []byte("\n11. One more clause.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	zh := copyAs(t, seed(t, "jdcloud-privacy/zh/2021-03-10"), tmp, "jdcloud-privacy.zh.txt")
	stored := func() []string {
		metas, _ := filepath.Glob(filepath.Join(storeDir, "*", "*", "*", "meta.json"))
		return metas
	}
	code, _, errOut := run(t, "--store", storeDir, "--index", idx, "ingest", "--policy", "p", zh, en, other)
	if code != 2 || !strings.Contains(errOut, "would both be stored as p/en/2020-07-28") || !strings.Contains(errOut, "nothing was stored") {
		t.Errorf("ingest of two files for one version: %d %s", code, errOut)
	}
	if got := stored(); len(got) != 0 {
		t.Errorf("stored %v", got)
	}
	if code, _, errOut = run(t, "--store", storeDir, "--index", idx, "ingest", "--policy", "p", en); code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	code, _, errOut = run(t, "--store", storeDir, "--index", idx, "ingest", "--policy", "p", zh, other)
	if code != 2 || !strings.Contains(errOut, "already stored with different content") {
		t.Errorf("ingest over a stored version: %d %s", code, errOut)
	}
	if got := stored(); len(got) != 1 {
		t.Errorf("stored %v, want only the first version", got)
	}
}

func TestIngestListShow(t *testing.T) {
	tmp := t.TempDir()
	storeDir := filepath.Join(tmp, "documents")
	idx := filepath.Join(tmp, "index")
	en := copyAs(t, seed(t, "jdcloud-privacy/en/2020-07-28"), tmp, "jdcloud-privacy.en.md")
	zh := copyAs(t, seed(t, "jdcloud-privacy/zh/2021-03-10"), tmp, "jdcloud-privacy.zh.txt")

	code, out, errOut := run(t, "--store", storeDir, "--index", idx, "ingest", en, zh)
	if code != 0 {
		t.Fatalf("ingest: %d %s", code, errOut)
	}
	if !strings.Contains(out, "jdcloud-privacy/en/2020-07-28: added") || !strings.Contains(out, "jdcloud-privacy/zh/2021-03-10: added") {
		t.Errorf("ingest output:\n%s", out)
	}
	// The same bytes again: a no-op that says so.
	code, out, _ = run(t, "--store", storeDir, "--index", idx, "ingest", en)
	if code != 0 || !strings.Contains(out, "unchanged") {
		t.Errorf("re-ingest: %d %s", code, out)
	}

	code, out, _ = run(t, "--store", storeDir, "list", "--format", "json")
	if code != 0 {
		t.Fatal("list failed")
	}
	var list struct {
		Schema   string
		Policies []struct {
			ID       string
			Versions []struct{ Ref string }
		}
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || list.Schema != ListSchema {
		t.Fatalf("list json: %v\n%s", err, out)
	}
	if len(list.Policies) != 1 || len(list.Policies[0].Versions) != 2 {
		t.Errorf("list = %+v", list)
	}

	code, out, _ = run(t, "--store", storeDir, "show", "jdcloud-privacy/zh", "--clause", "9.2", "--format", "json")
	if code != 0 {
		t.Fatalf("show: %d", code)
	}
	var show struct {
		Schema   string
		Document struct{ Lang, Effective string }
		Clauses  []struct {
			Clause   string
			Children []struct{ Clause, Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &show); err != nil {
		t.Fatal(err)
	}
	if show.Schema != "policydiff/show/v1" || show.Document.Lang != "zh" || show.Document.Effective != "2021-03-10" {
		t.Errorf("show meta = %+v", show)
	}
	if len(show.Clauses) != 1 || len(show.Clauses[0].Children) != 6 || show.Clauses[0].Children[5].Clause != "9.2(6)" {
		t.Errorf("show 9.2 = %+v", show.Clauses)
	}
}

func TestBadInputIsOneLineAndWritesNothing(t *testing.T) {
	tmp := t.TempDir()
	storeDir := filepath.Join(tmp, "documents")
	good := copyAs(t, seed(t, "jd-privacy/en/2020-10-20"), tmp, "jd-privacy.txt")
	empty := filepath.Join(tmp, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	binary := filepath.Join(tmp, "blob.txt")
	os.WriteFile(binary, []byte("\x00\x01\x02\x03binary\x00\x00\xff\xfe\x00"), 0o644)
	unknown := filepath.Join(tmp, "image.png")
	os.WriteFile(unknown, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644)
	big := filepath.Join(tmp, "big.txt")
	os.WriteFile(big, []byte(strings.Repeat("1.1 We collect your name.\n", 50000)), 0o644)
	noText := filepath.Join(tmp, "punct.md")
	os.WriteFile(noText, []byte("----\n****\n||||\n"), 0o644)

	cases := [][]string{
		{"ingest", good, empty},
		{"ingest", good, binary},
		{"ingest", good, unknown},
		{"ingest", good, noText},
		{"ingest", good, filepath.Join(tmp, "missing.md")},
		{"ingest", good, big, "--max-size", "1"},
		{"ingest", good, "--max-size", "0"},
		{"ingest", good, "--lang", "fr"},
		{"ingest", good, "--effective", "yesterday"},
		{"ingest", good, "--policy", "../escape"},
	}
	for _, c := range cases {
		code, out, errOut := run(t, append([]string{"--store", storeDir, "--index", filepath.Join(tmp, "index")}, c...)...)
		if code != 2 || !strings.HasPrefix(errOut, "policydiff: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q, stdout %q", c[2:], code, errOut, out)
		}
		if entries, _ := os.ReadDir(storeDir); len(entries) > 0 {
			t.Fatalf("%v: wrote %d entries into the store", c[2:], len(entries))
		}
	}
}

func TestDiffAndCheckExitStatus(t *testing.T) {
	tmp := t.TempDir()
	a := seed(t, "jdcloud-privacy/en/2020-07-28")
	b, _ := os.ReadFile(a)
	same := filepath.Join(tmp, "same.md")
	os.WriteFile(same, b, 0o644)
	changed := filepath.Join(tmp, "changed.md")
	os.WriteFile(changed, []byte(strings.Replace(string(b), "[privacy@jd.com](mailto:privacy@jd.com)", "[dpo@jdcloud.com](mailto:dpo@jdcloud.com)", 1)), 0o644)

	if code, out, errOut := run(t, "diff", a, same); code != 0 {
		t.Errorf("diff of identical files: exit %d\n%s%s", code, out, errOut)
	}
	code, out, _ := run(t, "diff", a, changed, "--format", "json")
	if code != 1 {
		t.Fatalf("diff with a change: exit %d", code)
	}
	var r struct {
		Schema  string
		Mode    string
		Changes []struct {
			Kind       string
			Material   bool
			Categories []int
			B          struct{ Clause string }
		}
		NoticeRequired bool `json:"notice_required"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Schema != "policydiff/diff/v1" || r.Mode != "version" || len(r.Changes) != 1 || r.Changes[0].B.Clause != "10.2" {
		t.Fatalf("diff json: %+v", r)
	}
	if !r.Changes[0].Material || !r.NoticeRequired {
		t.Errorf("email change not material: %+v", r.Changes[0])
	}
	if code, out, _ := run(t, "check", a, changed); code != 1 || !strings.Contains(out, "dpo@jdcloud.com") {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "check", a, same); code != 0 {
		t.Errorf("check of identical files: exit %d", code)
	}
	if code, _, errOut := run(t, "check", a, filepath.Join(tmp, "nope.md")); code != 2 || !strings.HasPrefix(errOut, "policydiff: ") {
		t.Errorf("check of a missing file: exit %d %q", code, errOut)
	}
}

// A missing file is called missing, whatever its path looks like; what can
// only be a version reference gets the store's answer.
func TestMissingFileOrVersionSaysWhich(t *testing.T) {
	a := seed(t, "jdcloud-privacy/en/2020-07-28")
	tmp := t.TempDir()
	for arg, want := range map[string]string{
		filepath.Join(tmp, "nope.md"):   "no such file: " + filepath.Join(tmp, "nope.md"),
		"seeds/nonexist.md":             "no such file: seeds/nonexist.md",
		"./old.txt":                     "no such file: ./old.txt",
		"old.md":                        "no such file: old.md",
		"docs/privacy":                  "no such file: docs/privacy",
		"a/b/c/d":                       "no such file: a/b/c/d",
		"/srv/en":                       "no such file: /srv/en",
		"jdcloud-privacy/en/yesterday":  "no such file: jdcloud-privacy/en/yesterday",
		"jdcloud-privacy/en/2099-01-01": `no stored version "jdcloud-privacy/en/2099-01-01"`,
		"nopolicy/zh":                   `no stored version "nopolicy/zh"`,
		"nopolicy":                      `no stored version "nopolicy"`,
	} {
		code, _, errOut := run(t, "diff", a, arg)
		if code != 2 || !strings.HasPrefix(errOut, "policydiff: "+want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("diff %s: exit %d, stderr %q; want %q", arg, code, errOut, want)
		}
	}
}
