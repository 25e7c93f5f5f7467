package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func testDoc(policy string, lang doc.Lang, date, sha string) *doc.Document {
	return &doc.Document{
		Meta:    doc.Meta{Policy: policy, Lang: lang, Effective: date, SHA256: sha, Title: "T " + string(lang)},
		Clauses: []*doc.Clause{{ID: "1", Text: "隐私"}, {ID: "2", Text: "privacy"}},
	}
}

func TestPutAndResolve(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*doc.Document{
		testDoc("p", doc.English, "2020-01-01", "aaaaaaaaaaaaaaaa"),
		testDoc("p", doc.English, "2021-06-01", "bbbbbbbbbbbbbbbb"),
		testDoc("p", doc.Chinese, "2021-03-10", "cccccccccccccccc"),
	} {
		v, out, err := s.Put(d, []byte("bytes of "+d.Meta.Effective), ".md", []byte("{}"), false)
		if err != nil || out != Added {
			t.Fatalf("put %s: %v %v", d.Meta.Effective, out, err)
		}
		if v.Clauses != 2 {
			t.Errorf("clauses = %d", v.Clauses)
		}
	}
	cases := map[string]string{
		"p/en/2020-01-01": "p/en/2020-01-01",
		"p/en":            "p/en/2021-06-01",
		"p/zh":            "p/zh/2021-03-10",
		"p":               "p/en/2021-06-01",
	}
	for ref, want := range cases {
		v, err := s.Resolve(ref)
		if err != nil || v.Ref != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", ref, v.Ref, err, want)
		}
	}
	for _, bad := range []string{"q/en", "p/fr", "../etc/passwd", "p/en/2020-01-01/x"} {
		if _, err := s.Resolve(bad); err == nil {
			t.Errorf("Resolve(%q) succeeded", bad)
		}
	}
	v, _ := s.Resolve("p/en/2020-01-01")
	raw, err := s.Original(v)
	if err != nil || string(raw) != "bytes of 2020-01-01" {
		t.Errorf("original bytes = %q, %v", raw, err)
	}
	ps, _ := s.Policies()
	if len(ps) != 1 || len(ps[0].Versions) != 3 || ps[0].Title != "T en" {
		t.Errorf("policies = %+v", ps)
	}
}

// A damaged meta.json fails the commands that read the whole store (list),
// not a reference to another policy.
func TestResolveReadsOnlyWhatTheReferenceNames(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*doc.Document{testDoc("p", doc.English, "2020-01-01", "aaaaaaaaaaaaaaaa"), testDoc("q", doc.English, "2020-01-01", "bbbbbbbbbbbbbbbb")} {
		if _, _, err := s.Put(d, []byte("bytes"), ".md", []byte("{}"), false); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "q", "en", "2020-01-01", "meta.json"), []byte(`{"ref":`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{"p", "p/en", "p/en/2020-01-01"} {
		if v, err := s.Resolve(ref); err != nil || v.Ref != "p/en/2020-01-01" {
			t.Errorf("Resolve(%q) = %q, %v", ref, v.Ref, err)
		}
	}
	if _, err := s.Resolve("q/en"); err == nil || !strings.Contains(err.Error(), "q/en/2020-01-01/meta.json is corrupt") {
		t.Errorf("Resolve of the damaged version: %v", err)
	}
	if _, err := s.Versions(); err == nil {
		t.Error("Versions of a store with a damaged meta.json: want an error")
	}
}

func TestPutSameBytesIsNoOpAndDifferentIsRefused(t *testing.T) {
	s, _ := Open(t.TempDir())
	d := testDoc("p", doc.Chinese, "2021-03-10", "aaaaaaaaaaaaaaaa")
	if _, out, err := s.Put(d, []byte("one"), ".txt", nil, false); err != nil || out != Added {
		t.Fatal(out, err)
	}
	fp1, _ := s.Fingerprint()
	if _, out, err := s.Put(d, []byte("one"), ".txt", nil, false); err != nil || out != Unchanged {
		t.Fatalf("same bytes: %v %v", out, err)
	}
	d2 := testDoc("p", doc.Chinese, "2021-03-10", "bbbbbbbbbbbbbbbb")
	_, _, err := s.Put(d2, []byte("two"), ".txt", nil, false)
	if err == nil || !strings.Contains(err.Error(), "--replace") {
		t.Fatalf("different bytes without --replace: %v", err)
	}
	v, _ := s.Resolve("p/zh")
	if raw, _ := s.Original(v); string(raw) != "one" {
		t.Fatalf("refused put changed the stored bytes to %q", raw)
	}
	if _, out, err := s.Put(d2, []byte("two"), ".txt", nil, true); err != nil || out != Replaced {
		t.Fatalf("replace: %v %v", out, err)
	}
	v, _ = s.Resolve("p/zh")
	if raw, _ := s.Original(v); string(raw) != "two" {
		t.Fatalf("after replace bytes = %q", raw)
	}
	if fp2, _ := s.Fingerprint(); fp2 == fp1 {
		t.Error("fingerprint did not change on replace")
	}
	entries, _ := os.ReadDir(s.Dir())
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left temporary %s behind", e.Name())
		}
	}
}

func TestPutRejectsEscapingIDs(t *testing.T) {
	s, _ := Open(t.TempDir())
	for _, p := range []string{"../x", "a/b", "", ".hidden", "A B"} {
		d := testDoc(p, doc.English, "2020-01-01", "aaaaaaaaaaaaaaaa")
		if _, _, err := s.Put(d, []byte("x"), ".md", nil, false); err == nil {
			t.Errorf("policy %q accepted", p)
		}
	}
	d := testDoc("ok", doc.English, "../../x", "aaaaaaaaaaaaaaaa")
	if _, _, err := s.Put(d, []byte("x"), ".md", nil, false); err == nil {
		t.Error("date ../../x accepted")
	}
	if matches, _ := filepath.Glob(filepath.Join(filepath.Dir(s.Dir()), "x*")); len(matches) > 0 {
		t.Errorf("wrote outside the store: %v", matches)
	}
}

func TestUndatedAndBundledReadOnly(t *testing.T) {
	s, _ := Open(t.TempDir())
	d := testDoc("terms", doc.English, "", "aaaaaaaaaaaaaaaa")
	v, _, err := s.Put(d, []byte("x"), ".md", nil, false)
	if err != nil || v.Ref != "terms/en/undated" {
		t.Fatalf("undated: %v %v", v.Ref, err)
	}
	b := Bundled()
	if !b.ReadOnly() {
		t.Fatal("bundled store is writable")
	}
	if _, _, err := b.Put(d, []byte("x"), ".md", nil, false); err != ErrReadOnly {
		t.Fatalf("put into bundled: %v", err)
	}
}
