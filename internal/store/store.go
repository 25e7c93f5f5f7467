// Package store keeps every version of every policy: the original bytes
// untouched, their sha256, the parsed clause tree and the metadata, one
// directory per version:
//
//	<root>/<policy>/<lang>/<date>/original.<ext>
//	<root>/<policy>/<lang>/<date>/meta.json
//	<root>/<policy>/<lang>/<date>/clauses.json
//
// A version is written into a temporary directory and renamed into place, so
// an interrupted ingest never leaves half a version. The corpus bundled with
// the binary is a read-only store over an embedded file system.
package store

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"

	"github.com/policydiff/policydiff/documents"
	"github.com/policydiff/policydiff/internal/doc"
)

// Undated is the version date of a document that gives no date and was
// ingested without --effective.
const Undated = "undated"

// Store is a version store rooted at a directory (writable) or an embedded
// file system (read-only).
type Store struct {
	fsys fs.FS
	dir  string // "" when read-only
	name string // shown in messages: the directory, or "bundled corpus"
}

// Version is one stored version of a policy.
type Version struct {
	Ref     string   `json:"ref"` // "policy/lang/date"
	Policy  string   `json:"policy"`
	Lang    doc.Lang `json:"lang"`
	Date    string   `json:"date"`
	Meta    doc.Meta `json:"meta"`
	Clauses int      `json:"clauses"`
	// Original is the file name of the original bytes inside the version directory.
	Original string `json:"original"`
}

// Policy groups the versions of one policy, sorted by language then date.
type Policy struct {
	ID       string    `json:"id"`
	Title    string    `json:"title"`
	Versions []Version `json:"versions"`
}

// Open opens (and creates if needed) a writable store in dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store %s: %w", dir, err)
	}
	return &Store{fsys: os.DirFS(dir), dir: dir, name: dir}, nil
}

// Bundled returns the read-only corpus built into the binary.
func Bundled() *Store {
	return &Store{fsys: documents.FS, name: "bundled corpus"}
}

// Default opens dir when given; otherwise ./documents when it exists, else
// the bundled corpus (CONTRACT.md, --store).
func Default(dir string) (*Store, error) {
	if dir != "" {
		return Open(dir)
	}
	if st, err := os.Stat("documents"); err == nil && st.IsDir() {
		return Open("documents")
	}
	return Bundled(), nil
}

// ReadOnly reports whether versions can be added.
func (s *Store) ReadOnly() bool { return s.dir == "" }

// Dir is the store's directory, "" for the bundled corpus.
func (s *Store) Dir() string { return s.dir }

// Name is how messages refer to the store.
func (s *Store) Name() string { return s.name }

// ValidPolicy reports whether id can name a policy directory: a lower-case
// letter or digit, then up to 79 of those or '.', '_', '-', and no "..", so
// it cannot escape the store. Checked by hand: the equivalent regexp took a
// quarter of a millisecond to compile at every process start.
func ValidPolicy(id string) bool {
	if len(id) == 0 || len(id) > 80 || strings.Contains(id, "..") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		lowerOrDigit := 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		if !lowerOrDigit && (i == 0 || c != '.' && c != '_' && c != '-') {
			return false
		}
	}
	return true
}

// validVersionDate reports whether a version can be filed under date:
// YYYY-MM-DD, or Undated.
func validVersionDate(date string) bool { return date == Undated || ValidDate(date) }

// ValidLang reports whether the store files versions in lang: en or zh.
func ValidLang(lang doc.Lang) bool { return lang == doc.English || lang == doc.Chinese }

// ValidDate reports whether s has the form YYYY-MM-DD (digits only; the
// calendar is not checked, as before).
func ValidDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	return true
}

// Versions lists every stored version.
func (s *Store) Versions() ([]Version, error) { return s.versionsIn("*", "*", "*") }

// versionsIn is Versions of the directories policy/lang/date, "*" standing
// for any: a reference reads the versions it may name and no other, so a
// damaged meta.json of another policy does not stop it.
func (s *Store) versionsIn(policy, lang, date string) ([]Version, error) {
	metas, err := fs.Glob(s.fsys, path.Join(policy, lang, date, "meta.json"))
	if err != nil {
		return nil, err
	}
	var out []Version
	for _, m := range metas {
		v, err := s.readMeta(path.Dir(m))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Policy != b.Policy {
			return a.Policy < b.Policy
		}
		if a.Lang != b.Lang {
			return a.Lang < b.Lang
		}
		return dateKey(a.Date) < dateKey(b.Date)
	})
	return out, nil
}

