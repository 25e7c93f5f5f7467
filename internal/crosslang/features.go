package crosslang

import (
	"math"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/glossary"
	"github.com/policydiff/policydiff/internal/lazy"
)

// facts is everything extracted once from one clause (or one run of merged
// clauses): the evidence the checks compare and the anchors alignment scores.
type facts struct {
	lang doc.Lang
	text string
	// The first negated verb and the modality, which the checks ask of
	// every pair scored high enough: read by readFacts for each clause, on
	// every core, and on first use for a run of merged clauses.
	neg       *negatedAt
	modal     *modalAt
	numbers   []Number
	durations []Span
	ages      []Span
	dates     []Span
	emails    []Span
	phones    []Span
	urls      []Span
	terms     []glossary.Match
	orgs      []Org
	gloss     []uint64 // bitset of glossary entries present
	nGloss    int
	anchors   []string // sorted: numbers, dates, e-mails, phones, URLs
	latin     []string // sorted: ZH every Latin token; EN acronyms and odd-case tokens
	words     []string // sorted, EN only: every word, so a ZH Latin token can be looked up
	length    float64  // ZH: non-space runes; EN: non-space characters
}

var latinTokRe = &lazy.Regexp{Expr: `[A-Za-z][A-Za-z0-9]*(?:[.&-][A-Za-z0-9]+)*`}

func extract(text string, lang doc.Lang, g *glossary.Glossary) *facts {
	f := &facts{lang: lang, text: text}
	f.numbers = Numbers(text)
	f.dates = Dates(text)
	f.ages = Ages(text)
	// "16 years or older" is an age, and 十六周岁 sixteen years of age,
	// not sixteen weeks.
	f.durations = durations(text, append(append([]Span(nil), f.dates...), f.ages...))
	f.emails = Emails(text)
	f.urls = URLs(text)
	f.phones = phones(text, append(append(append([]Span(nil), f.dates...), f.emails...), f.urls...))
	var words []string // English text split once, for the glossary and for f.words
	if lang != doc.Chinese {
		words = glossary.Words(text)
		f.terms = g.FindWords(words)
	} else {
		f.terms = g.Find(text, lang)
	}
	f.orgs = orgs(text, lang, g, f.terms, append(append([]Span(nil), f.emails...), f.urls...))
	f.gloss = make([]uint64, (g.Len()+63)/64)
	for _, m := range f.terms {
		if f.gloss[m.Entry/64]&(1<<(m.Entry%64)) == 0 {
			f.nGloss++
		}
		f.gloss[m.Entry/64] |= 1 << (m.Entry % 64)
	}
	var anchors []string
	for _, n := range significantNumbers(f) {
		anchors = append(anchors, "n:"+n.Key())
	}
	for _, group := range [][]Span{f.dates, f.emails, f.phones, f.urls} {
		for _, s := range group {
			anchors = append(anchors, "k:"+s.Key)
		}
	}
	f.anchors = uniq(anchors)
	// an acronym inside a glossary term ("ID card number", "JD Digits") is
	// translated with the term, so it is no anchor to look for in Chinese
	inTerm := map[string]bool{}
	if lang != doc.Chinese {
		for _, m := range f.terms {
			for _, w := range glossary.Words(m.Text) {
				inTerm[w] = true
			}
		}
	}
	for _, tok := range latinTokRe.Re().FindAllString(text, -1) {
		if lang == doc.Chinese || special(tok) {
			for _, w := range glossary.Words(tok) {
				if !inTerm[w] {
					f.latin = append(f.latin, w)
				}
			}
		}
	}
	f.latin = uniq(f.latin)
	if lang != doc.Chinese {
		f.words = uniq(words)
	}
	for _, r := range text {
		if !unicode.IsSpace(r) {
			f.length++
		}
	}
	return f
}

