package material

import (
	"reflect"
	"testing"
)

// TestNeeds checks that needs.go holds what required finds in each pattern
// as it is now.
func TestNeeds(t *testing.T) {
	for _, tc := range []struct {
		name string
		have []string
		expr string
	}{
		{"materialNeed", materialNeed, materialExpr},
		{"childrenNeed", childrenNeed, childrenRe.Expr},
		{"limitNeed", limitNeed, limitRe.Expr},
		{"dateLineNeed", dateLineNeed, dateLineRe.Expr},
		{"enDurationNeed", enDurationNeed, enDurationRe.Expr},
		{"zhDurationNeed", zhDurationNeed, zhDurationRe.Expr},
		{"entityNeed.url", entityNeed.url, urlRe.Expr},
		{"entityNeed.enCompany", entityNeed.enCompany, enCompanyRe.Expr},
		{"entityNeed.zhCompany", entityNeed.zhCompany, zhCompanyRe.Expr},
		{"entityNeed.enAddress", entityNeed.enAddress, enAddressRe.Expr},
		{"entityNeed.zhAddress", entityNeed.zhAddress, zhAddressRe.Expr},
	} {
		if want := required(tc.expr); !reflect.DeepEqual(tc.have, want) {
			t.Errorf("%s = %#v, required finds %#v", tc.name, tc.have, want)
		}
	}
}

// TestPeriodUnitsCoverNeed checks that every string of enDurationNeed,
// one of which each match of the pattern holds, holds one of periodUnits:
// text without them holds no period either.
func TestPeriodUnitsCoverNeed(t *testing.T) {
	for _, n := range enDurationNeed {
		if !containsAny(n, periodUnits) {
			t.Errorf("%q holds none of %q", n, periodUnits)
		}
	}
}
