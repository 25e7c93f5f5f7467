package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/engine"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/report"
)

// DiffOptions are the flags and arguments of 'policydiff diff'.
type DiffOptions struct {
	*cmdutil.Factory
	A, B         string
	Format       string
	ShowCosmetic bool
}

// NewCmdDiff builds 'policydiff diff'.
func NewCmdDiff(f *cmdutil.Factory, runF func(*DiffOptions) error) *cobra.Command {
	opts := &DiffOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "diff A B",
		Short: "Compare two versions clause by clause (same or different language)",
		Long: `Compares A and B clause by clause. Two versions in one language give added, removed,
modified, moved and cosmetic clauses with word-level (English) or character-level (Chinese)
changes; an English and a Chinese version give the clause alignment and where they disagree.
Exit status: 0 no substantive difference, 1 differences, 2 error.`,
		Args: exactArgs(2, "two documents, A and B"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.A, opts.B = args[0], args[1]
			if err := oneOf("format", opts.Format, "text", "json", "markdown"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text, json or markdown")
	cmd.Flags().BoolVar(&opts.ShowCosmetic, "cosmetic", false, "show the text of cosmetic changes too (always counted)")
	return cmd
}

// compareArgs loads A and B and compares them. The glossary is read only
// for a translation check: a version diff never looks at it.
func compareArgs(f *cmdutil.Factory, a, b string) (*change.Result, error) {
	st, err := f.Store()
	if err != nil {
		return nil, cmdutil.Errorf("%s", err)
	}
	loader := func(arg string) engine.Loader {
		return func() (*doc.Document, error) {
			d, err := load.Document(arg, st)
			if err != nil {
				return nil, cmdutil.Errorf("%s", err)
			}
			return d, nil
		}
	}
	return engine.ComparePair(loader(a), loader(b), func() (*glossary.Glossary, error) {
		g, err := storeGlossary(st)
		if err != nil {
			return nil, cmdutil.Errorf("%s", err)
		}
		return g, nil
	})
}

func diffRun(opts *DiffOptions) error {
	r, err := compareArgs(opts.Factory, opts.A, opts.B)
	if err != nil {
		return err
	}
	if err := renderResult(opts.IO, r, opts.Format, opts.ShowCosmetic); err != nil {
		return cmdutil.Errorf("%s", err)
	}
	if r.Substantive() {
		return cmdutil.Status(cmdutil.ExitFound)
	}
	return nil
}

func renderResult(ios *cmdutil.IOStreams, r *change.Result, format string, cosmetic bool) error {
	var w io.Writer = ios.Out
	switch format {
	case "json":
		return report.JSON(w, r)
	case "markdown":
		return report.Markdown(w, r)
	}
	return report.Text(w, r, report.TextOptions{Color: ios.Color, Width: ios.Width, ShowCosmetic: cosmetic})
}
