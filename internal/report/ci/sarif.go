package ci

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/policydiff/policydiff/internal/change"
	"github.com/policydiff/policydiff/internal/report/jsonout"
)

const sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"

type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	Name                 string       `json:"name"`
	ShortDescription     sarifText    `json:"shortDescription"`
	FullDescription      sarifText    `json:"fullDescription"`
	DefaultConfiguration sarifDefault `json:"defaultConfiguration"`
}

type sarifDefault struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID     string          `json:"ruleId"`
	RuleIndex  int             `json:"ruleIndex"`
	Level      string          `json:"level"`
	Message    sarifText       `json:"message"`
	Locations  []sarifLocation `json:"locations"`
	Properties sarifProps      `json:"properties"`
}

type sarifProps struct {
	Clause        string `json:"clause"`
	Categories    []int  `json:"categories"`
	RightsReduced bool   `json:"rights_reduced"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine int `json:"startLine"`
}

var ruleNames = [...]string{"", "PurposesTypesOrUse", "OwnershipOrOrganisation", "MainRecipients",
	"UsersRights", "ResponsibleDepartmentOrContact", "HighRiskImpactAssessment"}

// SARIF writes the material changes of r as a SARIF 2.1.0 log: one rule
// per material-change category ("material/4"), one error-level result per
// material change, located at its clause's line in bPath.
func SARIF(w io.Writer, r *change.Result, bPath string) error {
	run := sarifRun{Tool: sarifTool{Driver: sarifDriver{
		Name:           "policydiff",
		InformationURI: "https://github.com/policydiff/policydiff",
	}}, Results: []sarifResult{}}
	for cat := 1; cat <= 6; cat++ {
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   fmt.Sprintf("material/%d", cat),
			Name:                 ruleNames[cat],
			ShortDescription:     sarifText{"Material change: " + change.CategoryNames[cat]},
			FullDescription:      sarifText{fmt.Sprintf("A change in %s is a material change (item %d of the material-change clause); users must be given a prominent notice.", change.CategoryNames[cat], cat)},
			DefaultConfiguration: sarifDefault{"error"},
		})
	}
	uri := artifactURI(bPath)
	for _, f := range findings(r) {
		run.Results = append(run.Results, sarifResult{
			RuleID:    fmt.Sprintf("material/%d", f.rule),
			RuleIndex: f.rule - 1,
			Level:     "error",
			Message:   sarifText{f.message},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: uri},
				Region:           sarifRegion{StartLine: f.line},
			}}},
			Properties: sarifProps{Clause: f.clause, Categories: f.cats, RightsReduced: f.reduced},
		})
	}
	if err := jsonout.Write(w, sarifLog{Version: "2.1.0", Schema: sarifSchema, Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("write SARIF: %w", err)
	}
	return nil
}

// artifactURI turns a path as given on the command line (either slash)
// into a relative URI reference, percent-encoding what a URI cannot hold.
func artifactURI(p string) string {
	p = filepath.ToSlash(strings.ReplaceAll(p, `\`, "/"))
	return (&url.URL{Path: p}).String()
}
