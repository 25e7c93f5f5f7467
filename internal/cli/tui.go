package cli

import (
	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
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
