package cmdutil

import (
	"os"
	"strconv"

	"golang.org/x/term"
)

// terminalWidth is the width of standard output, $COLUMNS, or 100.
func terminalWidth() int {
	if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil && w > 0 {
		return w
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 20 {
		return w
	}
	return 100
}
