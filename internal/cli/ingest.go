package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/report/tree"
	"github.com/policydiff/policydiff/internal/search"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/textio"
)

// IngestOptions are the flags and arguments of 'policydiff ingest'.
type IngestOptions struct {
	*cmdutil.Factory
	Files     []string
	Policy    string
	Lang      string
	Effective string
	Replace   bool
	MaxSizeMB int64
}

// NewCmdIngest builds 'policydiff ingest'. runF replaces the run function in
// tests of flag parsing.
func NewCmdIngest(f *cmdutil.Factory, runF func(*IngestOptions) error) *cobra.Command {
	opts := &IngestOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "ingest FILE...",
		Short: "Add policy versions to the store and the search index",
		Long: `Reads each file (txt, md, html, docx, pdf in UTF-8, UTF-16 or GB18030), parses it into
clauses and stores it with its original bytes. Every file is read and checked before
anything is written: one bad file means nothing is stored.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmdutil.Errorf("ingest takes at least one file (see 'policydiff ingest --help')")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if runF != nil {
				return runF(opts)
			}
			return ingestRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Policy, "policy", "", "policy id (default: the file name up to its first dot)")
	cmd.Flags().StringVar(&opts.Lang, "lang", "", "document language, en or zh (default: detected)")
	cmd.Flags().StringVar(&opts.Effective, "effective", "", "effective date YYYY-MM-DD (default: read from the document)")
	cmd.Flags().BoolVar(&opts.Replace, "replace", false, "replace a stored version of the same policy, language and date")
	cmd.Flags().Int64Var(&opts.MaxSizeMB, "max-size", textio.DefaultMaxSize>>20, "largest file accepted, in MB")
	return cmd
}

type pending struct {
	path    string
	doc     *doc.Document
	raw     []byte
	clauses []byte
	// What the store would do with it (store.Check), before anything is
	// written.
	version store.Version
	outcome store.Outcome
}

func ingestRun(opts *IngestOptions) error {
	st, err := opts.Store()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	if st.ReadOnly() {
		return cmdutil.Errorf("%s", store.ErrReadOnly)
	}
	if opts.MaxSizeMB < 1 {
		return cmdutil.Errorf("--max-size must be at least 1 (MB)")
	}
	if opts.Policy != "" && !store.ValidPolicy(opts.Policy) {
		return cmdutil.Errorf("--policy %q is not valid: use lower-case letters, digits, '-', '_' or '.'", opts.Policy)
	}
	// Read and check every file before writing anything.
	var todo []pending
	for _, p := range opts.Files {
		d, raw, err := load.File(p, load.Options{
			MaxSize: opts.MaxSizeMB << 20, Policy: opts.Policy,
			Lang: doc.Lang(opts.Lang), Effective: opts.Effective,
		})
		if err != nil {
			return cmdutil.Errorf("%s; nothing was stored", err)
		}
		todo = append(todo, pending{path: p, doc: d, raw: raw})
	}
	// And every version it would write: two files of one policy, language
	// and date, or one the store holds with other bytes, stop the command
	// before the first is stored (CONTRACT.md: bad input writes nothing).
	byRef := map[string]*pending{}
	for i := range todo {
		t := &todo[i]
		t.version, t.outcome, err = st.Check(t.doc, strings.ToLower(filepath.Ext(t.path)), opts.Replace)
		if err != nil {
			return cmdutil.Errorf("%s: %s; nothing was stored", t.path, err)
		}
		if other, ok := byRef[t.version.Ref]; ok {
			if other.doc.Meta.SHA256 != t.doc.Meta.SHA256 {
				return cmdutil.Errorf("%s and %s would both be stored as %s (give each its --effective date); nothing was stored", other.path, t.path, t.version.Ref)
			}
			// The same bytes twice: the first stores them.
			t.version, t.outcome = other.version, store.Unchanged
			continue
		}
		byRef[t.version.Ref] = t
		// The clause tree of a version to be written, still before any is.
		if t.outcome != store.Unchanged {
			var buf bytes.Buffer
			if err := tree.JSON(&buf, t.doc, nil); err != nil {
				return cmdutil.Errorf("%s: %s", t.path, err)
			}
			t.clauses = buf.Bytes()
		}
	}
	var added []store.Version
	for _, t := range todo {
		v, outcome := t.version, t.outcome
		if outcome != store.Unchanged {
			if err := st.Write(v, t.raw, t.clauses); err != nil {
				return cmdutil.Errorf("%s: %s", t.path, err)
			}
			added = append(added, v)
		}
		fmt.Fprintf(opts.IO.Out, "%s → %s: %s, %d clauses\n", t.path, v.Ref, outcome, v.Clauses)
		for _, w := range t.doc.Warnings {
			fmt.Fprintf(opts.IO.ErrOut, "policydiff: warning: %s line %d: %s\n", t.path, w.Line, w.Why)
		}
	}
	switch {
	case len(added) == 0:
	case !search.BuiltIn:
		// Not a failure: the next search by a full build sees the store's
		// new fingerprint and indexes these versions then.
		fmt.Fprintf(opts.IO.ErrOut, "policydiff: note: this build has no search index (-tags nosearch); a full policydiff indexes the new versions on its next search\n")
	default:
		if err := updateIndex(opts.Factory, st, added); err != nil {
			fmt.Fprintf(opts.IO.ErrOut, "policydiff: warning: the versions are stored but the search index was not updated: %s (run 'policydiff index --rebuild')\n", err)
		}
	}
	return nil
}
