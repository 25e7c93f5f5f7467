package lazy

import (
	"sync"
	"testing"
)

var digits = &Regexp{Expr: `\d+`}

func TestRegexpCompilesOnceOnFirstUse(t *testing.T) {
	var wg sync.WaitGroup
	res := make([]string, 8)
	for i := range res {
		wg.Add(1)
		go func() { defer wg.Done(); res[i] = digits.Re().FindString("clause 9.2") }()
	}
	wg.Wait()
	for _, r := range res {
		if r != "9" {
			t.Fatalf("got %q, want 9", r)
		}
	}
	if digits.Re() != digits.Re() {
		t.Error("compiled twice")
	}
}

func TestValueComputedOnce(t *testing.T) {
	calls := 0
	v := &Value[map[string]int]{New: func() map[string]int { calls++; return map[string]int{"九": 9} }}
	if v.Get()["九"] != 9 || v.Get()["九"] != 9 || calls != 1 {
		t.Errorf("calls = %d, want 1", calls)
	}
}