// special tells the English tokens worth finding inside Chinese text: SDK,
// IDFA, GitHub, ISO27001 — not ordinary words the translator translated.
func special(tok string) bool {
	upper, digit := 0, false
	for i, r := range tok {
		switch {
		case unicode.IsUpper(r):
			if i > 0 {
				return true // GitHub, iOS-style inner capital
			}
			upper++
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return digit || upper > 0 && len(tok) >= 2 && strings.ToUpper(tok) == tok
}

// significantNumbers drops the numbers that other checks own (inside dates,
// phones, e-mails, URLs) and the number one, which English writes as "a".
func significantNumbers(f *facts) []Number {
	var owned []Span
	owned = append(owned, f.dates...)
	owned = append(owned, f.phones...)
	owned = append(owned, f.emails...)
	owned = append(owned, f.urls...)
	var out []Number
	for _, n := range f.numbers {
		if n.Value == 1 && !n.Percent || overlaps(owned, n.Pos, n.End) || listMarker(f.text, n) || codePart(f.text, n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// listMarker tells an item number written inline ("5、…6、…", "(2)") from a
// number the text states: the first is structure, not a fact to compare.
func listMarker(text string, n Number) bool {
	after := strings.TrimLeft(text[n.End:], " ")
	if strings.HasPrefix(after, "、") {
		return true
	}
	if strings.HasPrefix(after, ")") && !strings.HasSuffix(strings.TrimRight(text[:n.Pos], " "), "(") {
		r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(text[:n.Pos], " "))
		if n.Pos == 0 || !isLatinLetter(r) && !unicode.IsDigit(r) && !isHan(r) {
			return true // "1) must give notice …; and 2) must provide …"
		}
	}
	line := strings.TrimLeft(text[strings.LastIndexByte(text[:n.Pos], '\n')+1:n.Pos], " -*•")
	if line == "" && (strings.HasPrefix(after, ".") || strings.HasPrefix(after, ")")) {
		return true // "1. Scope of application" at the start of a line
	}
	before := strings.TrimRight(text[:n.Pos], " ")
	return (strings.HasSuffix(before, "(") || strings.HasSuffix(before, "（")) &&
		(strings.HasPrefix(after, ")") || strings.HasPrefix(after, "）"))
}

// codePart tells a number that ends a code ("JDT-YSXY-2021") from a count.
func codePart(text string, n Number) bool {
	before := text[:n.Pos]
	if !strings.HasSuffix(before, "-") && !strings.HasSuffix(before, "_") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(before[:len(before)-1])
	return isLatinLetter(r) || unicode.IsDigit(r)
}

func uniq(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	sort.Strings(xs)
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

func contains(sorted []string, x string) bool {
	i := sort.SearchStrings(sorted, x)
	return i < len(sorted) && sorted[i] == x
}

// merge joins the facts of consecutive clauses, for 1-2 and 2-1 alignments.
func merge(a, b *facts, g *glossary.Glossary) *facts {
	sep := " "
	if a.lang == doc.Chinese {
		sep = ""
	}
	return extract(a.text+sep+b.text, a.lang, g)
}

// similarity scores how likely en and zh say the same thing, 0..1: shared
// anchors (numbers, dates, contacts, Latin tokens), shared glossary terms,
// and how well the length ratio fits translation between the two languages.
func similarity(en, zh *facts) float64 {
	var wsum, sum float64
	total := len(en.anchors) + len(zh.anchors) + len(en.latin) + len(zh.latin)
	if total > 0 {
		matched := 0
		for _, a := range en.anchors {
			if contains(zh.anchors, a) {
				matched += 2
			}
		}
		for _, t := range en.latin {
			if contains(zh.latin, t) {
				matched++
			}
		}
		for _, t := range zh.latin {
			if contains(en.words, t) {
				matched++
			}
		}
		w := 0.35 * math.Min(1, float64(total)/3+0.34)
		sum += w * float64(matched) / float64(total)
		wsum += w
	}
	if en.nGloss+zh.nGloss > 0 {
		common := 0
		for i := range en.gloss {
			common += popcount(en.gloss[i] & zh.gloss[i])
		}
		w := 0.45 * math.Min(1, float64(en.nGloss+zh.nGloss)/4+0.25)
		sum += w * 2 * float64(common) / float64(en.nGloss+zh.nGloss)
		wsum += w
	}
	ls := lengthScore(en.length, zh.length)
	if wsum == 0 {
		return 0.5 * ls
	}
	sum += 0.2 * ls
	wsum += 0.2
	return sum / wsum
}

// zhPerEN is the usual number of Chinese characters per English character
// in translated policy text (about 0.3–0.6).
const zhPerEN = 0.42

func lengthScore(en, zh float64) float64 {
	if en == 0 || zh == 0 {
		if en == zh {
			return 1
		}
		return 0
	}
	d := math.Log(zh / en / zhPerEN)
	// short texts vary more, so they are judged more leniently
	sigma := 0.35 + 3/math.Sqrt(en+zh)
	return math.Exp(-d * d / (2 * sigma * sigma))
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}
