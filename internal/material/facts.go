package material

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/doc"
)

// docFacts are document-wide counts: an entity or right that only moved
// from one clause to another has not appeared or disappeared.
type docFacts struct {
	// docA and docB are both nil when the comparison carries no documents
	// (see whole): then only the changed clauses are read.
	docA, docB *doc.Document
	// inDocMemo and delta are computed on first use (see inDoc, gained):
	// most comparisons never need them, and then the unchanged clauses are
	// never read.
	inDocMemo map[entKey]bool
	delta     map[string]int // concept count of B minus A, every concept; nil until asked
	// fullA and fullB are the full texts of the clauses of each version.
	fullA, fullB []string
	// added and removed hold the letters of the clauses added and removed
	// whole, so that text split off into a new clause (or merged in from a
	// removed one) is not read as deleted (or inserted).
	added, removed []string
	// conceptMemo holds countConcepts by text: a changed clause's text is
	// usually also one the document-wide concept delta reads.
	conceptMemo map[string]conceptCounts
	places      [][]place // the lexicon scan's, for the next text
	// cleaned and entMemo hold cleanText and entities by text: a clause
	// both versions share, or a changed one the document-wide reads meet
	// again, is read once.
	cleaned map[string]string
	entMemo map[string]map[string]map[string]string
	durMemo map[string][]Duration // durations by text
	// sections holds the category each heading names (see sectionCategoryIn).
	sections map[string]int
	// periods is periodTallies, nil until asked.
	periods map[periodKey]*periodTally
	// unsharedMemo is unshared, nil until asked.
	unsharedMemo []unsharedText
	// wholeLang maps "added <id>" / "removed <id>" to the language of the
	// clause added or removed whole under that id.
	wholeLang map[string]doc.Lang
}

// retranslated reports whether an added (removed) clause has a removed
// (added) twin under the same id in the other language: a page capture
// that swapped an untranslated paragraph for its translation.
func (f *docFacts) retranslated(c *change.Change) bool {
	switch {
	case c.A == nil && c.B != nil:
		l, ok := f.wholeLang["removed "+c.B.ID]
		return ok && l != doc.DetectLang(c.B.Full())
	case c.B == nil && c.A != nil:
		l, ok := f.wholeLang["added "+c.A.ID]
		return ok && l != doc.DetectLang(c.A.Full())
	}
	return false
}

func newFacts() *docFacts {
	return &docFacts{wholeLang: map[string]doc.Lang{}, conceptMemo: map[string]conceptCounts{},
		cleaned: map[string]string{}, entMemo: map[string]map[string]map[string]string{}, sections: map[string]int{},
		durMemo:   map[string][]Duration{},
		inDocMemo: map[entKey]bool{}}
}

// noteWhole records the clauses added and removed whole.
func (f *docFacts) noteWhole(changes []change.Change) {
	for _, c := range changes {
		switch {
		case c.A == nil && c.B != nil:
			f.added = append(f.added, letters(c.B.Full()))
			f.wholeLang["added "+c.B.ID] = doc.DetectLang(c.B.Full())
		case c.B == nil && c.A != nil:
			f.removed = append(f.removed, letters(c.A.Full()))
			f.wholeLang["removed "+c.A.ID] = doc.DetectLang(c.A.Full())
		}
	}
}

// whole reports whether the documents are known, and with them what each
// version holds as a whole.
func (f *docFacts) whole() bool { return f.docA != nil }

// gained and lost say whether the document as a whole has more (fewer)
// mentions of a concept in B than in A. Document counts are sums over
// clauses, so a clause both versions hold adds the same to both and
// cancels: only the clauses one version lacks are counted.
func (f *docFacts) gained(name string) bool { return f.conceptDelta(name) > 0 }
func (f *docFacts) lost(name string) bool   { return f.conceptDelta(name) < 0 }

func (f *docFacts) conceptDelta(name string) int {
	if f.delta == nil {
		f.delta = map[string]int{}
		// Every concept at once: the first concept asked about reads every
		// unshared clause anyway, and summing its counts then is cheaper
		// than looking them up again for each concept asked after.
		for _, u := range f.unshared() {
			n, _ := f.conceptCounts(conceptText(u.clean))
			for name, x := range n {
				f.delta[name] += u.k * x
			}
		}
	}
	return f.delta[name]
}

// unsharedText is the cleaned full text of clauses that B holds k more
// times than A (k < 0: fewer). Cleaning it here also fills the memo that
// sides reads the same clauses through.
type unsharedText struct {
	clean string
	k     int
}

// unshared returns, in the order first met (B, then A), the clause texts
// the two versions do not hold equally often: a sum over every clause of a
// version, less the same over the other, is a sum over these alone.
// Clauses are counted by fullKey: building the full text of every clause
// of both versions, to count the few they do not share, was a third of
// the bytes Prepare allocated.
func (f *docFacts) unshared() []unsharedText {
	if f.unsharedMemo == nil {
		f.unsharedMemo = []unsharedText{}
		cs := f.docB.Flatten()
		nb := len(cs)
		cs = append(cs, f.docA.Flatten()...)
		mult := make(map[fullKey]int, len(cs))
		type firstOf struct {
			i   int
			key fullKey
		}
		first := make([]firstOf, 0, len(cs)) // the first clause of each text, in order
		for i, c := range cs {
			key := keyOf(c)
			if _, ok := mult[key]; !ok {
				first = append(first, firstOf{i, key})
			}
			if i < nb {
				mult[key]++
			} else {
				mult[key]--
			}
		}
		for _, x := range first {
			if k := mult[x.key]; k != 0 {
				f.unsharedMemo = append(f.unsharedMemo, unsharedText{f.cleanText(cs[x.i].Full()), k})
			}
		}
	}
	return f.unsharedMemo
}

