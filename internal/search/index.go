//go:build !nosearch

package search

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bolterrors "go.etcd.io/bbolt/errors"
)

// BuiltIn tells whether this binary has the index (the lean build,
// -tags nosearch, does not).
const BuiltIn = true

const (
	bleveName = "bleve"
	// lockWait bounds how long an open waits for bolt's file lock, so a
	// second writer errs within a second instead of hanging.
	lockWait = "500ms"
	// batchDocs bounds a Bleve batch: bigger batches index faster but hold
	// every document of the batch in memory.
	batchDocs = 4000
)

// Internal keys stored in the index beside the documents.
var (
	keySchema      = []byte("policydiff:schema")
	keyFingerprint = []byte("policydiff:fingerprint")
	keyVersions    = []byte("policydiff:versions")
)

// versionInfo is what the index remembers of each version it holds.
type versionInfo struct {
	Policy  string `json:"policy"`
	Lang    string `json:"lang"`
	Date    string `json:"date"`
	Clauses int    `json:"clauses"`
}

// Index is an open clause index.
type Index struct {
	dir string
	mu  sync.RWMutex
	bi  bleve.Index
	// readOnly indexes hold bolt's shared lock; an Index from Ensure or
	// Rebuild reopens itself for writing on its first Add (upgradable).
	readOnly, upgradable bool
	lock                 *writerLock
	// clone is the copy a writer writes; Close swaps it in.
	clone       string
	versions    map[string]versionInfo
	fingerprint string
}

// OpenReadOnly opens the index in dir for searching. Any number of readers
// share it, also while a writer prepares the next version of it.
func OpenReadOnly(dir string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(dir, bleveName)); err != nil {
		return nil, fmt.Errorf("no search index in %s (ingest a document or search once to build it): %w", dir, fs.ErrNotExist)
	}
	return openDir(dir, true, false)
}

// Ensure opens the index in dir, first (re)building it from load when it is
// missing, was built for another fingerprint or mapping, or is corrupt (the
// corrupt one is moved to DIR/corrupt-<time> for inspection). The returned
// Index searches read-only, so it coexists with other readers; its first Add
// takes the writer lock and writes a copy that Close puts in place.
func Ensure(dir, fingerprint string, load func() ([]Version, error)) (*Index, error) {
	if _, err := os.Stat(filepath.Join(dir, bleveName)); err == nil {
		ix, err := openDir(dir, true, true)
		if err == nil && ix.fingerprint == fingerprint {
			return ix, nil
		}
		if errors.Is(err, ErrInUse) {
			return nil, err
		}
		if ix != nil {
			ix.Close()
		}
	}
	return rebuild(dir, fingerprint, load, true)
}

// Rebuild builds the index in dir from load, whatever is there, and opens it
// as Ensure does. Readers of the old index keep their view until they close.
func Rebuild(dir, fingerprint string, load func() ([]Version, error)) (*Index, error) {
	return rebuild(dir, fingerprint, load, false)
}

func rebuild(dir, fingerprint string, load func() ([]Version, error), onlyIfStale bool) (*Index, error) {
	lock, err := acquireWriter(dir)
	if err != nil {
		return nil, err
	}
	defer lock.release()
	live := filepath.Join(dir, bleveName)
	if onlyIfStale {
		// Another process may have rebuilt since our first look.
		if ix, err := openDir(dir, true, true); err == nil {
			if ix.fingerprint == fingerprint {
				return ix, nil
			}
			ix.Close()
		} else if _, serr := os.Stat(live); serr == nil && !errors.Is(err, ErrInUse) && !errors.Is(err, errOldMapping) {
			if err := moveAside(dir, err); err != nil {
				return nil, err
			}
		}
	}
	if load == nil {
		return nil, fmt.Errorf("index %s must be rebuilt but no versions were given", dir)
	}
	vs, err := load()
	if err != nil {
		return nil, fmt.Errorf("load versions to index: %w", err)
	}
	clearLeftovers(dir)
	tmp := filepath.Join(dir, fmt.Sprintf("%s.build-%d", bleveName, os.Getpid()))
	if err := build(tmp, fingerprint, vs); err != nil {
		os.RemoveAll(tmp)
		return nil, err
	}
	if err := swapIn(dir, tmp); err != nil {
		return nil, err
	}
	lock.release()
	return openDir(dir, true, true)
}

