// Package versiondiff compares two versions of one policy in one language
// clause by clause and reports what a careful reviewer would mark up: clauses
// added, removed, modified, moved, and cosmetic edits listed apart. A clause
// that only got a new number is no change at all.
package versiondiff

import (
	"strings"
	"time"

	"github.com/policydiff/policydiff/internal/align"
	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/parallel"
	"github.com/policydiff/policydiff/internal/textdiff"
)

// Options tune a comparison; the zero value gives the defaults.
type Options struct {
	// Deadline bounds the text diff of one clause (default 200ms); a diff
	// that hits it is coarsened and marked so.
	Deadline time.Duration
	// Align tunes the clause alignment.
	Align align.Options
}

// Compare returns the changes from a to b in b's document order, removed
// clauses where they stood.
func Compare(a, b *doc.Document, opt Options) []change.Change {
	if opt.Deadline <= 0 {
		opt.Deadline = textdiff.DefaultDeadline
	}
	lang := a.Meta.Lang
	if lang == "" {
		lang = doc.DetectLang(a.Source + b.Source)
	}
	ms := align.Align(a.Flatten(), b.Flatten(), opt.Align)
	c := &comparer{ms: ms, partner: partners(ms)}
	// Room for every match that is not an unchanged clause in its place,
	// and a few of those that moved with their parent or changed only in
	// their source: no regrowing the changes, each a hundred bytes.
	n := 4
	for _, m := range ms {
		if len(m.A) != 1 || len(m.B) != 1 || m.Score < 1 || m.OutOfOrder {
			n++
		}
	}
	out := make([]change.Change, 0, n)
	jobs := make([]job, 0, n)
	for k, m := range ms {
		ch, diffA, diffB, ok := c.classify(k, m)
		if !ok {
			continue
		}
		if diffA != "" || diffB != "" {
			jobs = append(jobs, job{at: len(out), a: diffA, b: diffB})
		}
		out = append(out, ch)
	}
	runDiffs(out, jobs, lang, opt.Deadline)
	return out
}

type comparer struct {
	ms      []align.Match
	partner map[*doc.Clause]int // parent clause → index of its match
}

// partners maps each clause that is a parent to the index of its match:
// partnerOf asks for no other. A few dozen parents make a small table,
// where all of a policy's clauses made one of several hundred entries.
func partners(ms []align.Match) map[*doc.Clause]int {
	p := make(map[*doc.Clause]int)
	var last *doc.Clause // siblings come together: their parent is marked once
	for _, m := range ms {
		for _, side := range [2][]*doc.Clause{m.A, m.B} {
			for _, x := range side {
				if x.Parent != nil && x.Parent != last {
					p[x.Parent] = -1
					last = x.Parent
				}
			}
		}
	}
	for k, m := range ms {
		for _, side := range [2][]*doc.Clause{m.A, m.B} {
			for _, x := range side {
				if _, ok := p[x]; ok {
					p[x] = k
				}
			}
		}
	}
	return p
}

