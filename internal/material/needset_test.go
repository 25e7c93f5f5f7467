package material

import (
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestNeedSetIsHasFold holds needSet.in to hasFold for every list of needs
// the package has, on the paragraphs and sentences of the seeds and the
// corpus and on text made of the needs' own pieces.
func TestNeedSetIsHasFold(t *testing.T) {
	lists := [][]string{materialNeed, dateLineNeed, enDurationNeed, periodUnits, advanceNeed, copyrightNeed,
		entityNeed.url, entityNeed.enCompany, entityNeed.zhCompany, entityNeed.enAddress, entityNeed.zhAddress,
		{"É", "ÉCLAIR"}, {"ΣΑ"}}
	// Lists no text, or every text, passes; a need no upper-cased text holds.
	odd := [][]string{zhDurationNeed, {"", "X"}, {"abc"}}
	pieces := []string{"", " ", "x", "g", "G", "ſ", "\u212a", "é", "É", "重大", "变", "ü"}
	for _, need := range lists {
		for _, s := range need {
			pieces = append(pieces, s, strings.ToLower(s), s[:len(s)/2], s[len(s)/2:])
		}
	}
	texts := append(madeUp(pieces, 50000), realTexts()...)
	texts = append(texts, sharedtest.Paragraphs()...)
	for i, need := range append(lists, odd...) {
		n, hits := newNeedSet(need), 0
		for _, s := range texts {
			got, want := n.in(s), hasFold(need, s)
			if got != want {
				t.Fatalf("needSet(%q).in(%q) = %v, hasFold says %v", need, s, got, want)
			}
			if want {
				hits++
			}
		}
		if i < len(lists) && (hits == 0 || hits == len(texts)) {
			t.Errorf("%q: %d of %d texts hold a need", need, hits, len(texts))
		}
	}
}
