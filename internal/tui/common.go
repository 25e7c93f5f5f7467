package tui

import (
	"context"
	"strconv"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/store"
	"github.com/policydiff/policydiff/internal/tui/keymap"
)

// Deps is what the UI needs from the engine, as functions so tests can run
// the screens on hand-built documents and the UI never imports cobra.
type Deps struct {
	Policies func() ([]store.Policy, error)
	// Load opens a stored version reference or a file path.
	Load    func(ref string) (*doc.Document, error)
	Compare func(a, b *doc.Document) *change.Result
	Notice  func(r *change.Result, lang doc.Lang) string
	// EnsureIndex builds or refreshes the search index; it may take seconds.
	// Nil when search is unavailable.
	EnsureIndex func(ctx context.Context) error
	Search      func(ctx context.Context, query string) ([]Hit, error)
	// StoreName is shown in the library title.
	StoreName string
}

// Hit is one search result, after the search/v1 JSON hit.
type Hit struct {
	Policy, Lang, Version string
	Clause, Heading, Text string
	Score                 float64
	Fragments             []string
}

// Ref is the stored version reference of the hit.
func (h Hit) Ref() string { return h.Policy + "/" + h.Lang + "/" + h.Version }

// Common is the state every component shares: size, styles, keys and the
// engine.
type Common struct {
	Width, Height int
	Styles        *Styles
	Keys          keymap.KeyMap
	Deps          Deps
	Ctx           context.Context
}

// Component is one screen or panel: a Bubble Tea model with its own help
// that can be resized.
type Component interface {
	tea.Model
	help.KeyMap
	SetSize(width, height int)
}

// Messages the components and the root exchange.
type (
	errMsg struct{ err error }
	// compareMsg asks the root to load and compare two versions.
	compareMsg struct{ A, B string }
	// resultMsg carries a finished comparison.
	resultMsg struct {
		seq int
		r   *change.Result
	}
	// clauseMsg asks the root to open a version scrolled to a clause.
	clauseMsg struct{ Ref, Clause string }
	docMsg    struct {
		seq    int
		d      *doc.Document
		clause string
	}
	noticeMsg struct{ r *change.Result }
	draftMsg  struct {
		seq   int
		title string
		text  string
	}
	searchMsg struct{}
	backMsg   struct{}
)

func errCmd(err error) tea.Cmd { return func() tea.Msg { return errMsg{err} } }

func send(m tea.Msg) tea.Cmd { return func() tea.Msg { return m } }

func itoa(n int) string { return strconv.Itoa(n) }

// wheelStep is how far a mouse-wheel press scrolls: step rows down, step up,
// or 0 for any other mouse event.
func wheelStep(msg tea.MouseMsg, step int) int {
	if msg.Action != tea.MouseActionPress {
		return 0
	}
	switch msg.Button {
	case tea.MouseButtonWheelDown:
		return step
	case tea.MouseButtonWheelUp:
		return -step
	}
	return 0
}
