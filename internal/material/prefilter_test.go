package material

import (
	"regexp"
	"strings"
	"testing"
)

// TestEntityPrefilters checks on every line of the seeds, English and
// Chinese, that a line the company, phone and address patterns match passes the
// test that lets them run: a prefilter may only skip lines that cannot
// match.
func TestEntityPrefilters(t *testing.T) {
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		text += "\nCall 400-615-1212 or +86 (010) 8888 6666.\nNo. 18, Kechuang 11th Street, Beijing\n2A,  Main Road\n"
		for _, tc := range []struct {
			re *regexp.Regexp
			ok func(string) bool
		}{
			{enCompanyRe.Re(), func(s string) bool { return containsAny(s, legalForm) }},
			{phoneRe.Re(), func(s string) bool { return hasDigitRun(s, 4) && countDigits(s) >= 10 }},
			{enAddressRe.Re(), numberThenName},
		} {
			hits := 0
			for _, line := range strings.Split(text, "\n") {
				if tc.re.MatchString(line) {
					hits++
					if !tc.ok(line) {
						t.Errorf("%s: %q matches %s but fails its prefilter", key, line, tc.re)
					}
				}
			}
			t.Logf("%s: %d lines match %.20s…", key, hits, tc.re)
		}
	}
}

// TestVolatilePrefilter checks that a line cleanText lets through without
// running volatileRe is one the pattern would have left unchanged.
func TestVolatilePrefilter(t *testing.T) {
	lines := []string{
		"Updated 2024-03-01T10:00:00Z by build 5f3a9c2e1b7d", "id 123e4567-e89b-12d3-a456-426614174000",
		"stamp 1700000000123 and 1700000000", "hex deadbeef12 face add", "第3条 版本 2021年3月10日",
		"abc123def4 run", "plain words only", "call 400-615-1212", "third-party opt-out", "x-1 9-z",
	}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		lines = append(lines, strings.Split(text, "\n")...)
	}
	skipped := 0
	for _, line := range lines {
		line = fold(line)
		if hasHexDash(line) || hasHexRun(line, 10) {
			if !mayHoldVolatile(line) {
				t.Errorf("mayHoldVolatile(%q) = false", line)
			}
			continue
		}
		if mayHoldVolatile(line) {
			t.Errorf("mayHoldVolatile(%q) = true", line)
		}
		skipped++
		if got := volatileRe.Re().ReplaceAllStringFunc(line, blankVolatile); got != line {
			t.Errorf("prefilter skips %q, which volatileRe changes to %q", line, got)
		}
	}
	if skipped == 0 {
		t.Fatal("no line skipped: the test checks nothing")
	}
}

// TestHasFold checks that hasFold answers as mayMatch on the folded text,
// on every line of the seeds and on runes that fold to ASCII.
func TestHasFold(t *testing.T) {
	lines := []string{"ſell", "KELVIN", "Copyright 2020", "IP地址", "版本 2021", "Éclair", "éclair"}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		lines = append(lines, strings.Split(text, "\n")...)
	}
	needs := [][]string{copyrightNeed, dateLineNeed, materialNeed, enDurationNeed, zhDurationNeed,
		entityNeed.url, entityNeed.enCompany, entityNeed.enAddress, entityNeed.zhAddress, {"SELL"}, {"ÉCLAIR"}}
	for i := range lexicon {
		needs = append(needs, lexicon[i].need())
	}
	for _, line := range lines {
		for _, need := range needs {
			if got, want := hasFold(need, line), mayMatch(need, foldKey(line)); got != want {
				t.Errorf("hasFold(%q, %q) = %v, want %v", need, line, got, want)
			}
		}
	}
}

// TestDateLineGate checks that every line dateLineRe matches passes
// mayBeDateLine.
func TestDateLineGate(t *testing.T) {
	lines := []string{"Last updated: March 3, 2021", "— Effective 2020-01-01 —", "本政策更新日期：2021年3月10日",
		"【版本】2021.3", "  Version 3", "最新更新：二〇二一年", "Updated", "** Revised on 1 May 2019 **"}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		lines = append(lines, strings.Split(text, "\n")...)
	}
	hits := 0
	for _, line := range lines {
		line = strings.TrimSpace(fold(line))
		if dateLineRe.Re().MatchString(line) {
			hits++
			if !mayBeDateLine(line) {
				t.Errorf("%q is a date line but fails mayBeDateLine", line)
			}
		}
	}
	if hits < 8 {
		t.Errorf("only %d date lines: the test checks little", hits)
	}
}

// TestDenseDigits checks that every phone number the pattern finds in the
// seeds and in made-up numbers passes denseDigits.
func TestDenseDigits(t *testing.T) {
	texts := []string{"400-615-1212", "400 615 1212", "4006151212", "13812345678", "010-12345678", "0755 1234567",
		"+86 (010) 1234-5678", "555-123-4567 ext. 2", "Tel: 800 123 4567 转 3"}
	for _, key := range []string{"mall-en", "cloud-en", "cloud-zh"} {
		_, text := readSeed(t, key)
		texts = append(texts, strings.Split(text, "\n")...)
	}
	found := 0
	for _, text := range texts {
		for _, m := range phoneRe.Re().FindAllString(text, -1) {
			found++
			if !denseDigits(m) {
				t.Errorf("phone %q fails denseDigits", m)
			}
		}
	}
	if found < 8 {
		t.Errorf("only %d phone numbers: the test checks little", found)
	}
}

// containsAny, hasHexDash and hasHexRun are the plain tests the
// prefilters are held to.
func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hasHexDash reports whether s holds a '-' between two hex digits.
func hasHexDash(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == '-' && isHex(s[i-1]) && isHex(s[i+1]) {
			return true
		}
	}
	return false
}

// hasHexRun reports whether s holds n hex digits in a row (either case).
func hasHexRun(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if s[i] >= '0' && s[i] <= '9' || c >= 'a' && c <= 'f' {
			if run++; run >= n {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}
