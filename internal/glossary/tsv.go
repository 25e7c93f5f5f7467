package glossary

import (
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Load reads a user glossary (TSV "english<TAB>中文[<TAB>tag]", "#" comments,
// blank lines ignored) and merges it over the built-in one: a line whose
// first English variant equals a built-in entry's replaces that entry, any
// other line is added.
func Load(path string) (*Glossary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read glossary %s: %w", path, err)
	}
	user, err := parseTSV(strings.TrimPrefix(string(data), "\uFEFF"))
	if err != nil {
		return nil, fmt.Errorf("glossary %s: %w", path, err)
	}
	base, _ := parseTSV(builtinTSV)
	index := map[string]int{}
	for i, e := range base {
		index[key(e)] = i
	}
	for _, e := range user {
		if i, ok := index[key(e)]; ok {
			base[i] = e
			continue
		}
		index[key(e)] = len(base)
		base = append(base, e)
	}
	return build(base), nil
}

func key(e Entry) string {
	vs := Variants(e.EN)
	if len(vs) == 0 {
		return ""
	}
	return strings.Join(Words(vs[0]), " ")
}

func parseTSV(s string) ([]Entry, error) {
	var out []Entry
	for n, line := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		cols := strings.Split(strings.TrimRight(line, " \r"), "\t")
		if len(cols) < 2 || len(Variants(cols[0])) == 0 || len(Variants(cols[1])) == 0 {
			return nil, fmt.Errorf("line %d: want \"english<TAB>中文\", got %q", n+1, t)
		}
		e := Entry{EN: strings.TrimSpace(cols[0]), ZH: strings.TrimSpace(cols[1])}
		if len(cols) > 2 {
			e.Tag = strings.TrimSpace(cols[2])
		}
		out = append(out, e)
	}
	return out, nil
}

// Words splits English text into lower-case, crudely singularised words, the
// form in which glossary terms are matched. "&" is kept as a word so that
// "JD Cloud & AI" matches as a phrase.
func Words(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, stem(b.String()))
			b.Reset()
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '-' || r == '\'' || r == '’' || r == '.') && b.Len() > 0 &&
			i+1 < len(rs) && (unicode.IsLetter(rs[i+1]) || unicode.IsDigit(rs[i+1])):
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		case r == '&':
			flush()
			out = append(out, "&")
		default:
			flush()
		}
	}
	flush()
	return out
}

func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		w = w[:len(w)-1]
	}
	return w
}

// zhKey is the form Chinese text is matched in: lower case (for embedded
// Latin terms) with white space removed, since PDF extraction puts spaces
// around Latin words ("IP 地址").
func zhKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
func lastRune(s string) (rune, int)   { return utf8.DecodeLastRuneInString(s) }

func isLatin(r rune) bool { return r < 0x250 && unicode.IsLetter(r) }
