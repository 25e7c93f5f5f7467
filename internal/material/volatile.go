package material

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/policydiff/policydiff/internal/doc"
	"github.com/policydiff/policydiff/internal/lazy"
	"github.com/policydiff/policydiff/internal/textdiff"
)

const edge = `[\s\p{P}\p{S}]*`

const dateTail = `(?:[\d\s,./\-]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|st|nd|rd|th)*`

var (
	// dateLineRe matches a line that only says when the policy was updated or
	// takes effect; it changes with every version and is never material.
	// The edges are punctuation and spaces only: Go's \W would also take
	// every Han character and so any Chinese line with 更新 in it.
	dateLineRe = &lazy.Regexp{Expr: `(?i)^` + edge + `(?:(?:last|latest)\s+)?(?:updated|modified|revised|amended|effective|valid|published|released|version)(?:\s+(?:on|date|from|as of|since|at))?\s*[:：]?\s*(?:` + dateTail + `)` + edge + `$|^` + edge + `(?:本政策|本版本|最近|最新)?(?:更新|修订|生效|发布|版本)(?:日期|时间)?\s*[:：]?\s*[\d\s年月日号./\-〇一二三四五六七八九十]*` + edge + `$`}
	// volatileRe matches tokens that differ between captures of the same
	// text: ISO timestamps, long hex ids, Unix epoch stamps, UUIDs.
	volatileRe = &lazy.Regexp{Expr: `(?i)\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]*\d[0-9a-f]*[a-f][0-9a-f]*\b|\b1\d{9}(?:\d{3})?\b`}
)

// clean returns the clause's words as the rules read them: heading and
// text, width-folded line by line, with date lines and volatile tokens gone.
func clean(c *doc.Clause) string {
	if c == nil {
		return ""
	}
	return cleanText(c.Full())
}

// htmlTagRe matches markup left in captured pages: its attributes
// ("ot-do-not-sell", "ot-sdk-show-settings") are not words of the policy.
var htmlTagRe = &lazy.Regexp{Expr: `</?[a-zA-Z][^<>]*>`}

func cleanText(s string) string {
	// Each pattern runs only on text that holds what it needs: a tag a
	// "<", a footer "©" or "copyright", a volatile token a digit or "-".
	if strings.Contains(s, "<") {
		s = htmlTagRe.Re().ReplaceAllString(s, " ")
	}
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		line = fold(line)
		// "copyright" holds no letter a rune beyond ASCII folds to: the
		// upper-case search is hasFold's answer.
		if strings.Contains(line, "©") || indexUpper(line, copyrightNeed[0]) >= 0 {
			line = copyrightRe.Re().ReplaceAllString(line, "")
		}
		line = strings.TrimSpace(line)
		if line == "" || mayBeDateLine(line) && hasFold(dateLineNeed, line) && isDateLine(line) {
			continue
		}
		// Only a match holding "-" between hex digits (a timestamp, a UUID)
		// or a hex or digit run of ten or more is replaced; a line with
		// neither is left as is whatever the pattern finds in it.
		if !mayHoldVolatile(line) {
			lines = append(lines, line)
			continue
		}
		lines = append(lines, volatileRe.Re().ReplaceAllStringFunc(line, blankVolatile))
	}
	return strings.Join(dropMenus(lines), "\n")
}

// blankVolatile blanks a volatileRe match. Short hex-looking words ("add",
// "face", "deaf") are words; only long mixed runs are ids.
func blankVolatile(m string) string {
	if len(m) < 12 && !strings.ContainsAny(m, ":-") && !(len(m) == 10 || len(m) == 13) {
		return m
	}
	return " "
}

// copyrightRe matches a page footer's copyright notice to the end of its
// line: its year and company change with the page, not with the policy.
var copyrightRe = &lazy.Regexp{Expr: `(?i)(?:©|\bcopyright\s+(?:©\s*)?\d{4}\b).*$`}

var copyrightNeed = []string{"COPYRIGHT"} // foldKey("copyright")

// menuRun is how many short lines in a row make a navigation menu.
const menuRun = 8

// dropMenus removes runs of menuRun or more short unpunctuated lines: the
// site navigation that captured pages carry ("Company / About / Jobs /
// Advertising / Vendors"), whose words are not the policy's.
func dropMenus(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && menuLike(lines[j]) {
			j++
		}
		if j-i >= menuRun {
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, lines[i:j]...)
		i = j
	}
	return out
}

func menuLike(line string) bool {
	if strings.ContainsAny(line, ".;:,|") || containsRune(line, "。；：，、") {
		return false
	}
	if doc.DetectLang(line) == doc.Chinese {
		return len([]rune(line)) <= 10
	}
	return len(strings.Fields(line)) <= 3
}

// fold maps full-width forms and curly quotes to their plain twins, drops
// markdown emphasis and collapses spaces, keeping the sentence spacing that
// textdiff.Normalize (made for equality, not reading) removes.
func fold(s string) string {
	if folded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	kept := asciiKept.Get()
	space := false
	for i := 0; i < len(s); {
		// A run of ASCII bytes Fold keeps, neither '*' nor a space, with
		// single spaces between them, goes in as it is: a line with one
		// curly quote or double space is mostly such runs.
		j := i
		for j < len(s) && (plainByte(&kept, s[j]) || s[j] == ' ' && j > i && j+1 < len(s) && plainByte(&kept, s[j+1])) {
			j++
		}
		if j > i {
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteString(s[i:j])
			i = j
			continue
		}
		// As for _, r := range s, without Fold's lookup for a byte it keeps.
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		i += w
		if r >= utf8.RuneSelf || !kept[r] {
			r = textdiff.Fold(r)
		}
		switch {
		case r == '*':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plainByte reports whether fold writes b as it is, wherever it stands:
// ASCII Fold keeps, neither '*' nor a space.
func plainByte(kept *[utf8.RuneSelf]bool, b byte) bool {
	return b < utf8.RuneSelf && kept[b] && b != '*' && b != ' ' && !('\t' <= b && b <= '\r')
}

// asciiKept[b] says that textdiff.Fold leaves the ASCII byte b alone.
var asciiKept = &lazy.Value[[utf8.RuneSelf]bool]{New: func() (kept [utf8.RuneSelf]bool) {
	for b := range kept {
		kept[b] = textdiff.Fold(rune(b)) == rune(b)
	}
	return kept
}}

// folded reports whether fold would return s unchanged: plain ASCII that
// Fold keeps, no '*', single spaces between words only. Most lines of an
// English policy are, and then no copy is built.
func folded(s string) bool {
	kept := asciiKept.Get()
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !plainByte(&kept, b) && (b != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}
