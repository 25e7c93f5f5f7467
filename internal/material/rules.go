package material

import (
	"strings"

	"github.com/policydiff/policydiff/internal/change"
)

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
		if moreLetters(o.Text, 12) {
			continue
		}
		ins := o.Text
		if strings.Contains(ins, "](") {
			ins = linkTargetRe.Re().ReplaceAllString(ins, "]")
		}
		m := findNegation(cleanText(ins))
		if m == "" {
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
		if n, _ := countConcepts(ctx); namesRight(n) {
			return m, ctx
		}
	}
	return "", ""
}

// namesRight reports whether concept counts n hold a named right: "right
// to" alone names none.
func namesRight(n map[string]int) bool {
	for i := range lexicon {
		con := &lexicon[i]
		if con.cat == 4 && con.name != "rights.right" && n[con.name] > 0 {
			return true
		}
	}
	return false
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
