package cli

import (
	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/load"
	"github.com/policydiff/policydiff/internal/report/tree"
)

// ShowOptions are the flags and arguments of 'policydiff show'.
type ShowOptions struct {
	*cmdutil.Factory
	Doc    string
	Clause string
	Format string
}

// NewCmdShow builds 'policydiff show'.
func NewCmdShow(f *cmdutil.Factory, runF func(*ShowOptions) error) *cobra.Command {
	opts := &ShowOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "show A",
		Short: "Show one version as a clause tree",
		Args:  exactArgs(1, "one file or stored version"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Doc = args[0]
			if err := oneOf("format", opts.Format, "text", "json"); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return showRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Clause, "clause", "", "show only this clause and its children (canonical id, e.g. 9.2)")
	cmd.Flags().StringVar(&opts.Format, "format", "text", "output format: text or json")
	return cmd
}

func showRun(opts *ShowOptions) error {
	d, err := loadDoc(opts.Factory, opts.Doc)
	if err != nil {
		return err
	}
	var root *doc.Clause
	if opts.Clause != "" {
		if root = d.Find(opts.Clause); root == nil {
			return cmdutil.Errorf("%s has no clause %q (see 'policydiff show %s')", opts.Doc, opts.Clause, opts.Doc)
		}
	}
	if opts.Format == "json" {
		return tree.JSON(opts.IO.Out, d, root)
	}
	return tree.Text(opts.IO.Out, d, root, opts.IO.Width)
}

// loadDoc resolves a file or stored reference, as an exit-2 error when it fails.
func loadDoc(f *cmdutil.Factory, arg string) (*doc.Document, error) {
	st, err := f.Store()
	if err != nil {
		return nil, cmdutil.Errorf("%s", err)
	}
	d, err := load.Document(arg, st)
	if err != nil {
		return nil, cmdutil.Errorf("%s", err)
	}
	return d, nil
}