// fullKey is a clause's full text (doc.Clause.Full) cut at its first line
// break, which tells two texts apart as the whole would, without building
// it when the break is the one between heading and text, or one of the
// text alone.
type fullKey struct {
	first, rest string
	cut         bool // the text has a line break, between first and rest
}

func keyOf(c *doc.Clause) fullKey {
	// Full of a lone part is that part, not a copy.
	if heading, sep, text := c.FullParts(); sep != "" && strings.IndexByte(heading, '\n') < 0 {
		return fullKey{heading, text, true}
	}
	return cutKey(c.Full())
}

func cutKey(full string) fullKey {
	first, rest, cut := strings.Cut(full, "\n")
	return fullKey{first, rest, cut}
}

type conceptCounts struct {
	n map[string]int
	w map[string]string
}

// counts is the package's counts, remembered for this comparison.
func (f *docFacts) counts(text string) (map[string]int, map[string]string) {
	return f.conceptCounts(conceptText(text))
}

// conceptCounts is countConcepts, remembered for this comparison. Callers
// only read the maps it returns.
func (f *docFacts) conceptCounts(text string) (map[string]int, map[string]string) {
	c, ok := f.conceptMemo[text]
	if !ok {
		c.n, c.w = countConceptsIn(text, &f.places)
		f.conceptMemo[text] = c
	}
	return c.n, c.w
}

// letters keeps the letters and digits of s, lower-cased: the key under
// which moved text is recognised whatever its layout.
// Each rune is lowered as strings.ToLower lowers it, without the copy it
// makes (TestLettersLowerFirst).
func letters(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r, ok := keptLetter(r); ok {
			if r < utf8.RuneSelf {
				b.WriteByte(byte(r))
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// keptLetter is what letters keeps of r: r in lower case, if a letter or
// a digit.
func keptLetter(r rune) (rune, bool) {
	if r < utf8.RuneSelf {
		c := lowerByte(byte(r))
		return rune(c), 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
	}
	r = unicode.ToLower(r)
	return r, unicode.IsLetter(r) || unicode.IsDigit(r)
}

// moreLetters reports whether letters(s) has more than n runes, without
// building it.
func moreLetters(s string, n int) bool {
	for _, r := range s {
		if _, ok := keptLetter(r); ok {
			if n--; n < 0 {
				return true
			}
		}
	}
	return false
}

// movedTo reports whether run is a sizeable piece of text found whole in
// one of the clauses of pool.
func movedTo(run string, pool []string) bool {
	// letters keeps at most a rune of each byte: a run of fewer bytes than
	// the size asked for, or an empty pool, is answered without it.
	if len(run) < 30 || len(pool) == 0 {
		return false
	}
	k := letters(run)
	if utf8.RuneCountInString(k) < 30 {
		return false
	}
	for _, p := range pool {
		if strings.Contains(p, k) {
			return true
		}
	}
	return false
}

func wholeText(d *doc.Document) string {
	var b strings.Builder
	for _, c := range d.Flatten() {
		b.WriteString(clean(c))
		b.WriteByte('\n')
	}
	return b.String()
}

// cleanText is the package's cleanText, remembered for this comparison.
func (f *docFacts) cleanText(s string) string {
	t, ok := f.cleaned[s]
	if !ok {
		t = cleanText(s)
		f.cleaned[s] = t
	}
	return t
}

// clean is the package's clean, remembered for this comparison.
func (f *docFacts) clean(c *doc.Clause) string {
	if c == nil {
		return ""
	}
	return f.cleanText(c.Full())
}

// durations is the package's durations, remembered for this comparison.
// Callers only read the periods it returns.
func (f *docFacts) durations(text string) []Duration {
	d, ok := f.durMemo[text]
	if !ok {
		d = durations(text)
		f.durMemo[text] = d
	}
	return d
}

// readAhead takes the document-wide concept counts and reads the entities
// and periods of the clauses the versions do not share, the texts most
// changes are made of, so that Prepare does it on its own core while the
// versions are aligned, rather than AnnotatePrepared after.
func (f *docFacts) readAhead() {
	f.conceptDelta("") // every concept's delta, whatever the name
	for _, u := range f.unshared() {
		t := u.clean
		f.entities(t)
		f.durations(t)
	}
}

// entities is the package's entities, remembered for this comparison.
// Callers only read the maps it returns.
func (f *docFacts) entities(text string) map[string]map[string]string {
	e, ok := f.entMemo[text]
	if !ok {
		e = entities(text)
		f.entMemo[text] = e
	}
	return e
}
