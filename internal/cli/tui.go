package cli

import (
	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/tui"
)

// TUIOptions are the arguments of 'policydiff tui'.
type TUIOptions struct {
	*cmdutil.Factory
	A, B string
}

// NewCmdTUI builds 'policydiff tui'.
func NewCmdTUI(f *cmdutil.Factory, runF func(*TUIOptions) error) *cobra.Command {
	opts := &TUIOptions{Factory: f}
	return &cobra.Command{
		Use:   "tui [A B]",
		Short: "Open the terminal UI (on the comparison of A and B when given)",
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 0 && len(args) != 2 {
				return cmdutil.Errorf("tui takes no documents or two, A and B")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 2 {
				opts.A, opts.B = args[0], args[1]
			}
			if runF != nil {
				return runF(opts)
			}
			return tuiRun(opts)
		},
	}
}

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
