package crosslang

import (
	"fmt"
	"os"
	"testing"

	"github.com/policydiff/policydiff/internal/doc"
)

func TestDumpJD(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	en, zh := jdPair(t)
	pairs, findings := Compare(en, zh, nil)
	if os.Getenv("DUMP") == "pairs" {
		for _, p := range pairs {
			fmt.Printf("%-14s %-14s %.2f | %s | %s\n", p.A.ID, p.B.ID, p.Score, excerpt(clauseText(p.A), 40), excerpt(clauseText(p.B), 20))
		}
	}
	for _, f := range findings {
		id := func(c interface{}) string { return fmt.Sprint(c) }
		_ = id
		a, b := "-", "-"
		if f.A != nil {
			a = f.A.ID
		}
		if f.B != nil {
			b = f.B.ID
		}
		fmt.Printf("%s [%s|%s] %s\n", f.Kind, a, b, f.Detail)
	}
}

func TestDumpLabels(t *testing.T) {
	if os.Getenv("DUMP") != "labels" {
		t.Skip()
	}
	en, zh := jdPair(t)
	for _, d := range []*doc.Document{en, zh} {
		d.Walk(func(c *doc.Clause) bool {
			fmt.Printf("%q %q %s line %d\n", c.ID, c.Label, c.Kind, c.Line)
			return true
		})
		fmt.Println(d.Meta)
	}
}

func TestDumpGitHub(t *testing.T) {
	name := os.Getenv("GH")
	if name == "" {
		t.Skip()
	}
	dir := sharedDir(t, "corpus/github-privacy-statement")
	en := parseFile(t, dir+"/en/"+name)
	zh := parseFile(t, dir+"/zh/"+name)
	pairs, findings := Compare(en, zh, nil)
	sum := 0.0
	for _, p := range pairs {
		sum += p.Score
		if os.Getenv("DUMP") == "pairs" {
			fmt.Printf("%-14s %-14s %.2f | %s | %s\n", p.A.ID, p.B.ID, p.Score, excerpt(clauseText(p.A), 40), excerpt(clauseText(p.B), 20))
		}
	}
	fmt.Printf("pairs %d of %d/%d clauses, mean %.3f\n", len(pairs), en.Count(), zh.Count(), sum/float64(len(pairs)))
	for _, f := range findings {
		a, b := "-", "-"
		if f.A != nil {
			a = f.A.ID
		}
		if f.B != nil {
			b = f.B.ID
		}
		fmt.Printf("%s [%s|%s] %s\n", f.Kind, a, b, f.Detail)
	}
}