// dateKey sorts undated versions before dated ones.
func dateKey(d string) string {
	if d == Undated {
		return "0000"
	}
	return d
}

// Policies groups Versions by policy.
func (s *Store) Policies() ([]Policy, error) {
	vs, err := s.Versions()
	if err != nil {
		return nil, err
	}
	var out []Policy
	for _, v := range vs {
		if len(out) == 0 || out[len(out)-1].ID != v.Policy {
			out = append(out, Policy{ID: v.Policy})
		}
		p := &out[len(out)-1]
		p.Versions = append(p.Versions, v)
		if p.Title == "" || v.Lang == doc.English {
			p.Title = v.Meta.Title
		}
	}
	return out, nil
}

func (s *Store) readMeta(vdir string) (Version, error) {
	b, err := fs.ReadFile(s.fsys, path.Join(vdir, "meta.json"))
	if err != nil {
		return Version{}, fmt.Errorf("read %s: %w", vdir, err)
	}
	var v Version
	if err := json.Unmarshal(b, &v); err != nil {
		return Version{}, fmt.Errorf("%s/meta.json is corrupt: %w", vdir, err)
	}
	return v, nil
}

// Ref is a version reference: a policy, and if given a language (en or
// zh) and a date (YYYY-MM-DD or Undated).
type Ref struct {
	Policy string
	Lang   doc.Lang
	Date   string
}

// ParseRef reads "policy", "policy/lang" or "policy/lang/date".
func ParseRef(s string) (Ref, bool) {
	parts := strings.Split(strings.Trim(s, "/"), "/")
	if len(parts) > 3 || !ValidPolicy(parts[0]) {
		return Ref{}, false
	}
	r := Ref{Policy: parts[0]}
	if len(parts) > 1 {
		if !ValidLang(doc.Lang(parts[1])) {
			return Ref{}, false
		}
		r.Lang = doc.Lang(parts[1])
	}
	if len(parts) > 2 {
		if !validVersionDate(parts[2]) {
			return Ref{}, false
		}
		r.Date = parts[2]
	}
	return r, true
}

// Resolve turns a reference into a stored version. "policy/lang/date" names
// one version; "policy/lang" the newest in that language; "policy" the newest
// English version, else the newest of any language.
func (s *Store) Resolve(ref string) (Version, error) {
	r, ok := ParseRef(ref)
	if !ok {
		return Version{}, fmt.Errorf("%q is not a version reference (want policy/lang/date)", ref)
	}
	// ParseRef let through only letters, digits, ".", "_" and "-": no
	// pattern characters.
	lang, date := string(r.Lang), r.Date
	if lang == "" {
		lang = "*"
	}
	if date == "" {
		date = "*"
	}
	vs, err := s.versionsIn(r.Policy, lang, date)
	if err != nil {
		return Version{}, err
	}
	var match []Version
	for _, v := range vs {
		if v.Policy == r.Policy && (r.Lang == "" || v.Lang == r.Lang) && (r.Date == "" || v.Date == r.Date) {
			match = append(match, v)
		}
	}
	if len(match) == 0 {
		return Version{}, fmt.Errorf("no stored version %q in %s (see 'policydiff list')", ref, s.name)
	}
	if r.Lang == "" {
		var en []Version
		for _, v := range match {
			if v.Lang == doc.English {
				en = append(en, v)
			}
		}
		if len(en) > 0 {
			match = en
		}
	}
	return match[len(match)-1], nil
}

// Original returns the original bytes of a version.
func (s *Store) Original(v Version) ([]byte, error) {
	return fs.ReadFile(s.fsys, path.Join(v.Ref, v.Original))
}

// Fingerprint changes whenever a version is added, replaced or removed; the
// search index records it to know when it is stale.
func (s *Store) Fingerprint() (string, error) {
	vs, err := s.Versions()
	if err != nil {
		return "", err
	}
	return FingerprintOf(vs), nil
}

// FingerprintOf is the fingerprint of a store holding exactly vs.
func FingerprintOf(vs []Version) string {
	h := sha256.New()
	for _, v := range vs {
		fmt.Fprintf(h, "%s %s\n", v.Ref, v.Meta.SHA256)
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// ErrReadOnly is returned when writing to the bundled corpus.
var ErrReadOnly = errors.New("the bundled corpus is read-only; pass --store DIR or run from a directory with documents/")
