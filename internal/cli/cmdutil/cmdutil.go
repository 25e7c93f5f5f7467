// Package cmdutil holds what every command shares: the IO streams, the
// factory that opens the store, and the errors that map to exit codes.
package cmdutil

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/mattn/go-isatty"

	"github.com/policydiff/policydiff/internal/store"
)

// Exit statuses of CONTRACT.md.
const (
	ExitOK    = 0
	ExitFound = 1 // differences, material change, no search hits
	ExitError = 2
)

// IOStreams are the only way a command reads input or writes output, so
// every command is testable with buffers.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// OutTTY is true when Out is a terminal; Color is true when colour may be
	// used on Out (a terminal and NO_COLOR unset).
	OutTTY bool
	Color  bool
	Width  int
}

// System returns the process's standard streams.
func System() *IOStreams {
	tty := isatty.IsTerminal(os.Stdout.Fd()) || isatty.IsCygwinTerminal(os.Stdout.Fd())
	_, noColor := os.LookupEnv("NO_COLOR")
	return &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		OutTTY: tty, Color: tty && !noColor, Width: terminalWidth()}
}

// Test returns streams backed by buffers, not a terminal.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: &bytes.Buffer{}, Out: out, ErrOut: errOut, Width: 100}, out, errOut
}

// Factory gives commands their dependencies. StoreDir and IndexDir are bound
// to the persistent --store and --index flags.
type Factory struct {
	IO       *IOStreams
	StoreDir string
	IndexDir string
}

// Store opens the store the flags name (CONTRACT.md: ./documents when it
// exists, otherwise the bundled corpus).
func (f *Factory) Store() (*store.Store, error) { return store.Default(f.StoreDir) }

// Index is the search index directory.
func (f *Factory) Index() string {
	if f.IndexDir != "" {
		return f.IndexDir
	}
	return "index"
}

// StatusError ends a command with an exit status. With a nil Err nothing is
// printed (a diff that found differences exits 1 quietly).
type StatusError struct {
	Code int
	Err  error
}

func (e *StatusError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *StatusError) Unwrap() error { return e.Err }

// Status returns a quiet StatusError for code, or nil for 0.
func Status(code int) error {
	if code == ExitOK {
		return nil
	}
	return &StatusError{Code: code}
}

// Errorf is bad input or a failure: exit 2 with a one-line message.
func Errorf(format string, a ...any) error {
	return &StatusError{Code: ExitError, Err: fmt.Errorf(format, a...)}
}

// ExitCode maps an error from a command to the process exit status.
func ExitCode(err error) int {
	if err == nil {
		return ExitOK
	}
	var se *StatusError
	if errors.As(err, &se) {
		return se.Code
	}
	return ExitError
}
