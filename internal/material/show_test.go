package material

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/policydiff/policydiff/internal/change"
)

func TestShowPair(t *testing.T) {
	pa, pb := os.Getenv("PAIR_A"), os.Getenv("PAIR_B")
	if pa == "" {
		t.Skip()
	}
	r := compareDocs(parseFile(t, pa), parseFile(t, pb))
	only := os.Getenv("ONLY_MATERIAL") != ""
	for _, c := range r.Changes {
		if only && !c.Material {
			continue
		}
		id := ""
		if c.B != nil {
			id = c.B.ID
		} else {
			id = c.A.ID
		}
		fmt.Printf("=== %s %s material=%v %v\n", c.Kind, id, c.Material, c.Reasons)
		var b strings.Builder
		for _, o := range c.Diff {
			switch o.Op {
			case change.OpInsert:
				b.WriteString("{+" + o.Text + "+}")
			case change.OpDelete:
				b.WriteString("[-" + o.Text + "-]")
			default:
				t := o.Text
				if len([]rune(t)) > 160 {
					rs := []rune(t)
					t = string(rs[:70]) + " … " + string(rs[len(rs)-70:])
				}
				b.WriteString(t)
			}
		}
		s := b.String()
		if len([]rune(s)) > 3000 {
			s = string([]rune(s)[:3000]) + "…"
		}
		fmt.Println(s)
	}
}
