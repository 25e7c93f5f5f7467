//go:build notui

package cli

import "github.com/policydiff/policydiff/internal/cli/cmdutil"

// A binary built with -tags notui leaves the terminal UI out: a CI job that
// only runs 'diff' or 'check' never opens it, and Bubble Tea's package init
// and the UI's code cost every run of such a job (about 0.2 ms and 1 MB of
// binary). With it, 'policydiff' alone lists the library as it does when
// piped, and 'policydiff tui' says what is missing.
const tuiBuiltIn = false

func tuiRun(*TUIOptions) error {
	return cmdutil.Errorf("this policydiff was built without the terminal UI (-tags notui); build it without that tag to open the UI")
}
