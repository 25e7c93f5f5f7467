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
		{"dateLineNeed", dateLineNeed, dateLineRe.expr},
		{"enDurationNeed", enDurationNeed, enDurationRe.expr},
		{"zhDurationNeed", zhDurationNeed, zhDurationRe.expr},
		{"entityNeed.url", entityNeed.url, urlRe.expr},
		{"entityNeed.enCompany", entityNeed.enCompany, enCompanyRe.expr},
		{"entityNeed.zhCompany", entityNeed.zhCompany, zhCompanyRe.expr},
		{"entityNeed.enAddress", entityNeed.enAddress, enAddressRe.expr},
		{"entityNeed.zhAddress", entityNeed.zhAddress, zhAddressRe.expr},
	} {
		if want := required(tc.expr); !reflect.DeepEqual(tc.have, want) {
			t.Errorf("%s = %#v, required finds %#v", tc.name, tc.have, want)
		}
	}
}
