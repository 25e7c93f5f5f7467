package material

import (
	"slices"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/crosslang"
	"github.com/policydiff/policydiff/internal/lazy"
)

// ageChange describes a clause about children whose age threshold changed
// ("under 14" → "under 13", 不满十四周岁 → 不满十三周岁): whose information is
// handled as a child's, with a guardian's consent, is no longer the same.
// No count sees it, the words being the same. Only a clause that states an
// age on both sides is read: one that gains or loses its age is rewritten,
// and the concept rules see that.
func ageChange(a, b, headings string) string {
	// Most changed clauses mention no child: they are passed over with a
	// substring search, before any pattern is compiled or age read. The
	// clause's headings count: "Users must be at least 14 years old" under
	// "Children" is about children.
	if !aboutChildren(a) && !aboutChildren(b) && !aboutChildren(headings) {
		return ""
	}
	agesA := crosslang.Ages(a)
	if len(agesA) == 0 {
		return ""
	}
	agesB := crosslang.Ages(b)
	if len(agesB) == 0 {
		return ""
	}
	keys := func(spans []crosslang.Span) (keys, texts []string) {
		for _, s := range spans {
			if !slices.Contains(keys, s.Key) {
				keys, texts = append(keys, s.Key), append(texts, strings.Join(strings.Fields(s.Text), " "))
			}
		}
		slices.Sort(keys)
		return keys, texts
	}
	ka, ta := keys(agesA)
	kb, tb := keys(agesB)
	if slices.Equal(ka, kb) {
		return ""
	}
	return "age " + strings.Join(ta, ", ") + " → " + strings.Join(tb, ", ")
}

// editsNumber reports whether an edit of ops holds a digit, a Chinese
// numeral or an English number word an age is written in ("under the age
// of sixteen"): an age can only change where one was edited, and most
// edits hold none, so most clauses are never read for ages.
func editsNumber(ops []change.Op) bool {
	for _, o := range ops {
		if o.Op == change.OpEqual {
			continue
		}
		if hasDigitRun(o.Text, 1) || containsRune(o.Text, "一二三四五六七八九十两") || holdsAgeWord(o.Text) {
			return true
		}
	}
	return false
}

// holdsAgeWord reports whether s holds, as a whole word in any case, the
// English word of a number an age may be: one to twenty ("twenty-one" is
// "twenty" and "one").
func holdsAgeWord(s string) bool {
	for i := 0; i < len(s); {
		if !isLetter(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isLetter(s[j]) {
			j++
		}
		if w := s[i:j]; len(w) >= 3 && len(w) <= 9 {
			if v, ok := enNumbers.Get()[strings.ToLower(w)]; ok && v <= 20 {
				return true
			}
		}
		i = j
	}
	return false
}

// aboutChildren reports whether s is about children: childrenNeed, a
// substring search, spares the pattern most texts.
func aboutChildren(s string) bool { return hasFold(childrenNeed, s) && childrenRe.Re().MatchString(s) }

var childrenRe = &lazy.Regexp{Expr: `(?i)\b(?:child(?:ren)?|minors?|kids?|teen(?:ager)?s?|parents?|guardians?|coppa)\b|儿童|未成年|监护人|家长|少年`}
