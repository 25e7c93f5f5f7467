package material

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestDateLineMatcher checks that isDateLine answers as dateLineRe on
// every line of the seeds and the corpus, and on lines made of the
// pattern's own pieces.
func TestDateLineMatcher(t *testing.T) {
	lines := []string{"", "Updated", "Last updated: March 3, 2021", "— Effective 2020-01-01 —", "本政策更新日期：2021年3月10日",
		"【版本】2021.3", "Version 3", "最新更新：二〇二一年", "** Revised on 1 May 2019 **", "Effectivest", "Updatedxyz",
		"laſt updated", "LATEST  VERSION as of Sept. 1st, 2020.", "Updated: (see below)", "本版本", "本版本更新", "更新时间 2021-01-01 ",
		"Versions", "Updated on", "Updated on:", "Updated onMay 1", "updated \t: may 3rd", "版本日期", "发布日 期", "Valid from: 1/2/2020 ©",
		"Released at 10.10.", "publishedjanuary", "last version", "lastversion", "Amended as of", "Amended as  of 2020"}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		lines = append(lines, strings.Split(text, "\n")...)
	}
	if root, ok := sharedtest.Dir("corpus"); ok {
		filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := os.ReadFile(p); err == nil {
					lines = append(lines, strings.Split(string(b), "\n")...)
				}
			}
			return nil
		})
	}
	pieces := []string{"", " ", "  ", "\t", ":", "：", ",", ".", "-", "/", "(", "*", "©", "—", "#", "1", "20", "2021", "x",
		"last", "Latest", "updated", "UPDATED", "modified", "revised", "amended", "effective", "valid", "published",
		"released", "version", "on", "date", "from", "as of", "since", "at", "jan", "January", "sept", "Sep", "st", "nd",
		"rd", "th", "may", "ſ", "laſt", "本政策", "本版本", "最近", "最新", "更新", "修订", "生效", "发布", "版本", "日期", "时间",
		"年", "月", "日", "号", "二〇", "十", "期", "a", "s", "\u212a"}
	rng := rand.New(rand.NewSource(1))
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.Intn(7) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	hits := 0
	for _, line := range lines {
		for _, l := range []string{line, strings.TrimSpace(fold(line))} {
			got, want := isDateLine(l), dateLineRe.Re().MatchString(l)
			if got != want {
				t.Errorf("isDateLine(%q) = %v, dateLineRe says %v", l, got, want)
			}
			if want {
				hits++
			}
		}
	}
	// The made-up lines must be date lines often enough to test much.
	if hits < 5000 {
		t.Errorf("only %d date lines among %d", hits, 2*len(lines))
	}
	t.Logf("%d date lines among %d", hits, 2*len(lines))
}

// TestFoldPrefixOrbits checks that foldPrefix knows every rune (?i)
// matches an ASCII letter with.
func TestFoldPrefixOrbits(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		for r := unicode.SimpleFold(c); r != c; r = unicode.SimpleFold(r) {
			if foldPrefix(string(r), string(c)) < 0 {
				t.Errorf("foldPrefix misses %q for %q", r, c)
			}
		}
	}
}
