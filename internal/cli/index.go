package cli

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/search"
	"github.com/policydiff/policydiff/internal/store"
)

// IndexOptions are the flags of 'policydiff index'.
type IndexOptions struct {
	*cmdutil.Factory
	Rebuild bool
}

// NewCmdIndex builds 'policydiff index'.
func NewCmdIndex(f *cmdutil.Factory, runF func(*IndexOptions) error) *cobra.Command {
	opts := &IndexOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "index [--rebuild]",
		Short: "Bring the search index up to date with the store (or rebuild it)",
		Args:  exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return indexRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Rebuild, "rebuild", false, "rebuild the index from the store")
	return cmd
}

func indexRun(opts *IndexOptions) error {
	st, err := opts.Store()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	fp, err := st.Fingerprint()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	dir := indexDir(opts.Factory, st)
	var ix *search.Index
	if opts.Rebuild {
		ix, err = search.Rebuild(dir, fp, versionLoader(st))
	} else {
		ix, err = search.Ensure(dir, fp, versionLoader(st))
	}
	if err != nil {
		return cmdutil.Errorf("index %s: %s", dir, err)
	}
	defer ix.Close()
	fmt.Fprintf(opts.IO.Out, "index %s is up to date with %s\n", dir, st.Name())
	return nil
}

// indexDir is --index, else ./index beside a ./documents store, else a
// per-user cache directory so the bundled corpus is searchable from anywhere.
func indexDir(f *cmdutil.Factory, st *store.Store) string {
	if f.IndexDir != "" {
		return f.IndexDir
	}
	if !st.ReadOnly() {
		return filepath.Join(filepath.Dir(filepath.Clean(st.Dir())), "index")
	}
	if cache, err := os.UserCacheDir(); err == nil {
		return filepath.Join(cache, "policydiff", "index")
	}
	return "index"
}

// versionLoader parses every stored version for the indexer.
func versionLoader(st *store.Store) func() ([]search.Version, error) {
	return func() ([]search.Version, error) {
		vs, err := st.Versions()
		if err != nil {
			return nil, err
		}
		return loadVersions(st, vs)
	}
}

func loadVersions(st *store.Store, vs []store.Version) ([]search.Version, error) {
	out := make([]search.Version, 0, len(vs))
	for _, v := range vs {
		d, err := load.Stored(st, v)
		if err != nil {
			return nil, err
		}
		out = append(out, search.Version{Ref: v.Ref, Policy: v.Policy, Lang: v.Lang, Date: v.Date, Doc: d})
	}
	return out, nil
}

// openIndex returns an index that is current with the store, building it
// first when it is missing, stale or corrupt.
func openIndex(f *cmdutil.Factory, st *store.Store) (*search.Index, error) {
	fp, err := st.Fingerprint()
	if err != nil {
		return nil, err
	}
	return search.Ensure(indexDir(f, st), fp, versionLoader(st))
}

// updateIndex adds freshly stored versions to the index in one batch. The
// index is first brought to the store as it was before them (a no-op when it
// was current), so an ingest costs the new versions, not the whole history.
func updateIndex(f *cmdutil.Factory, st *store.Store, added []store.Version) error {
	all, err := st.Versions()
	if err != nil {
		return err
	}
	isNew := map[string]bool{}
	for _, v := range added {
		isNew[v.Ref] = true
	}
	var before []store.Version
	for _, v := range all {
		if !isNew[v.Ref] {
			before = append(before, v)
		}
	}
	ix, err := search.Ensure(indexDir(f, st), store.FingerprintOf(before), func() ([]search.Version, error) {
		return loadVersions(st, before)
	})
	if err != nil {
		return err
	}
	vs, err := loadVersions(st, added)
	if err == nil {
		err = ix.Add(vs...)
	}
	if err == nil {
		err = ix.SetFingerprint(store.FingerprintOf(all))
	}
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return err
}

// storeGlossary is the built-in glossary extended by glossary.tsv in the store.
func storeGlossary(st *store.Store) (*glossary.Glossary, error) {
	if st.ReadOnly() {
		return glossary.Builtin(), nil
	}
	p := filepath.Join(st.Dir(), "glossary.tsv")
	if _, err := os.Stat(p); err != nil {
		return glossary.Builtin(), nil
	}
	g, err := glossary.Load(p)
	if err != nil {
		return nil, fmt.Errorf("glossary %s: %w", p, err)
	}
	return g, nil
}
