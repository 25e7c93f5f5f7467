package crosslang

import (
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// The patterns the word lists replace, as they were.
var (
	enNegatedVerbRe = regexp.MustCompile(`(?i)\b(?:not|never|no longer|cannot|unable to|(?:can|won|don|doesn|didn|isn|aren|wasn|weren|shouldn|wouldn|couldn|mustn|shan|hasn|haven)['’]t)\b`)
	zhNegatedVerbRe = regexp.MustCompile(`不会|不能|不得|不可以|不应|不要|不再|不予|不允许|不提供|不支持|不收集|不共享|不出售|不使用|不向|不将|不与|无法|禁止|绝不|决不|从不|从未|切勿|请勿|没有|并未|并不|未能`)
	enObligingRe    = regexp.MustCompile(`(?i)\b(?:must(?: not)?|shall(?: not| be entitled| have the right)?|(?:is|are|be) (?:required|obliged|obligated) to)\b`)
	enPermittedRe   = regexp.MustCompile(`(?i)\b(?:may(?: not)?|can(?:not)?|could|might|(?:is|are|be) (?:entitled|permitted|allowed) to|(?:have|has) the right to)\b`)
)

// The hand matchers find what the patterns found, match for match, in
// every clause of the seeds and of the GitHub statement in both languages.
func TestWordSpansAreThePatterns(t *testing.T) {
	var texts []string
	for _, seed := range []string{"jdcloud-privacy.en.2020-07-28.md", "jdcloud-privacy.zh.2021-03-10.txt", "jd-privacy.en.2020-10-20.txt", "jdcloud-cps-terms.en.md"} {
		texts = append(texts, sharedtest.Read(t, "seeds/"+seed))
	}
	if dir, ok := sharedtest.Dir("corpus/github-privacy-statement"); ok {
		for _, lang := range []string{"en", "zh"} {
			files, _ := filepath.Glob(filepath.Join(dir, lang, "2022-0[6-9]*.md"))
			for _, f := range files {
				texts = append(texts, sharedtest.Read(t, "corpus/github-privacy-statement/"+lang+"/"+filepath.Base(f)))
			}
		}
	}
	// Edge cases the documents may lack.
	texts = append(texts, "We CANNOT and Won’t; notice is not limited to mustn't, shall be entitled to, MUST NOT, cannot.")
	n := 0
	for _, text := range texts {
		for _, c := range parse.Parse(text, parse.Hint{}).Flatten() {
			s := c.Full()
			for _, tc := range []struct {
				name string
				re   *regexp.Regexp
				got  [][]int
			}{
				{"enNegatedVerb", enNegatedVerbRe, wordSpans(s, enNegatedVerb)},
				{"zhNegatedVerb", zhNegatedVerbRe, literalSpans(s, zhNegatedVerb)},
				{"enObliging", enObligingRe, wordSpans(s, enObliging)},
				{"enPermitted", enPermittedRe, wordSpans(s, enPermitted)},
			} {
				want := tc.re.FindAllStringIndex(s, -1)
				if len(want) == 0 && len(tc.got) == 0 {
					continue
				}
				n++
				if !reflect.DeepEqual(tc.got, want) {
					t.Errorf("%s in %q: %v, the pattern %v", tc.name, strings.TrimSpace(s[:min(len(s), 120)]), tc.got, want)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d clauses held a match: the test reads too little", n)
	}
}

// The Chinese modal patterns, as they were.
var (
	zhObligingRe  = regexp.MustCompile(`(?:^|[^所不无])必须(?:[^的]|$)|应当|应该|(?:您|你|我们|用户|双方|者|均|也|并|则|，|,|；)\s*应[^用急对有享]|(?:您|你|用户|我们)须[^知]|有义务|务必`)
	zhPermittedRe = regexp.MustCompile(`可以|可能|有权(?:[^机]|$)|能够|(?:您|你|用户|我们|方)可以?`)
)

// The Chinese modals matched by hand are the patterns' leftmost matches,
// in every clause of the seeds and the GitHub statement in Chinese.
func TestZhModalsAreThePatterns(t *testing.T) {
	texts := []string{sharedtest.Read(t, "seeds/jdcloud-privacy.zh.2021-03-10.txt"),
		"所必须 必须的 您须知 您 应用 我们 应当 用户须提供 方可 有权机关 有权利 你可以 必须"}
	if dir, ok := sharedtest.Dir("corpus/github-privacy-statement/zh"); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		for _, f := range files {
			texts = append(texts, sharedtest.Read(t, "corpus/github-privacy-statement/zh/"+filepath.Base(f)))
		}
	}
	pattern := func(re *regexp.Regexp, s, chars string) (int, string) {
		loc := re.FindStringIndex(s)
		if loc == nil {
			return -1, ""
		}
		return loc[0], zhModalWord(s[loc[0]:loc[1]], chars)
	}
	n := 0
	for _, text := range texts {
		for _, c := range parse.Parse(text, parse.Hint{}).Flatten() {
			s := c.Full()
			at, w := zhObligingAt(s)
			wantAt, wantW := pattern(zhObligingRe, s, "必须应当该须有义务务必")
			if at != wantAt || w != wantW {
				t.Errorf("obliging in %.80q: %d %q, the pattern %d %q", s, at, w, wantAt, wantW)
			}
			at, w = zhPermittedAt(s)
			wantAt, wantW = pattern(zhPermittedRe, s, "可以能有权够")
			if at != wantAt || w != wantW {
				t.Errorf("permitted in %.80q: %d %q, the pattern %d %q", s, at, w, wantAt, wantW)
			}
			if wantAt >= 0 {
				n++
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d clauses held a modal: the test reads too little", n)
	}
}

// zhModalWord is the modal of a Chinese match: its first run of the
// characters modals are made of, without the subject or punctuation the
// pattern read before it or the character after it.
func zhModalWord(m, chars string) string {
	var b strings.Builder
	for _, r := range m {
		if strings.ContainsRune(chars, r) {
			b.WriteRune(r)
		} else if b.Len() > 0 {
			break
		}
	}
	return b.String()
}

// The hand matchers find what the patterns find in any text, but for the
// two runes (ſ, the Kelvin sign) that Go's case folding takes for s and k:
// the Chinese modals are compared by where they start, the patterns' words
// being what their match happened to read around them.
func FuzzWordMatchers(f *testing.F) {
	for _, s := range []string{"We must not share", "您应当提供", "can’t", "可以 有权机关 必须的", "Shall be entitled", "不会不得"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "ſK") {
			return
		}
		if got, want := wordSpans(s, enNegatedVerb), enNegatedVerbRe.FindAllStringIndex(s, -1); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("negated verbs in %q: %v, the pattern %v", s, got, want)
		}
		if got, want := wordSpans(s, enObliging), enObligingRe.FindAllStringIndex(s, -1); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("obliging in %q: %v, the pattern %v", s, got, want)
		}
		if got, want := wordSpans(s, enPermitted), enPermittedRe.FindAllStringIndex(s, -1); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("permitted in %q: %v, the pattern %v", s, got, want)
		}
		if got, want := literalSpans(s, zhNegatedVerb), zhNegatedVerbRe.FindAllStringIndex(s, -1); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("Chinese negated verbs in %q: %v, the pattern %v", s, got, want)
		}
		at, _ := zhObligingAt(s)
		loc := zhObligingRe.FindStringIndex(s)
		if loc == nil && at >= 0 || loc != nil && at != loc[0] {
			t.Fatalf("obliging in %q: %d, the pattern %v", s, at, loc)
		}
		at, _ = zhPermittedAt(s)
		loc = zhPermittedRe.FindStringIndex(s)
		if loc == nil && at >= 0 || loc != nil && at != loc[0] {
			t.Fatalf("permitted in %q: %d, the pattern %v", s, at, loc)
		}
	})
}
