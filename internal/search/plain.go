package search

import "strings"

// stopWords are dropped from plain queries before their words are made
// required: the en analyzer removes them, and a required word that analyses
// to nothing would match no clause at all.
var stopWords = map[string]bool{
	"a": true, "an": true, "and": true, "are": true, "as": true, "at": true, "be": true,
	"by": true, "for": true, "from": true, "how": true, "in": true, "is": true, "it": true,
	"of": true, "on": true, "or": true, "our": true, "that": true, "the": true, "this": true,
	"to": true, "we": true, "with": true, "you": true, "your": true,
}

// requireAll makes every word of a plain query required: a reviewer typing
// "facial information" into a search box wants the clauses about facial
// information, not every clause that says "information". A query that uses
// any of Bleve's operators is left as written.
func requireAll(text string) string {
	words := strings.Fields(text)
	if len(words) < 2 || strings.ContainsAny(text, `":*?~^()\`) {
		return text
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		if w[0] == '+' || w[0] == '-' {
			return text
		}
		if stopWords[strings.ToLower(w)] {
			continue
		}
		out = append(out, "+"+w)
	}
	if len(out) == 0 {
		return text
	}
	return strings.Join(out, " ")
}
