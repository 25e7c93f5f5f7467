package crosslang

import (
	"fmt"
	"os"
	"testing"
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
