# Security Token Helper for Salesforce.
#   make        build dist/chromium (Chrome, Edge), dist/firefox and their
#               store archives, dist/token-helper-{chromium,firefox}.zip
#   make test   every test: vet and staticcheck (host and wasm), go mod
#               tidy, unit (host, and js/wasm under Node), fuzz seeds, the
#               reproducible-build check, web-ext lint of the Firefox
#               build, and the end-to-end tests in Chromium and Firefox
#               on the demo org
#   make demo   the product on the bundled demo org
#   make bench  the speed measurements, in dist/bench (not part of test)
GO ?= go
DIST := dist
BROWSERS := chromium,firefox

# web-ext, Mozilla's linter for add-ons, installed from npm into a
# git-ignored folder of its own.
WEBEXT_VERSION := 10.7.0
TOOLS := build/.tools
WEBEXT := $(TOOLS)/node_modules/.bin/web-ext
# staticcheck, the Go linter, pinned: v0.8.2 runs with Go 1.26.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(TOOLS)/staticcheck-$(STATICCHECK_VERSION)

# jsforce, a real Salesforce client, for the demo org's SOAP contract test
# (e2e/demoorg/jsforce_test.go); 3.10.16 runs on Node 20.
JSFORCE_VERSION := 3.10.16

# axe-core, the accessibility rules the end-to-end tests run on every
# popup state, the options page and every hint (e2e/axe_test.go).
AXE_VERSION := 4.14.1
AXE := $(TOOLS)/node_modules/axe-core/axe.min.js

# advzip recompresses the store archives (build/advzip.go pins its
# version, which keeps the build reproducible).
ADVANCECOMP_VERSION := $(shell sed -n 's/^const advzipVersion = "\(.*\)".*/\1/p' build/advzip.go)

.PHONY: all build test vet unit wasmtest lint demo bench chromium firefox webext jsforce axe advzip clean

all: build

build: advzip
	$(GO) run ./build -out $(DIST) -browsers $(BROWSERS)

vet: $(STATICCHECK)
	$(GO) mod tidy -diff
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./wasm/...

$(STATICCHECK):
	mkdir -p $(TOOLS)/staticcheck-build
	GOBIN=$(abspath $(TOOLS)/staticcheck-build) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv $(TOOLS)/staticcheck-build/staticcheck $@
	rmdir $(TOOLS)/staticcheck-build

# The packages that drive a browser run one at a time (go test runs
# packages in parallel otherwise), after the others. The reproducible-build
# check compiles from scratch at full CPU: it runs alone, at the end.
BROWSER_PKGS := ./e2e ./e2e/firefox ./e2e/demoorg ./e2e/policy

test: build chromium firefox vet wasmtest lint jsforce axe
	$(GO) test -count=1 -timeout 15m $$($(GO) list ./... | grep -vxF "$$($(GO) list $(BROWSER_PKGS))")
	TOKENHELPER_E2E=$(abspath $(DIST)/chromium) TOKENHELPER_FIREFOX=$(abspath $(DIST)/firefox) \
		TOKENHELPER_AXE=$(abspath $(AXE)) \
		$(GO) test -count=1 -p 1 -timeout 20m $(BROWSER_PKGS)
	TOKENHELPER_REPRO=1 $(GO) test -count=1 -run '^TestReproducible$$' ./build

unit:
	$(GO) test ./...

# The js/wasm packages (the glue) under Node, with a fake chrome object
# (wasm/browser/fakechrome); go_js_wasm_exec comes with Go.
wasmtest:
	@command -v node >/dev/null || { apt-get update -q && apt-get install -y -q nodejs; }
	PATH="$$($(GO) env GOROOT)/lib/wasm:$$PATH" GOOS=js GOARCH=wasm $(GO) test -count=1 -timeout 5m ./wasm/...

# Mozilla's checks of the Firefox build: no error, and no warning either.
lint: build webext
	$(WEBEXT) lint --source-dir $(DIST)/firefox --warnings-as-errors --no-config-discovery

demo: build chromium
	$(GO) run ./e2e/cmd/demo -ext $(DIST)/chromium -out $(DIST)/demo

bench: build chromium
	$(GO) run ./e2e/cmd/bench -ext $(DIST)/chromium -out $(DIST)/bench

# Debian's Chromium and Firefox ESR, for the end-to-end tests and the demo.
chromium:
	@test -x /usr/bin/chromium || { apt-get update -q && apt-get install -y -q chromium; }
	@# Fonts for the Chinese, Korean, Japanese and Thai catalogues (e2e screenshots).
	@{ fc-list :lang=zh-cn | grep -q . && fc-list :lang=ko | grep -q . && fc-list :lang=th | grep -q .; } || \
		{ apt-get update -q && apt-get install -y -q --no-install-recommends fonts-noto-cjk fonts-thai-tlwg; }

firefox:
	@test -x /usr/bin/firefox-esr || { apt-get update -q && apt-get install -y -q firefox-esr; }

webext:
	@command -v npm >/dev/null || { apt-get update -q && apt-get install -y -q nodejs npm; }
	@test "$$($(WEBEXT) --version 2>/dev/null)" = $(WEBEXT_VERSION) || \
		npm install --prefix $(TOOLS) --save-exact --no-audit --no-fund --loglevel=error web-ext@$(WEBEXT_VERSION)

jsforce:
	@command -v npm >/dev/null || { apt-get update -q && apt-get install -y -q nodejs npm; }
	@test "$$(node -p 'require("./$(TOOLS)/node_modules/jsforce/package.json").version' 2>/dev/null)" = $(JSFORCE_VERSION) || \
		npm install --prefix $(TOOLS) --save-exact --no-audit --no-fund --loglevel=error jsforce@$(JSFORCE_VERSION)

axe:
	@command -v npm >/dev/null || { apt-get update -q && apt-get install -y -q nodejs npm; }
	@test "$$(node -p 'require("./$(TOOLS)/node_modules/axe-core/package.json").version' 2>/dev/null)" = $(AXE_VERSION) || \
		npm install --prefix $(TOOLS) --save-exact --no-audit --no-fund --loglevel=error axe-core@$(AXE_VERSION)

advzip:
	@test "$$(dpkg-query -W -f='$${Version}' advancecomp 2>/dev/null)" = $(ADVANCECOMP_VERSION) || \
		{ apt-get update -q && apt-get install -y -q advancecomp=$(ADVANCECOMP_VERSION); }

clean:
	rm -rf $(DIST)
