package parse

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugOutline(t *testing.T) {
	p := os.Getenv("PD_FILE")
	if p == "" {
		t.Skip()
	}
	d, err := File(p)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(outline(d))
}
