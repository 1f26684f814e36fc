# Security Token Helper for Salesforce.
#   make        build dist/chromium and dist/token-helper-chromium.zip
#   make test   every test: vet (host and wasm), unit, fuzz seeds, and the
#               end-to-end tests in Chromium on the demo org
#   make demo   the product on the bundled demo org
GO ?= go
DIST := dist

.PHONY: all build test vet unit e2e demo chromium clean

all: build

build:
	$(GO) run ./build -out $(DIST)

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...

test: build chromium vet
	TOKENHELPER_E2E=$(CURDIR)/$(DIST)/chromium $(GO) test -count=1 -timeout 15m ./...

unit:
	$(GO) test ./...

demo: build chromium
	$(GO) run ./e2e/cmd/demo -ext $(DIST)/chromium -out $(DIST)/demo

# Debian's Chromium, for the end-to-end tests and the demo.
chromium:
	@test -x /usr/bin/chromium || { apt-get update -q && apt-get install -y -q chromium; }

clean:
	rm -rf $(DIST)
