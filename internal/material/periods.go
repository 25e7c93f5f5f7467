package material

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
				// A period that left this clause while B states one of
				// another length elsewhere was changed, not dropped.
				ev = gone[i].Text + " removed"
				if o, ok := f.elsewhere(gone[i], true, db); ok {
					ev += ", " + o.Text + " in another clause"
					longer, shorter = o.Days > gone[i].Days, o.Days < gone[i].Days
				}
			default:
				ev = added[i].Text + " added"
				if o, ok := f.elsewhere(added[i], false, da); ok {
					ev += ", " + o.Text + " gone from another clause"
					longer, shorter = added[i].Days > o.Days, added[i].Days < o.Days
				}
			}
			switch {
			case kind == "retention":
				v.add(1, "purpose.retention.changed", "retention period "+ev)
			case kind == "notice" && shorter:
				v.add(4, "rights.notice-period.shorter", "notice period "+ev)
				v.reduced = true
			case kind == "notice":
				v.add(4, "rights.notice-period.changed", "notice period "+ev)
			case longer:
				v.add(4, "rights.deadline.longer", "reply deadline "+ev)
				v.reduced = true
			default:
				v.add(4, "rights.deadline.changed", "reply deadline "+ev)
			}
		}
	}
}

// notHeld keeps the periods of ds, found on one side of a change (gone:
// A's), of which the other version states fewer than this one: one that
// only moved, or whose sentence was reworded, is stated as often in both;
// a new retention period for new data, the same length as an old one for
// other data, is one more. A period the reading of whole clauses does not
// find on its side at all (its sentence read differently there) is kept.
func (f *docFacts) notHeld(gone bool, ds []Duration) []Duration {
	var out []Duration
	for _, d := range ds {
		t := f.periodTallies()[periodKey{d.Kind, d.Days}]
		switch {
		case t == nil, gone && t.a == 0, !gone && t.b == 0,
			gone && t.b < t.a, !gone && t.a < t.b:
			out = append(out, d)
		}
	}
	return out
}

// elsewhere finds, for a period that left a clause of A (gone) or came
// into one of B, the period it became, or was: the one period of the same
// kind and another length that the other version states once more than
// this one, outside this change (own: the change's periods on the other
// side, judged here already), when this period is the only one of its
// kind this version states more. When more than one period of a kind
// moved, which became which is a guess, and none is made.
func (f *docFacts) elsewhere(d Duration, gone bool, own []Duration) (Duration, bool) {
	if !f.whole() {
		return Duration{}, false
	}
	here, there := 0, 0 // surplus of this kind on this side, on the other
	var o Duration
	for k, t := range f.periodTallies() {
		if k.kind != d.Kind {
			continue
		}
		surplus := t.b - t.a // on B, the other side of a period gone
		text := t.textB
		if !gone {
			surplus, text = -surplus, t.textA
		}
		for _, x := range own {
			if x.Kind == k.kind && x.Days == k.days {
				surplus--
			}
		}
		switch {
		case surplus > 0:
			there += surplus
			o = Duration{Text: text, Days: k.days, Kind: k.kind}
		case surplus < 0:
			here -= surplus
		}
	}
	if here != 1 || there != 1 || o.Days == d.Days {
		return Duration{}, false
	}
	return o, true
}

type periodKey struct {
	kind string
	days float64
}

// periodTally counts how often the clauses A holds more often than B (a)
// and those B holds more often (b) state a period, with its text as each
// prints it.
type periodTally struct {
	a, b         int
	textA, textB string
}

// periodTallies reads the periods of the clauses one version lacks: as
// with the concept counts (conceptDelta), the ones both hold cancel out.
// Reading every clause of both cost the first comparison of a policy 20
// times the benchmark's size a third of its time.
func (f *docFacts) periodTallies() map[periodKey]*periodTally {
	if f.periods == nil {
		f.periods = map[periodKey]*periodTally{}
		for _, u := range f.unshared() {
			for _, d := range f.durations(u.clean) {
				k := periodKey{d.Kind, d.Days}
				t := f.periods[k]
				if t == nil {
					t = &periodTally{}
					f.periods[k] = t
				}
				if u.k > 0 {
					t.b += u.k
					if t.textB == "" {
						t.textB = d.Text
					}
				} else {
					t.a -= u.k
					if t.textA == "" {
						t.textA = d.Text
					}
				}
			}
		}
	}
	return f.periods
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
