package parse

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugUnits(t *testing.T) {
	p := os.Getenv("PD_UNITS")
	if p == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(p)
	for _, u := range scan(string(data)) {
		st := -1
		if u.mk != nil {
			st = int(u.mk.style)
		}
		fmt.Printf("%d k=%d st=%d toc=%v lines=%d %q\n", u.line, u.kind, st, u.toc, len(u.raw), head(u.text, 50))
	}
}
