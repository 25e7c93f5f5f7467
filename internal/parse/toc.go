package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// markTOC finds a table of contents — a run of short numbered lines from 1
// whose first entry comes back later as a real section title — and marks
// its lines so they stay preamble text instead of clashing with the real
// sections 1…n.
func markTOC(units []unit) {
	// A table of contents opens the document; looking further would cost a
	// scan of the rest for every short list.
	for i := 0; i < len(units) && i < 300; {
		j := i
		prev := 0
		for j < len(units) && tocLine(&units[j], &units[i], prev) {
			prev = units[j].mk.num
			j++
		}
		if j-i >= 3 && units[i].mk.num == 1 && returnsLater(units[i].mk.rest, units[j:]) {
			for k := i; k < j; k++ {
				units[k].toc = true
			}
		}
		i = max(j, i+1)
	}
}

func tocLine(u, first *unit, prev int) bool {
	if u.kind != unitPara || u.mk == nil || u.mk.style != first.mk.style {
		return false
	}
	switch u.mk.style {
	case styleSection, styleItem, styleSub, styleArticle, styleChapter:
	default:
		return false
	}
	rest := u.mk.cleanRest()
	if rest == "" || wider(rest, 90) || endsSentence(rest) {
		return false
	}
	// Two entries can share a line in a PDF extraction ("5、… 6、…"), so the
	// next number may skip one.
	return u.mk.num > prev && u.mk.num <= prev+2
}

// returnsLater reports whether title heads a clause further on.
func returnsLater(title string, rest []unit) bool {
	want := fold(CleanInline(title))
	if utf8.RuneCountInString(want) < 2 {
		return false
	}
	for i := range rest {
		u := &rest[i]
		var t string
		switch {
		case u.mk != nil:
			t = u.mk.cleanRest()
		case u.kind == unitHeading:
			t = CleanInline(u.text)
		default:
			continue
		}
		// fold(t) equal to want or longer and starting with it.
		if foldedHasPrefix(t, want) {
			return true
		}
	}
	return false
}

// fold keeps letters and digits, lower-cased, for loose title matching.
func fold(s string) string {
	var b strings.Builder
	for _, r := range s {
		if f, ok := foldRune(r); ok {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// foldRune is what fold and foldedHasPrefix keep of r, if anything.
func foldRune(r rune) (rune, bool) {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return unicode.ToLower(r), true
	}
	return r, false
}

// foldedHasPrefix is strings.HasPrefix(fold(s), prefix) without building
// fold(s): most titles differ from prefix at their first letter.
func foldedHasPrefix(s, prefix string) bool {
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		if prefix == "" {
			return true
		}
		f, ok := foldRune(r)
		if !ok {
			continue
		}
		n := utf8.EncodeRune(buf[:], f)
		if len(prefix) < n || prefix[:n] != string(buf[:n]) {
			return false
		}
		prefix = prefix[n:]
	}
	return prefix == ""
}

// titleHeading returns the index of the markdown heading that titles the
// document (the only level-1 heading, before any other), or -1.
func titleHeading(units []unit) int {
	idx := -1
	for i := range units {
		u := &units[i]
		if u.kind != unitHeading {
			if u.mk != nil && !u.toc && idx < 0 {
				return -1
			}
			continue
		}
		if u.level != 1 {
			if idx < 0 {
				return -1
			}
			continue
		}
		if idx >= 0 {
			return -1
		}
		idx = i
	}
	return idx
}

// navHeadings marks the docs-site navigation ("In this article" followed by
// a list of in-page links) and its links.
func navHeadings(units []unit) []bool {
	nav := make([]bool, len(units))
	first := -1 // the first heading below the title
	for i := range units {
		if units[i].kind == unitHeading && units[i].level > 1 {
			first = i
			break
		}
	}
	for i := range units {
		if units[i].kind != unitHeading {
			continue
		}
		j := i + 1
		for j < len(units) && units[j].kind == unitPara && units[j].mk == nil {
			t, _ := stripLead(units[j].text)
			if !linkOnly(t) {
				break
			}
			j++
		}
		if j-i >= 3 && (j == len(units) || units[j].kind == unitHeading || units[j].mk != nil || i < 3 || i == first) {
			for k := i; k < j; k++ {
				nav[k] = true
			}
		}
	}
	return nav
}

// markLoneRomans looks past each lone (i), (v) or (x) to the next item:
// (ii) after it makes it a Roman numeral, (j) a letter.
func markLoneRomans(units []unit) {
	for i := range units {
		m := units[i].mk
		if m == nil || (m.style != styleRoman && m.style != styleSub) || len(m.item) > 1 && m.style == styleRoman {
			continue
		}
		core := strings.ToLower(strings.Trim(m.label, "()（）"))
		if core != "i" && core != "v" && core != "x" {
			continue
		}
		for j := i + 1; j < len(units) && j < i+40; j++ {
			n := units[j].mk
			if n == nil || units[j].kind != unitPara {
				continue
			}
			next := strings.ToLower(strings.Trim(n.label, "()（）"))
			switch {
			case next == core+"i" || core == "v" && next == "vi" || core == "x" && next == "xi":
				m.next = 'r'
			case len(next) == 1 && next[0] == core[0]+1:
				m.next = 'l'
			}
			break // only the next item tells
		}
	}
}
