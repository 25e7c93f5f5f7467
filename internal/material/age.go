package material

import (
	"slices"
	"strings"

	"github.com/policydiff/policydiff/internal/crosslang"
	"github.com/policydiff/policydiff/internal/lazy"
)

// ageChange describes a clause about children whose age threshold changed
// ("under 14" → "under 13", 不满十四周岁 → 不满十三周岁): whose information is
// handled as a child's, with a guardian's consent, is no longer the same.
// No count sees it, the words being the same. Only a clause that states an
// age on both sides is read: one that gains or loses its age is rewritten,
// and the concept rules see that.
func ageChange(a, b string) string {
	if !childrenRe.Re().MatchString(a) && !childrenRe.Re().MatchString(b) {
		return ""
	}
	agesA, agesB := crosslang.Ages(a), crosslang.Ages(b)
	if len(agesA) == 0 || len(agesB) == 0 {
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

var childrenRe = &lazy.Regexp{Expr: `(?i)\b(?:child(?:ren)?|minors?|kids?|teen(?:ager)?s?|parents?|guardians?|coppa)\b|儿童|未成年|监护人|家长|少年`}
