package tui

import (
	"context"
	"io"
	"os"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/engine"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/notice"
	"github.com/policydiff/policydiff/internal/search"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/tui/keymap"
)

// Context is what the CLI hands the UI.
type Context struct {
	Store    *store.Store
	IndexDir string
	// A and B, when both set, open the UI straight on their comparison;
	// each is a stored reference or a file path.
	A, B string
	// Loaded holds documents the caller has already read, by the reference
	// or path it read them as, so that they are not read and parsed twice.
	Loaded map[string]*doc.Document
	// Glossary extends cross-language comparisons; nil means the built-in one.
	Glossary *glossary.Glossary
	In       io.Reader
	Out      io.Writer
}

// Run runs the terminal UI until the user quits.
func Run(c Context) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := c.Out
	if out == nil {
		out = os.Stdout
	}
	r := lipgloss.NewRenderer(out)
	if os.Getenv("NO_COLOR") != "" {
		r.SetColorProfile(termenv.Ascii)
	}
	// Ask the terminal for its colours now, before Bubble Tea owns the
	// input: asked lazily inside View, the query stalls the first frame
	// and its answer is read as keystrokes.
	if r.ColorProfile() != termenv.Ascii {
		r.SetHasDarkBackground(r.HasDarkBackground())
	}
	deps, closeIndex := StoreDeps(c.Store, c.IndexDir)
	defer closeIndex()
	if c.Glossary != nil {
		deps.Compare = func(a, b *doc.Document) *change.Result {
			return engine.CompareWith(a, b, engine.Options{Glossary: c.Glossary})
		}
	}
	if len(c.Loaded) > 0 {
		loadRef := deps.Load
		deps.Load = func(ref string) (*doc.Document, error) {
			if d, ok := c.Loaded[ref]; ok {
				return d, nil
			}
			return loadRef(ref)
		}
	}
	com := &Common{Styles: DefaultStyles(r), Keys: keymap.DefaultKeyMap(), Deps: deps, Ctx: ctx}
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithContext(ctx)}
	if c.In != nil && c.In != io.Reader(os.Stdin) {
		opts = append(opts, tea.WithInput(c.In))
	}
	if c.Out != nil && c.Out != io.Writer(os.Stdout) {
		opts = append(opts, tea.WithOutput(c.Out))
	}
	_, err := tea.NewProgram(New(com, c.A, c.B), opts...).Run()
	return err
}

// StoreDeps wires the UI to the engine over a store. The search index is
// opened (and built if stale) on first use; the returned func closes it.
func StoreDeps(st *store.Store, indexDir string) (Deps, func()) {
	var (
		mu sync.Mutex
		ix *search.Index
	)
	d := Deps{
		Policies:  st.Policies,
		Load:      func(ref string) (*doc.Document, error) { return load.Document(ref, st) },
		Compare:   engine.Compare,
		Notice:    notice.Draft,
		StoreName: st.Name(),
	}
	d.EnsureIndex = func(context.Context) error {
		mu.Lock()
		defer mu.Unlock()
		if ix != nil {
			return nil
		}
		fp, err := st.Fingerprint()
		if err != nil {
			return err
		}
		ix, err = search.Ensure(indexDir, fp, func() ([]search.Version, error) {
			vs, err := st.Versions()
			if err != nil {
				return nil, err
			}
			out := make([]search.Version, 0, len(vs))
			for _, v := range vs {
				dd, err := load.Stored(st, v)
				if err != nil {
					return nil, err
				}
				out = append(out, search.Version{Ref: v.Ref, Policy: v.Policy, Lang: v.Lang, Date: v.Date, Doc: dd})
			}
			return out, nil
		})
		return err
	}
	d.Search = func(ctx context.Context, q string) ([]Hit, error) {
		if err := d.EnsureIndex(ctx); err != nil {
			return nil, err
		}
		mu.Lock()
		defer mu.Unlock()
		res, err := ix.Search(search.Query{Text: q, Lang: "all", Size: 50, Glossary: glossary.Builtin()})
		if err != nil {
			return nil, err
		}
		hits := make([]Hit, len(res.Hits))
		for i, h := range res.Hits {
			hits[i] = Hit{Policy: h.Policy, Lang: h.Lang, Version: h.Version, Clause: h.Clause,
				Heading: h.Heading, Text: h.Text, Score: h.Score, Fragments: h.Fragments}
		}
		return hits, nil
	}
	return d, func() {
		mu.Lock()
		defer mu.Unlock()
		if ix != nil {
			ix.Close()
		}
	}
}