// classify decides the kind of change for match k. It returns the two texts
// to diff (empty when the diff is already known) and ok=false when there is
// nothing to report.
func (c *comparer) classify(k int, m align.Match) (ch change.Change, diffA, diffB string, ok bool) {
	switch {
	case len(m.A) == 0:
		y := m.B[0]
		return change.Change{Kind: change.Added, B: y, Diff: []change.Op{{Op: change.OpInsert, Text: y.Full()}}}, "", "", true
	case len(m.B) == 0:
		x := m.A[0]
		return change.Change{Kind: change.Removed, A: x, Diff: []change.Op{{Op: change.OpDelete, Text: x.Full()}}}, "", "", true
	}
	// An untouched clause keeps its heading and text: its full text need
	// not be built to see that (ta and tb stay empty, and equal).
	untouched := len(m.A) == 1 && len(m.B) == 1 && m.A[0].Heading == m.B[0].Heading && m.A[0].Text == m.B[0].Text
	var ta, tb string
	if !untouched {
		ta, tb = joined(m.A), joined(m.B)
	}
	ch = change.Change{A: merged(m.A, ta), B: merged(m.B, tb)}
	moved := c.moved(k, m)
	switch {
	case ta != tb && textdiff.SameNormal(ta, tb):
		ch.Kind = change.Cosmetic
		if moved {
			ch.Kind = change.Moved
		}
		return ch, ta, tb, true
	case ta != tb:
		ch.Kind = change.Modified
		if moved {
			ch.Kind = change.Moved
		}
		return ch, ta, tb, true
	case moved:
		ch.Kind = change.Moved
		if untouched {
			ta = m.A[0].Full()
		}
		if ta != "" {
			ch.Diff = []change.Op{{Op: change.OpEqual, Text: ta}}
		}
		return ch, "", "", true
	}
	// Same words: the source layout may still differ (emphasis, line
	// breaks), or a link target hidden from the text may have changed.
	// A table's source holds its rows, which are clauses of their own.
	if m.A[0].Kind == doc.KindTable || m.B[0].Kind == doc.KindTable {
		return ch, "", "", false
	}
	if len(m.A) > 1 || len(m.B) > 1 || sameSource(m.A[0], m.B[0]) {
		return ch, "", "", false
	}
	ra, rb := rawBody(m.A[0]), rawBody(m.B[0])
	if ra == rb || ra == "" || rb == "" {
		return ch, "", "", false
	}
	ch.Kind = change.Cosmetic
	if !textdiff.SameNormal(ra, rb) {
		ch.Kind = change.Modified
	}
	return ch, ra, rb, true
}

// moved reports whether match k's clause changed place: it left the order
// of the rest of the document (and did not merely travel with its parent),
// or it now sits under a different parent.
func (c *comparer) moved(k int, m align.Match) bool {
	pa, pb := m.A[0].Parent, m.B[0].Parent
	kpa, knownA := c.partnerOf(pa)
	kpb, knownB := c.partnerOf(pb)
	sameParent := (pa == nil && pb == nil) || (pa != nil && pb != nil && knownA && kpa == kpb)
	if !sameParent {
		// A parent that itself has no partner (rewritten beyond
		// recognition) says nothing about where the child went.
		return knownA && knownB
	}
	if !m.OutOfOrder {
		return false
	}
	return pa == nil || !c.ms[kpa].OutOfOrder
}

// partnerOf returns the match of a parent clause; known is true for the
// document root (nil) and for a parent that has a partner on the other side.
func (c *comparer) partnerOf(p *doc.Clause) (k int, known bool) {
	if p == nil {
		return -1, true
	}
	k, ok := c.partner[p]
	if !ok || k < 0 {
		return -1, false
	}
	m := c.ms[k]
	return k, len(m.A) > 0 && len(m.B) > 0
}

// joined is the text of the clauses of one side of a match; the number of
// every clause after the first stays in, so a split or merge shows as the
// insertion or deletion of a break and a number.
func joined(cs []*doc.Clause) string {
	s := cs[0].Full()
	for _, c := range cs[1:] {
		s += "\n" + strings.TrimSpace(c.Label+" "+c.Full())
	}
	return s
}

// merged is the clause to report for one side: the clause itself, or for a
// split or merge a copy of the first clause carrying the joined text.
func merged(cs []*doc.Clause, text string) *doc.Clause {
	if len(cs) == 1 {
		return cs[0]
	}
	c := *cs[0]
	c.Text = strings.TrimPrefix(strings.TrimPrefix(text, c.Heading), "\n")
	return &c
}

type job struct {
	at   int
	a, b string
}

// runDiffs fills in the text diffs, spread over the available cores; the
// caller takes its share rather than wait. Each result goes to its own
// change, so the order of the work does not show.
func runDiffs(out []change.Change, jobs []job, lang doc.Lang, deadline time.Duration) {
	parallel.Each(len(jobs), func(k int) {
		j := jobs[k]
		out[j.at].Diff, out[j.at].Coarsened = textdiff.Diff(j.a, j.b, lang, deadline)
	})
}