// keepCorrupt is how many damaged indexes are kept for inspection.
const keepCorrupt = 2

// errOldMapping marks an index written by another version of this package:
// stale, not damaged, so it is replaced rather than kept aside.
var errOldMapping = errors.New("index mapping changed")

// moveAside renames a damaged DIR/bleve to DIR/corrupt-<time>, dropping
// all but the newest keepCorrupt of them.
func moveAside(dir string, why error) error {
	live := filepath.Join(dir, bleveName)
	aside := filepath.Join(dir, "corrupt-"+time.Now().UTC().Format("20060102T150405.000"))
	if err := os.Rename(live, aside); err != nil {
		return fmt.Errorf("move damaged index %s aside: %w (open failed: %v)", live, err, why)
	}
	old, _ := filepath.Glob(filepath.Join(dir, "corrupt-*"))
	sort.Strings(old)
	for len(old) > keepCorrupt {
		os.RemoveAll(old[0])
		old = old[1:]
	}
	return nil
}

// build writes a complete new index at path.
func build(path, fingerprint string, vs []Version) error {
	bi, err := bleve.NewUsing(path, newMapping(), scorch.Name, scorch.Name,
		map[string]any{"bolt_timeout": lockWait})
	if err != nil {
		return fmt.Errorf("create index %s: %w", path, err)
	}
	ix := &Index{dir: filepath.Dir(path), bi: bi, versions: map[string]versionInfo{}}
	if err := bi.SetInternal(keySchema, []byte(mappingVersion)); err != nil {
		bi.Close()
		return fmt.Errorf("write index schema: %w", err)
	}
	if err := ix.add(vs); err != nil {
		bi.Close()
		return err
	}
	if err := bi.SetInternal(keyFingerprint, []byte(fingerprint)); err != nil {
		bi.Close()
		return fmt.Errorf("write index fingerprint: %w", err)
	}
	if err := bi.Close(); err != nil {
		return fmt.Errorf("close new index %s: %w", path, err)
	}
	return nil
}

// openDir opens DIR/bleve and checks it is whole.
func openDir(dir string, readOnly, upgradable bool) (*Index, error) {
	return openAt(dir, bleveName, readOnly, upgradable)
}

// openAt opens DIR/sub and checks it is whole. A panic inside Bleve while
// reading a damaged file becomes an error, so the caller can rebuild.
func openAt(dir, sub string, readOnly, upgradable bool) (_ *Index, err error) {
	ix := &Index{dir: dir, readOnly: readOnly, upgradable: upgradable}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("index %s is damaged: %v", dir, r)
		}
		if err != nil {
			if ix.bi != nil {
				ix.bi.Close()
			}
		}
	}()
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	bi, err := bleve.OpenUsing(filepath.Join(dir, sub),
		map[string]any{"read_only": readOnly, "bolt_timeout": lockWait})
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, &BusyError{Dir: dir, PID: holder(dir)}
		}
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix.bi = bi
	if err := ix.load(); err != nil {
		if errors.Is(err, errOldMapping) {
			return nil, fmt.Errorf("index %s: %w", dir, err)
		}
		return nil, fmt.Errorf("index %s is damaged: %w", dir, err)
	}
	return ix, nil
}

