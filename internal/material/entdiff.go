package material

import "sort"

type ent struct{ norm, printed string }

// entityDelta is what appeared and disappeared of one kind.
type entityDelta struct {
	kind        string
	added, gone []ent // sorted by printed form
}

func diffEntities(a, b map[string]map[string]string) []entityDelta {
	var out []entityDelta
	for _, k := range []string{entEmail, entPhone, entURL, entCompany, entAddress} {
		d := entityDelta{kind: k, added: missing(k, b[k], a[k]), gone: missing(k, a[k], b[k])}
		if len(d.added)+len(d.gone) > 0 {
			out = append(out, d)
		}
	}
	return out
}

// missing lists the entities of from that are not in in.
func missing(kind string, from, in map[string]string) []ent {
	var out []ent
	for n, p := range from {
		if !contains(in, kind, n) {
			out = append(out, ent{n, p})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].printed < out[j].printed })
	return out
}
