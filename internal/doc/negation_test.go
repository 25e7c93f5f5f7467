package doc

import "testing"

func TestBuNegates(t *testing.T) {
	for text, want := range map[string]bool{"不会": true, "不得": true, "不收集": true, "不同意": true, "不同意见": false, "不同": false, "不断": false, "不仅": false, "不限于": false, "不定期": false} {
		if got := BuNegates(text[len("不"):]); got != want {
			t.Errorf("%s: BuNegates = %v, want %v", text, got, want)
		}
	}
}

func TestNotNegates(t *testing.T) {
	for before, want := range map[string]bool{"whether or ": false, "If ": false, "if": false, "We instruct each contractor ": true, "the processor ": true, "we will ": true, "": true, "Motif ": true} {
		if got := NotNegates(before); got != want {
			t.Errorf("%q not: NotNegates = %v, want %v", before, got, want)
		}
	}
}
