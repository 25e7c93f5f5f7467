// Package cli builds the policydiff commands. Each command has an options
// struct, a constructor that binds flags and a run function that writes only
// to the injected streams; errors become exit statuses in one place, Run.
package cli

import (
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"

	"github.com/policydiff/policydiff/internal/cli/cmdutil"
)

// Main runs the command line of this process and returns its exit status.
func Main() int {
	// Bleve reports a damaged index on the standard logger before the index
	// is moved aside and rebuilt; users get our one-line message instead.
	log.SetOutput(io.Discard)
	if _, set := os.LookupEnv("GOGC"); !set {
		// A comparison lives for milliseconds and allocates a few times the
		// size of its documents: collecting at 4 MB of heap only spends a
		// core on memory the process is about to give back by exiting.
		// At 400 the 1.2 MB benchmark pair peaks at about 60 MB resident.
		debug.SetGCPercent(400)
	}
	return Run(os.Args[1:], cmdutil.System())
}

// Run executes one command line against the given streams.
func Run(args []string, ios *cmdutil.IOStreams) int {
	f := &cmdutil.Factory{IO: ios}
	root := NewRoot(f)
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	err := root.Execute()
	if err != nil {
		var se *cmdutil.StatusError
		if !errors.As(err, &se) || se.Err != nil {
			fmt.Fprintf(ios.ErrOut, "policydiff: %s\n", oneLine(err.Error()))
		}
	}
	return cmdutil.ExitCode(err)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// NewRoot builds the command tree.
func NewRoot(f *cmdutil.Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "policydiff",
		Short: "Compare versions and translations of privacy policies and terms, clause by clause",
		Long: `policydiff keeps every version of a policy, splits it into clauses, compares versions
and English/Chinese translations clause by clause, and flags the material changes that
require a prominent notice to users.

Documents are files (txt, md, html, docx, pdf; UTF-8, UTF-16, GB18030) or stored versions
such as jdcloud-privacy/en/2020-07-28 (jdcloud-privacy/en is the newest English version).`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if !f.IO.OutTTY || !tuiBuiltIn {
				// Piped or in CI there is no screen for the UI (and a
				// build for CI may have none): show the library as text
				// instead of failing.
				return listRun(&ListOptions{Factory: f, Format: "text"})
			}
			return tuiRun(&TUIOptions{Factory: f})
		},
	}
	root.PersistentFlags().StringVar(&f.StoreDir, "store", "", "version store directory (default ./documents if present, else the bundled corpus)")
	root.PersistentFlags().StringVar(&f.IndexDir, "index", "", "search index directory (default ./index)")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return cmdutil.Errorf("%s (see 'policydiff %s --help')", err, cmd.Name())
	})
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(
		NewCmdIngest(f, nil),
		NewCmdList(f, nil),
		NewCmdShow(f, nil),
		NewCmdDiff(f, nil),
		NewCmdCheck(f, nil),
		NewCmdNotice(f, nil),
		NewCmdSearch(f, nil),
		NewCmdIndex(f, nil),
		NewCmdHistory(f, nil),
		NewCmdTUI(f, nil),
	)
	return root
}

// exactArgs is cobra.ExactArgs with a message that says what to do and exits 2.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return cmdutil.Errorf("%s takes %s (see 'policydiff %s --help')", cmd.Name(), what, cmd.Name())
		}
		return nil
	}
}

// oneOf checks a --format style flag value.
func oneOf(flag, v string, allowed ...string) error {
	for _, a := range allowed {
		if v == a {
			return nil
		}
	}
	return cmdutil.Errorf("--%s %q is not one of %s", flag, v, strings.Join(allowed, ", "))
}
