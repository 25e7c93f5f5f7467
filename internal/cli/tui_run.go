//go:build !notui

package cli

import (
	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/tui"
)

// tuiBuiltIn tells whether this binary has the terminal UI (see tui_notui.go).
const tuiBuiltIn = true

func tuiRun(opts *TUIOptions) error {
	st, err := opts.Store()
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	// A and B are read before the screen opens, so a bad one is a one-line
	// error; the UI then reuses them.
	loaded := map[string]*doc.Document{}
	if opts.A != "" {
		da, db, err := loadPair(st, opts.A, opts.B)
		if err != nil {
			return err
		}
		loaded[opts.A], loaded[opts.B] = da, db
	}
	g, err := storeGlossary(st)
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	err = tui.Run(tui.Context{Store: st, IndexDir: indexDir(opts.Factory, st), A: opts.A, B: opts.B,
		Loaded: loaded, Glossary: g, In: opts.IO.In, Out: opts.IO.Out})
	if err != nil {
		return cmdutil.Errorf("%s", err)
	}
	return nil
}

// loadPair reads and parses A and B side by side: the two are independent
// and a comparison waits for both. A's error is reported before B's, as a
// sequential load would.
func loadPair(st *store.Store, a, b string) (*doc.Document, *doc.Document, error) {
	var db *doc.Document
	var errB error
	done := make(chan struct{})
	go func() {
		defer close(done)
		db, errB = load.Document(b, st)
	}()
	da, errA := load.Document(a, st)
	<-done
	if errA != nil {
		return nil, nil, cmdutil.Errorf("%s", errA)
	}
	if errB != nil {
		return nil, nil, cmdutil.Errorf("%s", errB)
	}
	return da, db, nil
}
