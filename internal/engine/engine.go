// Package engine is the one call behind 'diff', 'check', 'notice' and the
// TUI's comparison: it picks version or language mode, runs the alignment
// and text diff or the cross-language checks, then the material-change rules.
package engine

import (
	"time"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/crosslang"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/material"
	"github.com/policydiff/policydiff/internal/versiondiff"
)

// Options tune a comparison; the zero value is what the commands use.
type Options struct {
	// Glossary for cross-language checks; nil means the built-in one.
	Glossary *glossary.Glossary
	// Deadline bounds the text diffs; 0 means versiondiff's default.
	Deadline time.Duration
}

// Compare compares a and b with default options.
func Compare(a, b *doc.Document) *change.Result {
	return CompareWith(a, b, Options{})
}

// CompareWith compares a and b: as translations when their languages
// differ (see translations), otherwise as versions.
func CompareWith(a, b *doc.Document, o Options) *change.Result {
	if translations(a, b) {
		return compare(a, b, o, nil)
	}
	// The rules' reading of the two versions whole needs no change yet: it
	// runs on a second core while the versions are aligned.
	prep := make(chan *material.Prepared, 1)
	go func() { prep <- material.Prepare(a, b) }()
	return compare(a, b, o, func() *material.Prepared { return <-prep })
}

// compare is CompareWith, with prepared giving material.Prepare(a, b) for
// two versions in one language and nil for a translation: the caller has
// told the two apart already.
func compare(a, b *doc.Document, o Options, prepared func() *material.Prepared) *change.Result {
	r := &change.Result{
		Schema:   change.Schema,
		Mode:     change.ModeVersion,
		A:        a.Meta,
		B:        b.Meta,
		DocA:     a,
		DocB:     b,
		Changes:  []change.Change{},
		Pairs:    []change.Pair{},
		Findings: []change.Finding{},
	}
	if prepared == nil {
		r.Mode = change.ModeLanguage
		g := o.Glossary
		if g == nil {
			g = glossary.Builtin()
		}
		r.Pairs, r.Findings = crosslang.Compare(a, b, g)
	} else {
		r.Changes = versiondiff.Compare(a, b, versiondiff.Options{Deadline: o.Deadline})
	}
	if r.Changes == nil {
		r.Changes = []change.Change{}
	}
	if r.Pairs == nil {
		r.Pairs = []change.Pair{}
	}
	if r.Findings == nil {
		r.Findings = []change.Finding{}
	}
	if prepared != nil {
		material.AnnotatePrepared(r, prepared())
	} else {
		material.Annotate(r)
	}
	// JSON consumers get [] rather than null for lists (CONTRACT.md).
	for i := range r.Changes {
		if r.Changes[i].Categories == nil {
			r.Changes[i].Categories = []int{}
		}
		if r.Changes[i].Reasons == nil {
			r.Changes[i].Reasons = []change.Reason{}
		}
		if r.Changes[i].Diff == nil {
			r.Changes[i].Diff = []change.Op{}
		}
	}
	for i := range r.Findings {
		if r.Findings[i].Categories == nil {
			r.Findings[i].Categories = []int{}
		}
	}
	r.Tally()
	return r
}
