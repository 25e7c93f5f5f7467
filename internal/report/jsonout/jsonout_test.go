package jsonout

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/policydiff/policydiff/internal/engine"
	"github.com/policydiff/policydiff/internal/parse"
	"github.com/policydiff/policydiff/internal/sharedtest"
)

// TestJSONIndenterIsIndent indents, with the indenter and with json.Indent,
// the compact JSON of hand-made values with awkward strings and empty lists
// and of the comparison of every consecutive corpus pair, the latter also
// fed to the indenter a few bytes at a time.
func TestJSONIndenterIsIndent(t *testing.T) {
	values := []any{
		[]any{}, map[string]any{}, "", `a"b\"c\\`, `\`, `\\"`, "line\nbreak\t\u2028<&>",
		map[string]any{"a": []any{[]any{}, map[string]any{}, nil, true, 1.5e300, -2}, "": map[string]any{"[": "]{}:,"}},
		[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{[]any{"deep"}}}}}}}}}}}}}}}}},
	}
	for _, h := range sharedtest.Histories(t) {
		for i := 1; i < len(h); i++ {
			a, err := parse.File(h[i-1])
			if err != nil {
				t.Fatal(err)
			}
			b, err := parse.File(h[i])
			if err != nil {
				t.Fatal(err)
			}
			values = append(values, engine.Compare(a, b))
		}
	}
	for _, v := range values {
		var compact bytes.Buffer
		enc := json.NewEncoder(&compact)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "", "  "); err != nil {
			t.Fatal(err)
		}
		for _, chunk := range []int{compact.Len(), 1, 7} {
			var got bytes.Buffer
			w := bufio.NewWriter(&got)
			d := &indenter{w: w}
			for p := compact.Bytes(); len(p) > 0; p = p[min(chunk, len(p)):] {
				d.Write(p[:min(chunk, len(p))])
			}
			w.Flush()
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Fatalf("chunks of %d:\n got %s\nwant %s", chunk, got.Bytes(), want.Bytes())
			}
		}
	}
}
