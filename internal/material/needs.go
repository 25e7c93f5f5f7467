package material

// The literals one of which every match of a pattern holds, as required
// finds them (TestNeeds keeps them current). They are written out rather
// than computed on first use: parsing the patterns for them, and compiling
// patterns only to read their source, cost a fresh process over a
// millisecond, most of it for patterns the text then never needed.
var (
	// materialNeed spares materialRe the many clauses that cannot match.
	materialNeed = []string{" CHANGE", "REMARKABLE", "PROMINENT", "CONSPICUOUS", "重大变", "显著的通知", "更为显著"}
	// limitNeed are the words one of which every limit on a purpose names
	// ("only", 仅).
	limitNeed = []string{"ONLY", "SOLELY", "EXCLUSIVELY", "STRICTLY", "仅", "只"}
	// childrenNeed are the words one of which every clause about children
	// names ("children", 未成年): the age rule reads no other clause.
	childrenNeed = []string{"CHILD", "MINOR", "KID", "TEEN", "PARENT", "GUARDIAN", "COPPA", "儿童", "未成年", "监护人", "家长", "少年"}
	// dateLineNeed are the words ("updated", "版本") one of which every date
	// line names.
	dateLineNeed = []string{"UPDATED", "MODIFIED", "REVISED", "AMENDED", "EFFECTIVE", "VALID", "PUBLISHED",
		"RELEASED", "VERSION", "更新", "修订", "生效", "发布", "版本"}
	// enDurationNeed and zhDurationNeed are the unit words one of which
	// every period names: most clauses name none, and then no sentence is
	// read. (The one-character Chinese units make a class, so
	// zhDurationNeed is nil and Chinese text is always read.)
	enDurationNeed = []string{"WORKING DAY", "BUSINESS DAY", "CALENDAR DAY", "DAY", "WEEK", "MONTH", "YEAR", "HOUR"}
	zhDurationNeed []string
	// entityNeed holds what each entity pattern needs.
	entityNeed = entityNeeds{
		url:       []string{"HTTP", "WWW."},
		enCompany: []string{"CO", "TD", "IMITED", "INC", "LC", ".L.C.", "CORP", "GMBH", "S.A.", "AB", "B.V.", "PLC", "PLC", " LTD"},
		zhCompany: []string{"股份有限公司", "有限", "集团"},
		enAddress: []string{"ST", "OAD", "D.", "AVE", "OULEVARD", "LVD.", "LANE", "DRIVE", "WAY", "YARD", "BUILDING", "FLOOR", "SUITE"},
		zhAddress: []string{"号"},
	}
)

type entityNeeds struct{ url, enCompany, zhCompany, enAddress, zhAddress []string }
