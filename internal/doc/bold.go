package doc

import "strings"

// BoldHidesSpace reports whether the run of two or more '*' at s[i] stands
// between a lower-case letter or a sentence mark and a capital, where a
// converter dropped the space the bold had hidden: "**Your data**Examples"
// is two words, the same as "**Your data** Examples". The parser's clean
// text and the diff's cosmetic normal form both read it so.
func BoldHidesSpace(s string, i int) bool {
	j := i
	for j < len(s) && s[j] == '*' {
		j++
	}
	if j-i < 2 || i == 0 || j == len(s) || s[j] < 'A' || s[j] > 'Z' {
		return false
	}
	c := s[i-1]
	return 'a' <= c && c <= 'z' || strings.IndexByte(".:;,!?", c) >= 0
}

// ATXLevel is how many #s open t as an ATX heading ("## Title"): one to
// six, then a space or the end of t; 0 when t opens none.
func ATXLevel(t string) int {
	n := 0
	for n < len(t) && t[n] == '#' {
		n++
	}
	if n > 6 || n < len(t) && t[n] != ' ' {
		return 0
	}
	return n
}

// ATXBody is the text of an ATX heading after its opening #s: without the
// closing run of #s ("## Summary ##"), which closes the heading only with
// a space or tab before it, so that "## Learn C#" is about C#. The parser's
// headings and the diff's cosmetic normal form both read it so.
func ATXBody(t string) string {
	t = strings.TrimSpace(t)
	if u := strings.TrimRight(t, "#"); u != t && (u == "" || strings.HasSuffix(u, " ") || strings.HasSuffix(u, "\t")) {
		t = strings.TrimSpace(u)
	}
	return t
}

// PermalinkText is the text of a markdown link to target as a reader sees
// it: a link to an anchor of the page ends its text with the permalink sign
// some sites put there (" #", " ¶", " §"), which is no part of it. Sites move
// the sign into the link and out between captures: GitHub's statement of
// 2023-05-01 wrote "[Summary #](#summary)" where the day before had
// "[](#summary)Summary", and every heading read as modified.
func PermalinkText(text, target string) string {
	if !strings.HasPrefix(target, "#") {
		return text
	}
	for _, sign := range [...]string{" #", " ¶", " §"} {
		if strings.HasSuffix(text, sign) {
			return strings.TrimRight(strings.TrimSuffix(text, sign), " ")
		}
	}
	return text
}
