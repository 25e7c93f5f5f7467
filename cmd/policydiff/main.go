// Command policydiff compares versions and translations of policy documents.
package main

import (
	"os"

	"github.com/policydiff/policydiff/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
