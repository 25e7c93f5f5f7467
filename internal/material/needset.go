package material

import "github.com/policydiff/policydiff/internal/lazy"

// needSet is hasFold for one list of needs, in one pass over a text: each
// need is sought by its rarest byte (as indexUpper seeks it), all of them
// at once, where hasFold passes over the text once or twice per need. A
// clause that holds none of a dozen needs, as most do, is read once.
type needSet struct {
	need []string
	// direct: the pivots answer for need, which is plain (plainNeed) and
	// holds no empty need; else every text goes to hasFold.
	direct bool
	// at[b] is 1 + the index in pivots of the needs whose rarest byte is
	// b in upper case, 0 for none.
	at     [256]uint16
	pivots [][]pivot
}

// pivot is a need and the index of the byte it is sought by.
type pivot struct {
	s string
	k int
}

func newNeedSet(need []string) *needSet {
	n := &needSet{need: need, direct: need != nil && !hasEmpty(need) && plainNeed(need)}
	for _, s := range need {
		if s == "" {
			continue
		}
		k := rarestByte(s)
		// Needs are written in upper case (hasFold's contract), so up is the
		// upper twin and its lower case shares its list.
		up := s[k]
		if n.at[up] == 0 {
			n.pivots = append(n.pivots, nil)
			n.at[up] = uint16(len(n.pivots))
			if lo := lowerByte(up); lo != up {
				n.at[lo] = n.at[up]
			}
		}
		n.pivots[n.at[up]-1] = append(n.pivots[n.at[up]-1], pivot{s, k})
	}
	return n
}

// in reports hasFold(n.need, text).
func (n *needSet) in(text string) bool {
	if !n.direct || foldsToASCII(text) {
		return hasFold(n.need, text)
	}
	for p := 0; p < len(text); p++ {
		x := n.at[text[p]]
		if x == 0 {
			continue
		}
		for _, pv := range n.pivots[x-1] {
			if i := p - pv.k; i >= 0 && i+len(pv.s) <= len(text) && equalUpper(text[i:i+len(pv.s)], pv.s) {
				return true
			}
		}
	}
	return false
}

// equalUpper reports whether t, its ASCII letters upper-cased, is s.
func equalUpper(t, s string) bool {
	for j := 0; j < len(s); j++ {
		if upperByte(t[j]) != s[j] {
			return false
		}
	}
	return true
}

func hasEmpty(need []string) bool {
	for _, s := range need {
		if s == "" {
			return true
		}
	}
	return false
}

// The need sets read most often: the material-change words of every
// clause of a version, the period units of every changed clause.
var (
	materialNeeds = &lazy.Value[*needSet]{New: func() *needSet { return newNeedSet(materialNeed) }}
	periodNeeds   = &lazy.Value[*needSet]{New: func() *needSet { return newNeedSet(periodUnits) }}
)
