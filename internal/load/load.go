// Package load turns what a user names on the command line — a file in any
// supported format, or a stored version reference — into a parsed document.
package load

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/textio"
)

// Options override what is read from the document itself.
type Options struct {
	MaxSize   int64    // bytes; 0 means textio.DefaultMaxSize
	Policy    string   // policy id; "" derives it from the file name
	Lang      doc.Lang // "" detects it
	Effective string   // YYYY-MM-DD; "" reads it from the document
}

// File reads, decodes and parses a file. It returns the original bytes too,
// for the store to keep untouched.
func File(path string, o Options) (*doc.Document, []byte, error) {
	if err := o.check(); err != nil {
		return nil, nil, err
	}
	t, raw, err := textio.ReadFile(path, o.MaxSize)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	d, err := parsed(path, t, sha256.Sum256(raw), o)
	if err != nil {
		return nil, nil, err
	}
	return d, raw, nil
}

// text is File for a caller that keeps no original bytes, which lets
// textio hand over the text without a copy of them.
func text(path string, o Options) (*doc.Document, error) {
	if err := o.check(); err != nil {
		return nil, err
	}
	t, sum, err := textio.ReadText(path, o.MaxSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return parsed(path, t, sum, o)
}

func (o Options) check() error {
	if o.Effective != "" && !store.ValidDate(o.Effective) {
		return fmt.Errorf("--effective %q is not a date: use YYYY-MM-DD", o.Effective)
	}
	if o.Lang != "" && !store.ValidLang(o.Lang) {
		return fmt.Errorf("--lang %q is not supported: use en or zh", o.Lang)
	}
	return nil
}

// parsed parses the text of the file at path, whose bytes hash to sum.
func parsed(path string, t textio.Text, sum [sha256.Size]byte, o Options) (*doc.Document, error) {
	policy := o.Policy
	if policy == "" {
		policy = PolicyFromName(path)
	}
	d := parse.Parse(t.Text, parse.Hint{Lang: o.Lang, Policy: policy, Format: t.Format})
	if d.Count() == 0 {
		return nil, fmt.Errorf("%s: %w", path, textio.ErrNoText)
	}
	d.Meta.Source = path
	d.Meta.Policy = policy
	d.Meta.SHA256 = hex.EncodeToString(sum[:])
	d.Meta.Format = t.Format
	d.Meta.Encoding = t.Encoding
	if o.Effective != "" {
		d.Meta.Effective = o.Effective
	}
	return d, nil
}

// PolicyFromName derives a policy id from a file name: the part before the
// first dot ("jdcloud-privacy.en.2020-07-28.md" → "jdcloud-privacy").
func PolicyFromName(path string) string {
	base := filepath.Base(path)
	if i := strings.IndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return doc.Sanitize(base)
}

// Stored parses a stored version from its original bytes, with the metadata
// recorded when it was ingested (user overrides included).
func Stored(s *store.Store, v store.Version) (*doc.Document, error) {
	raw, err := s.Original(v)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", v.Ref, err)
	}
	t, err := textio.DecodeOwned(v.Original, raw) // raw is fs.ReadFile's, ours alone
	if err != nil {
		return nil, fmt.Errorf("%s: %w", v.Ref, err)
	}
	d := parse.Parse(t.Text, parse.Hint{Lang: v.Lang, Policy: v.Policy, Format: t.Format})
	d.Meta = v.Meta
	d.Meta.Source = v.Ref
	return d, nil
}

// Document resolves arg as a file when one exists at that path, otherwise
// as a stored version reference.
func Document(arg string, s *store.Store) (*doc.Document, error) {
	if st, err := os.Stat(arg); err == nil {
		if st.IsDir() {
			return nil, fmt.Errorf("%s is a directory; name a file or a stored version", arg)
		}
		return text(arg, Options{})
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if s == nil {
		return nil, fmt.Errorf("no such file: %s", arg)
	}
	v, err := s.Resolve(arg)
	if err != nil {
		if !maybeRef(arg) {
			return nil, fmt.Errorf("no such file: %s", arg)
		}
		return nil, err
	}
	return Stored(s, v)
}

// maybeRef reports whether arg could name a stored version
// (store.ParseRef). What cannot ("seeds/old.md", "/tmp/new.txt",
// "old.md") was meant as a file, and the user is told it is missing rather
// than that it is a bad reference.
func maybeRef(arg string) bool {
	if strings.HasPrefix(arg, "/") {
		return false // "/srv/en" is a path, whatever its parts look like
	}
	r, ok := store.ParseRef(arg)
	// A policy id may hold a dot, a bare file name almost always does.
	return ok && (r.Lang != "" || !strings.Contains(arg, "."))
}
