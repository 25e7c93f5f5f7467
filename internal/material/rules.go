package material

import (
	"strings"

	"github.com/policydiff/policydiff/internal/change"
)

// durationRules compares the periods of the two sides by what they bound: a
// reply deadline that grows makes users wait longer to exercise a right, a
// notice period that shrinks leaves them less time to object or leave.
// A period that only left this clause (or came into it) while the other
// version holds as many of it, bounding the same thing, did not change: a
// rewritten table row, a paragraph split in two.
func durationRules(v *verdict, da, db []Duration, f *docFacts) {
	for _, kind := range []string{"deadline", "retention", "notice"} {
		gone, added := unmatched(da, db, kind), unmatched(db, da, kind)
		if n := min(len(gone), len(added)); f.whole() {
			gone = append(gone[:n:n], f.notHeld(true, gone[n:])...)
			added = append(added[:n:n], f.notHeld(false, added[n:])...)
		}
		for i := 0; i < len(gone) || i < len(added); i++ {
			var ev string
			var longer, shorter bool
			switch {
			case i < len(gone) && i < len(added):
				ev = gone[i].Text + " → " + added[i].Text
				longer = added[i].Days > gone[i].Days
				shorter = added[i].Days < gone[i].Days
			case i < len(gone):
				ev = gone[i].Text + " removed"
			default:
				ev = added[i].Text + " added"
			}
			switch kind {
			case "retention":
				v.add(1, "purpose.retention.changed", "retention period "+ev)
				continue
			case "notice":
				rule := "rights.notice-period.changed"
				if shorter {
					rule = "rights.notice-period.shorter"
					v.reduced = true
				}
				v.add(4, rule, "notice period "+ev)
				continue
			}
			rule := "rights.deadline.changed"
			if longer {
				rule = "rights.deadline.longer"
				v.reduced = true
			}
			v.add(4, rule, "reply deadline "+ev)
		}
	}
}

// notHeld keeps the periods of ds (found on one side of a change; b: the
// side is A's, the other version B) of which the other version holds fewer
// than this one: one that only moved, or whose sentence was reworded, is
// held as often in both; a new retention period for new data, the same
// length as an old one for other data, is one more.
func (f *docFacts) notHeld(b bool, ds []Duration) []Duration {
	var out []Duration
	for _, d := range ds {
		if f.periodCount(b, d) < f.periodCount(!b, d) {
			out = append(out, d)
		}
	}
	return out
}

// periodCount counts the periods of a version (b: B, else A) of d's kind
// and length.
func (f *docFacts) periodCount(b bool, d Duration) int {
	n := 0
	for _, x := range f.periods(b) {
		if x.Kind == d.Kind && x.Days == d.Days {
			n++
		}
	}
	return n
}

// periods returns every period a version states, read on first use: only
// a period added or removed with its clause needs them.
func (f *docFacts) periods(b bool) []Duration {
	p := &f.periodsA
	if b {
		p = &f.periodsB
	}
	if *p == nil {
		*p = []Duration{}
		for _, full := range f.fulls(b) {
			*p = append(*p, durations(f.cleanText(full))...)
		}
	}
	return *p
}

// unmatched returns the periods of kind in xs that ys lacks, multiset-wise.
func unmatched(xs, ys []Duration, kind string) []Duration {
	used := make([]bool, len(ys))
	var out []Duration
	for _, x := range xs {
		if x.Kind != kind {
			continue
		}
		found := false
		for j, y := range ys {
			if !used[j] && y.Kind == kind && y.Days == x.Days {
				used[j], found = true, true
				break
			}
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// negatedRight finds a negation inserted next to a right: "You can cancel
// your account" → "You cannot cancel your account". It looks only at the
// inserted run and the unchanged words of its sentence, so a "not" added
// in one sentence does not negate a right named in another.
func negatedRight(ops []change.Op) (neg, context string) {
	for i, o := range ops {
		if o.Op != change.OpInsert {
			continue
		}
		// Only a short insert edits an existing sentence; a long one is new
		// text, whose "not" says nothing about a right that was there.
		m := negationRe.Re().FindString(cleanText(linkTargetRe.Re().ReplaceAllString(o.Text, "]")))
		if m == "" || len([]rune(letters(o.Text))) > 12 {
			continue
		}
		before, after := "", ""
		for j := i - 1; j >= 0 && before == ""; j-- {
			if ops[j].Op == change.OpEqual {
				before = lastSentence(ops[j].Text)
			}
		}
		for j := i + 1; j < len(ops) && after == ""; j++ {
			if ops[j].Op == change.OpEqual {
				after = firstSentence(ops[j].Text)
			}
		}
		ctx := cleanText(before + o.Text + after)
		for _, con := range lexicon.Get() {
			if con.cat == 4 && con.name != "rights.right" && con.re.Re().MatchString(ctx) {
				return m, ctx
			}
		}
	}
	return "", ""
}

func lastSentence(s string) string {
	sp := Sentences(s)
	if len(sp) == 0 {
		return ""
	}
	last := sp[len(sp)-1]
	if last[1] < len(strings.TrimRight(s, " ")) {
		return "" // s ends a sentence: the insert starts a new one
	}
	return s[last[0]:]
}

func firstSentence(s string) string {
	sp := Sentences(s)
	if len(sp) == 0 {
		return ""
	}
	return s[:sp[0][1]]
}

// sameHosts reports whether two sets of links point at the same sites.
func sameHosts(x, y []ent) bool {
	hosts := func(es []ent) map[string]bool {
		m := map[string]bool{}
		for _, e := range es {
			h := e.norm
			if i := strings.IndexAny(h, "/?"); i >= 0 {
				h = h[:i]
			}
			m[h] = true
		}
		return m
	}
	hx, hy := hosts(x), hosts(y)
	if len(hx) != len(hy) {
		return false
	}
	for h := range hx {
		if !hy[h] {
			return false
		}
	}
	return true
}
