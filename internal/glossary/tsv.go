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
	out := make([]string, 0, len(s)/6+1)
	var b []byte   // the word being read, lower-cased, when it is not a slice of s
	from := -1     // where the word being read starts in s
	sliced := true // the word so far is s[from:i] as it stands: lower-case ASCII
	flush := func(to int) {
		switch {
		case from < 0:
		case sliced:
			out = append(out, stem(s[from:to]))
		default:
			out = append(out, stem(string(b)))
		}
		from, b, sliced = -1, b[:0], true
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			if from < 0 {
				from = i
			}
			if !sliced {
				b = append(b, byte(r))
			}
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if from < 0 {
				from = i
			}
			if sliced {
				b, sliced = append(b[:0], s[from:i]...), false
			}
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case (r == '-' || r == '\'' || r == '’' || r == '.') && from >= 0 && i+size < len(s) && letterOrDigitAt(s, i+size):
			switch {
			case r == '’':
				if sliced {
					b, sliced = append(b[:0], s[from:i]...), false
				}
				b = append(b, '\'')
			case !sliced:
				b = append(b, byte(r))
			}
		case r == '&':
			flush(i)
			out = append(out, "&")
		default:
			flush(i)
		}
		i += size
	}
	flush(len(s))
	return out
}

// letterOrDigitAt reports whether the rune at s[i] is a letter or a digit.
func letterOrDigitAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
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
