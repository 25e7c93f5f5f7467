package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/policydiff/policydiff/internal/doc"
)

// Outcome says what Put did.
type Outcome int

const (
	Added Outcome = iota
	Unchanged
	Replaced
)

func (o Outcome) String() string {
	return [...]string{"added", "unchanged (same bytes already stored)", "replaced"}[o]
}

// Put stores a parsed version with its original bytes. The same bytes under
// the same policy, language and date are a no-op; different bytes there are
// refused unless replace is set. clausesJSON is the parsed form to keep
// beside the original (the show/v1 document).
func (s *Store) Put(d *doc.Document, original []byte, ext string, clausesJSON []byte, replace bool) (Version, Outcome, error) {
	v, outcome, err := s.Check(d, ext, replace)
	if err != nil || outcome == Unchanged {
		return v, outcome, err
	}
	if err := s.Write(v, original, clausesJSON); err != nil {
		return Version{}, 0, err
	}
	return v, outcome, nil
}

// Write stores version v, as Check made it, with its original bytes and
// parsed form, replacing what is there.
func (s *Store) Write(v Version, original, clausesJSON []byte) error {
	meta, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	if err := s.writeVersion(filepath.Join(s.dir, filepath.FromSlash(v.Ref)), map[string][]byte{
		v.Original:     original,
		"meta.json":    append(meta, '\n'),
		"clauses.json": clausesJSON,
	}); err != nil {
		return fmt.Errorf("store %s: %w", v.Ref, err)
	}
	return nil
}

// Check is Put without writing: the version d would be stored as and what
// Put would do, or why it would refuse. ingest checks every file with it
// before it writes any.
func (s *Store) Check(d *doc.Document, ext string, replace bool) (Version, Outcome, error) {
	if s.ReadOnly() {
		return Version{}, 0, ErrReadOnly
	}
	m := d.Meta
	if !ValidPolicy(m.Policy) {
		return Version{}, 0, fmt.Errorf("policy id %q is not valid: use lower-case letters, digits, '-', '_' or '.'", m.Policy)
	}
	if !ValidLang(m.Lang) {
		return Version{}, 0, fmt.Errorf("language %q is not supported: use --lang en or --lang zh", m.Lang)
	}
	date := m.Effective
	if date == "" {
		date = m.Updated
	}
	if date == "" {
		date = Undated
	}
	if !validVersionDate(date) {
		return Version{}, 0, fmt.Errorf("date %q is not YYYY-MM-DD", date)
	}
	v := Version{
		Ref:      m.Policy + "/" + string(m.Lang) + "/" + date,
		Policy:   m.Policy,
		Lang:     m.Lang,
		Date:     date,
		Meta:     m,
		Clauses:  d.Count(),
		Original: "original" + ext,
	}
	outcome := Added
	if old, err := s.readMeta(v.Ref); err == nil {
		if old.Meta.SHA256 == m.SHA256 {
			return old, Unchanged, nil
		}
		if !replace {
			return Version{}, 0, fmt.Errorf("%s is already stored with different content (sha256 %s…); pass --replace to overwrite it", v.Ref, old.Meta.SHA256[:12])
		}
		outcome = Replaced
	}
	return v, outcome, nil
}

// writeVersion fills a temporary directory next to the store root and
// renames it into place, so readers see either no version or all of it.
func (s *Store) writeVersion(final string, files map[string][]byte) error {
	tmp, err := os.MkdirTemp(s.dir, ".ingest-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for name, data := range files {
		if err := writeSynced(filepath.Join(tmp, name), data); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(filepath.Dir(final), 0o755); err != nil {
		return err
	}
	var trash string
	if _, err := os.Stat(final); err == nil {
		trash = filepath.Join(s.dir, fmt.Sprintf(".replaced-%d", time.Now().UnixNano()))
		if err := os.Rename(final, trash); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, final); err != nil {
		if trash != "" {
			_ = os.Rename(trash, final) // put the old version back
		}
		return err
	}
	if trash != "" {
		return os.RemoveAll(trash)
	}
	return nil
}

func writeSynced(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := bytes.NewReader(data).WriteTo(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
