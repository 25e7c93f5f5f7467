# policydiff: the two commands a fresh machine needs are `make run` and `make test`.
GO      ?= go
BIN     := bin/policydiff
PKGS    := ./...

.PHONY: build run test bench lint golden tidy-check fmt-check

# Static: cgo comes in only through net and os/user, which dependencies
# import (pflag, terminfo, Bleve's net/http) and policydiff never calls, and it costs every run the dynamic
# loader and libc's start-up (1.5 ms of a 10 ms 'diff').
build:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/policydiff

# Opens the terminal UI on the bundled corpus (documents/).
run: build
	./$(BIN)

test: fmt-check tidy-check
	$(GO) vet $(PKGS)
	$(GO) test -count=1 $(PKGS)

# Benchmarks only; every issue's figures come from here.
bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

lint: fmt-check tidy-check
	$(GO) vet $(PKGS)

# Rewrites golden files; review them with `git diff` before committing.
# The packages whose tests take -update; others would reject the flag.
GOLDEN_PKGS := ./internal/cli ./internal/parse ./internal/report ./internal/report/sidebyside ./internal/tui
golden:
	$(GO) test $(GOLDEN_PKGS) -update

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

tidy-check:
	@$(GO) mod tidy -diff >/dev/null 2>&1 || { echo "go.mod/go.sum are not tidy: run 'go mod tidy'"; $(GO) mod tidy -diff; exit 1; }