// load reads the internal keys and checks them against the documents.
func (ix *Index) load() error {
	schema, err := ix.bi.GetInternal(keySchema)
	if err != nil {
		return err
	}
	if string(schema) != mappingVersion {
		return fmt.Errorf("%w: built with mapping %q, want %q", errOldMapping, schema, mappingVersion)
	}
	fp, err := ix.bi.GetInternal(keyFingerprint)
	if err != nil {
		return err
	}
	if len(fp) == 0 {
		// build writes the fingerprint last, so every index has one. An
		// index without it is one Bleve opened from an earlier snapshot,
		// as scorch does when a segment of the latest is damaged.
		return errors.New("no store fingerprint: an earlier snapshot of a damaged index")
	}
	ix.fingerprint = string(fp)
	raw, err := ix.bi.GetInternal(keyVersions)
	if err != nil {
		return err
	}
	ix.versions = map[string]versionInfo{}
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &ix.versions); err != nil {
			return fmt.Errorf("read version list: %w", err)
		}
	}
	want := 0
	for _, v := range ix.versions {
		want += v.Clauses
	}
	n, err := ix.bi.DocCount()
	if err != nil {
		return err
	}
	if n != uint64(want) {
		return fmt.Errorf("holds %d clauses, its version list says %d", n, want)
	}
	// Reading one stored document touches the segment files' contents, not
	// only their footers.
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 1, 0, false)
	req.Fields = []string{fPolicy, fieldsOf["en"].text}
	_, err = ix.bi.Search(req)
	return err
}

// Fingerprint returns the store fingerprint the index was built for.
func (ix *Index) Fingerprint() string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return ix.fingerprint
}

// SetFingerprint records that the index now matches the store state fp,
// after Add brought it up to date; Ensure will not rebuild it for fp.
func (ix *Index) SetFingerprint(fp string) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.writable(); err != nil {
		return err
	}
	if err := ix.bi.SetInternal(keyFingerprint, []byte(fp)); err != nil {
		return fmt.Errorf("write index fingerprint: %w", err)
	}
	ix.fingerprint = fp
	return nil
}

// Add indexes the clauses of vs, replacing any version already indexed
// under the same reference.
func (ix *Index) Add(vs ...Version) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if err := ix.writable(); err != nil {
		return err
	}
	return ix.add(vs)
}

func (ix *Index) add(vs []Version) error {
	b := ix.bi.NewBatch()
	flush := func() error {
		if b.Size() == 0 {
			return nil
		}
		if err := ix.bi.Batch(b); err != nil {
			return fmt.Errorf("index clauses: %w", err)
		}
		b.Reset()
		return nil
	}
	for _, v := range vs {
		ref := v.ref()
		if old, ok := ix.versions[ref]; ok {
			for i := 0; i < old.Clauses; i++ {
				b.Delete(docID(ref, i))
			}
		}
		n := 0
		if v.Doc != nil {
			for _, c := range v.Doc.Flatten() {
				if err := b.Index(docID(ref, n), clauseDoc(v, ref, c)); err != nil {
					return fmt.Errorf("index %s clause %s: %w", ref, c.ID, err)
				}
				n++
				if b.Size() >= batchDocs {
					if err := flush(); err != nil {
						return err
					}
				}
			}
		}
		ix.versions[ref] = versionInfo{Policy: v.Policy, Lang: string(v.Lang), Date: v.Date, Clauses: n}
	}
	raw, err := json.Marshal(ix.versions)
	if err != nil {
		return err
	}
	// The version list travels in the last batch, so documents and list
	// are persisted together.
	b.SetInternal(keyVersions, raw)
	return flush()
}

// Close releases the index. After Add or SetFingerprint it first puts the
// written copy in place: other processes see the changes from then on.
func (ix *Index) Close() error {
	if ix == nil {
		return nil
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if ix.bi == nil {
		return nil
	}
	err := ix.bi.Close()
	ix.bi = nil
	if ix.clone != "" && err == nil {
		err = swapIn(ix.dir, ix.clone)
	}
	ix.lock.release()
	return err
}
