package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// These tests pin the JSON interface of CONTRACT.md that scripts rely on.
// They run against the corpus built into the binary (the test's working
// directory has no documents/).

func TestLanguageDiffJSON(t *testing.T) {
	code, out, errOut := run(t, "diff", "jdcloud-privacy/en", "jdcloud-privacy/zh", "--format", "json")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Schema string
		Mode   string
		A, B   struct{ Lang, Effective string }
		Pairs  []struct {
			A, B  struct{ Clause string }
			Score float64
		}
		Findings []struct {
			Kind               string
			A, B               *struct{ Clause string }
			Detail             string
			Material           bool
			Categories         []int
			MaybeVersionChange bool `json:"maybe_version_change"`
		}
		MaterialClause struct {
			Side, Clause string
			Items        []string
		} `json:"material_clause"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Schema != "policydiff/diff/v1" || r.Mode != "language" || r.A.Lang != "en" || r.B.Lang != "zh" {
		t.Fatalf("header = %+v", r)
	}
	if len(r.MaterialClause.Items) != 6 || r.MaterialClause.Clause != "9.2" {
		t.Errorf("material clause = %+v", r.MaterialClause)
	}
	paired := map[string]string{}
	for _, p := range r.Pairs {
		if p.Score < 0 || p.Score > 1 {
			t.Errorf("score %v out of range", p.Score)
		}
		paired[p.A.Clause] = p.B.Clause
	}
	for _, id := range []string{"9.2(1)", "9.2(6)", "10.2", "5.1.1(8)"} {
		if paired[id] != id {
			t.Errorf("%s paired with %q", id, paired[id])
		}
	}
	var hotline bool
	for _, f := range r.Findings {
		if f.Kind == "phone-mismatch" && strings.Contains(f.Detail, "400-615-1212") && strings.Contains(f.Detail, "400-098-8505") {
			hotline = true
			if !f.Material || len(f.Categories) != 1 || f.Categories[0] != 5 || !f.MaybeVersionChange {
				t.Errorf("hotline finding = %+v", f)
			}
		}
	}
	if !hotline {
		t.Errorf("the hotline mismatch was not found: %+v", r.Findings)
	}
	// The translations disagree on a contact: the CI gate fails.
	if code, out, _ := run(t, "check", "jdcloud-privacy/en", "jdcloud-privacy/zh"); code != 1 || !strings.Contains(out, "MATERIAL DISAGREEMENT") {
		t.Errorf("check en zh: exit %d\n%s", code, out)
	}
}

func TestHistoryJSON(t *testing.T) {
	code, out, errOut := run(t, "history", "jdcloud-privacy", "9.2", "--lang", "zh", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Schema   string
		Versions []struct {
			Ref    string
			Clause struct{ Clause, Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if r.Schema != HistorySchema || len(r.Versions) != 1 || r.Versions[0].Clause.Clause != "9.2" || !strings.Contains(r.Versions[0].Clause.Text, "重大变更") {
		t.Errorf("history = %+v", r)
	}
	if code, _, errOut := run(t, "history", "jdcloud-privacy", "99.9"); code != 2 || !strings.HasPrefix(errOut, "policydiff: ") {
		t.Errorf("missing clause: exit %d %q", code, errOut)
	}
}

func TestHistoryFollowsRenumberedClause(t *testing.T) {
	tmp := t.TempDir()
	storeDir := filepath.Join(tmp, "documents")
	src := seed(t, "jdcloud-privacy/en/2020-07-28")
	v1 := copyAs(t, src, tmp, "p.v1.md")
	b, _ := os.ReadFile(src)
	text := string(b)
	// A new 10.2 pushes the old 10.2 (the specialists' email) to 10.3.
	text = strings.Replace(text, "10.3 In general", "10.4 In general", 1)
	text = strings.Replace(text, "10.2 We have set up", "10.2 You may also write to our legal department.\n\n10.3 We have set up", 1)
	v2 := filepath.Join(tmp, "p.v2.md")
	os.WriteFile(v2, []byte(text), 0o644)
	for _, c := range [][]string{{v1, "2020-07-28"}, {v2, "2021-01-01"}} {
		if code, _, errOut := run(t, "--store", storeDir, "--index", filepath.Join(tmp, "index"), "ingest", c[0], "--policy", "p", "--effective", c[1]); code != 0 {
			t.Fatalf("ingest %s: %s", c[0], errOut)
		}
	}
	code, out, errOut := run(t, "--store", storeDir, "history", "p", "10.2", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var r struct {
		Versions []struct {
			Clause  struct{ Clause string }
			Changed bool
		}
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Versions) != 2 || r.Versions[1].Clause.Clause != "10.3" || r.Versions[1].Changed {
		t.Errorf("history = %+v, want 10.2 followed to an unchanged 10.3", r.Versions)
	}
}
