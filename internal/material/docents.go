package material

import (
	"strings"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/textdiff"
)

// inDoc reports whether a version (b: B, else A) holds an entity the same
// as norm: whether contains would find it in the union of what entities
// finds in each cleaned clause. That is whether one clause holds it, so
// the clauses are read in order until one does, and only those that may
// hold an entity of the kind at all (see mayHoldKind): reading every
// clause of a long policy because one email left one clause, where a copy
// further on says it again, was half the time the rules took on it.
func (f *docFacts) inDoc(b bool, kind, norm string) bool {
	k := entKey{b, kind, norm}
	if in, ok := f.inDocMemo[k]; ok {
		return in
	}
	in := false
	lit := entityLiteral(kind, norm)
	for _, full := range f.fulls(b) {
		if !mayHoldLiteral(full, lit) || !mayHoldKind(full, kind) {
			continue
		}
		if contains(f.entities(f.cleanText(full))[kind], kind, norm) {
			in = true
			break
		}
	}
	f.inDocMemo[k] = in
	return in
}

type entKey struct {
	b          bool
	kind, norm string
}

// mayHoldLiteral reports whether a clause's raw text may hold lit (see
// entityLiteral). A '%' may be an escape a link's host is read through.
func mayHoldLiteral(raw, lit string) bool {
	return lit == "" || indexUpper(raw, lit) >= 0 || mayFoldIntoEntity(raw) || strings.IndexByte(raw, '%') >= 0
}

// entityLiteral returns, in upper case, a string the raw text of a clause
// holding an email or link the same as norm holds unless fold could have
// made it (see mayFoldIntoEntity), or "" when none is known: an email is
// itself, a link names its host.
func entityLiteral(kind, norm string) string {
	var lit string
	switch kind {
	case entEmail:
		lit = norm
	case entURL:
		lit, _, _ = strings.Cut(norm, "/")
		lit, _, _ = strings.Cut(lit, "?")
	}
	for i := 0; i < len(lit); i++ {
		// Only what a raw host or email holds as is.
		if c := lit[i]; !(wordBytes[c] || c == '.' || c == '-' || c == '@') {
			return ""
		}
	}
	return strings.ToUpper(lit)
}

// fulls returns the full text of every clause of a version, in order.
func (f *docFacts) fulls(b bool) []string {
	p, d := &f.fullA, f.docA
	if b {
		p, d = &f.fullB, f.docB
	}
	if *p == nil {
		*p = []string{}
		for _, c := range d.Flatten() {
			*p = append(*p, c.Full())
		}
	}
	return *p
}

// mayHoldKind reports whether the cleaned text of raw may hold an entity
// of kind, from raw itself. When raw is plain ASCII with no '*' and no byte
// that fold turns into a letter, digit, '@' or '.', every run of such
// characters in its cleaned text (cleanText only drops text, replaces it
// with spaces and collapses spaces) stands in raw as is; each entity
// pattern, as entities runs it, needs one of a few such runs (see
// entityNeed and legalForm). Other text may hold one anywhere.
func mayHoldKind(raw, kind string) bool {
	if mayFoldIntoEntity(raw) {
		return true
	}
	switch kind {
	case entEmail:
		return strings.IndexByte(raw, '@') >= 0
	case entURL:
		return hasFold(entityNeed.url, raw)
	case entPhone:
		return hasDigitRun(raw, 4) && countDigits(raw) >= 10
	case entCompany:
		// The Chinese pattern needs Han characters, beyond ASCII.
		return mayNameCompany(raw)
	case entAddress:
		// Every address starts with a number and names a street word
		// after a space.
		return countDigits(raw) > 0 && afterSpace(raw, streetWords, true)
	}
	return true
}

// mayNameCompany reports whether text holds what every English company
// name entities keeps holds: a name of two words or more has a space or a
// comma before its legal form, or is a bare "Pte. Ltd."; "Inc" in
// "Including", a match of the pattern, names no one.
func mayNameCompany(text string) bool {
	return strings.Contains(text, "Pte") || afterSpace(text, legalForm, false)
}

// streetWords are the words of enAddressRe one of which every English
// address holds, in upper case.
var streetWords = []string{"STREET", "ST.", "ROAD", "RD.", "AVENUE", "AVE.", "BOULEVARD", "BLVD.", "LANE", "DRIVE",
	"WAY", "YARD", "BUILDING", "FLOOR", "SUITE"}

// afterSpace reports whether raw holds one of words (case-blind: upper
// case, as indexUpper reads) right after a byte that stands for a space
// in the cleaned text: a space, a tag's '>' (tags become spaces) or, for a
// legal form, a comma. A line start counts as a space for a street word.
func afterSpace(raw string, words []string, caseBlind bool) bool {
	for _, w := range words {
		for from := 0; from < len(raw); {
			var i int
			if caseBlind {
				i = indexUpper(raw[from:], w)
			} else {
				i = strings.Index(raw[from:], w)
			}
			if i < 0 {
				break
			}
			i += from
			if i == 0 && caseBlind || i > 0 && strings.IndexByte(" \t\n\v\f\r>,", raw[i-1]) >= 0 && (caseBlind || raw[i-1] != '\n') {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// mayFoldIntoEntity reports whether raw holds a byte beyond ASCII, a '*'
// (fold drops it, joining its neighbours) or an ASCII byte fold turns into
// one an entity's needed runs are made of.
func mayFoldIntoEntity(raw string) bool {
	kept := asciiKept.Get()
	for i := 0; i < len(raw); i++ {
		b := raw[i]
		if b >= utf8.RuneSelf || b == '*' {
			return true
		}
		if !kept[b] {
			r := textdiff.Fold(rune(b))
			if r >= utf8.RuneSelf || wordBytes[r] || r == '@' || r == '.' {
				return true
			}
		}
	}
	return false
}
