// Package glossary is the bilingual (English/Chinese) term list that the
// cross-language comparison uses to align and check clauses, and that search
// uses to expand a query into the other language. A built-in list of privacy
// and contract terms ships in the binary; users extend or override it with a
// TSV file of their own.
package glossary

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"

	"github.com/policydiff/policydiff/internal/doc"
)

//go:embed builtin.tsv
var builtinTSV string

// Entry is one term pair. EN and ZH may each hold several variants separated
// by "|" ("cancel|deregister"). Tag is "org" for an organisation name, a group
// name for terms translators confuse with each other ("disclosure" groups
// share, transfer and public disclosure), or "".
type Entry struct {
	EN, ZH string
	Tag    string
}

// Variants splits a "|"-separated side of an entry.
func Variants(side string) []string {
	var out []string
	for _, v := range strings.Split(side, "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Match is one occurrence of a glossary term in a text.
type Match struct {
	Entry int    // index into Entries()
	Text  string // the glossary variant that matched (not the text's spelling)
}

type enVariant struct {
	entry int
	text  string
	words []string
}

type zhVariant struct {
	entry int
	text  string // as written
	key   string // lower case, no spaces
}

// Glossary is an immutable, indexed term list. Build it with Builtin or Load.
type Glossary struct {
	entries []Entry
	en      map[string][]enVariant // by first word, longest first
	zh      map[rune][]zhVariant   // by first rune, longest first
}

// Builtin returns the glossary shipped in the binary.
func Builtin() *Glossary {
	entries, err := parseTSV(builtinTSV)
	if err != nil {
		panic("glossary: builtin.tsv: " + err.Error()) // a build defect, caught by tests
	}
	return build(entries)
}

// Entries returns a copy of the term pairs in order.
func (g *Glossary) Entries() []Entry {
	return append([]Entry(nil), g.entries...)
}

// Len is the number of entries.
func (g *Glossary) Len() int { return len(g.entries) }

// Entry returns entry i.
func (g *Glossary) Entry(i int) Entry { return g.entries[i] }

func build(entries []Entry) *Glossary {
	g := &Glossary{entries: entries, en: map[string][]enVariant{}, zh: map[rune][]zhVariant{}}
	// later entries first, so that among equally long variants a user's
	// entry (appended by Load) wins over a built-in one
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		for _, v := range Variants(e.EN) {
			ws := Words(v)
			if len(ws) == 0 {
				continue
			}
			g.en[ws[0]] = append(g.en[ws[0]], enVariant{entry: i, text: v, words: ws})
		}
		for _, v := range Variants(e.ZH) {
			key := zhKey(v)
			if key == "" {
				continue
			}
			r := []rune(key)[0]
			g.zh[r] = append(g.zh[r], zhVariant{entry: i, text: v, key: key})
		}
	}
	for k, vs := range g.en {
		sort.SliceStable(vs, func(a, b int) bool { return len(vs[a].words) > len(vs[b].words) })
		g.en[k] = vs
	}
	for k, vs := range g.zh {
		sort.SliceStable(vs, func(a, b int) bool { return len(vs[a].key) > len(vs[b].key) })
		g.zh[k] = vs
	}
	return g
}

// Find returns the terms of the given language found in text, leftmost
// longest and without overlaps, so "sensitive personal information" is one
// match and not also "personal information".
func (g *Glossary) Find(text string, lang doc.Lang) []Match {
	if lang == doc.Chinese {
		return g.findZH(text)
	}
	return g.findEN(text)
}

func (g *Glossary) findEN(text string) []Match { return g.FindWords(Words(text)) }

// FindWords is Find of English text already split by Words, for a caller
// that needs the words too.
func (g *Glossary) FindWords(ws []string) []Match {
	var out []Match
	for i := 0; i < len(ws); {
		n := 0
		for _, v := range g.en[ws[i]] {
			if hasWords(ws[i:], v.words) {
				out = append(out, Match{Entry: v.entry, Text: v.text})
				n = len(v.words)
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	return out
}

func hasWords(ws, want []string) bool {
	if len(ws) < len(want) {
		return false
	}
	for i, w := range want {
		if ws[i] != w {
			return false
		}
	}
	return true
}

func (g *Glossary) findZH(text string) []Match {
	key := zhKey(text)
	var out []Match
	for i := 0; i < len(key); {
		r, size := decodeRune(key[i:])
		n := 0
		for _, v := range g.zh[r] {
			if strings.HasPrefix(key[i:], v.key) && latinBoundary(key, i+len(v.key), v.key) {
				out = append(out, Match{Entry: v.entry, Text: v.text})
				n = len(v.key)
				break
			}
		}
		if n == 0 {
			n = size
		}
		i += n
	}
	return out
}

// latinBoundary stops a Latin variant inside Chinese text ("app") from
// matching the start of a longer word ("apple"); a plural s is allowed.
func latinBoundary(key string, end int, variant string) bool {
	last, _ := lastRune(variant)
	if !isLatin(last) || end >= len(key) {
		return true
	}
	next, size := decodeRune(key[end:])
	if next == 's' {
		if end+size >= len(key) {
			return true
		}
		next, _ = decodeRune(key[end+size:])
	}
	return !isLatin(next) && !unicode.IsDigit(next)
}

// Expand returns the other language's renderings of every glossary term found
// in query, so a search for "注销" also finds "cancel" and "deregister". The
// query itself is not included. Variants are deduplicated, in order of the
// terms' appearance.
func (g *Glossary) Expand(query string, from doc.Lang) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range g.Find(query, from) {
		side := g.entries[m.Entry].ZH
		if from == doc.Chinese {
			side = g.entries[m.Entry].EN
		}
		for _, v := range Variants(side) {
			k := strings.ToLower(v)
			if !seen[k] {
				seen[k] = true
				out = append(out, v)
			}
		}
	}
	return out
}
