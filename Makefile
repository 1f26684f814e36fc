# Security Token Helper for Salesforce.
#   make        build dist/chromium (Chrome, Edge), dist/firefox and their
#               store archives, dist/token-helper-{chromium,firefox}.zip
#   make test   every test: vet (host and wasm), unit, fuzz seeds, the
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

.PHONY: all build test vet unit lint demo bench chromium firefox webext clean

all: build

build:
	$(GO) run ./build -out $(DIST) -browsers $(BROWSERS)

vet:
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...

# The reproducible-build check compiles from scratch at full CPU: it runs
# alone, after the end-to-end tests, whose timings it would disturb.
test: build chromium firefox vet lint
	TOKENHELPER_E2E=$(abspath $(DIST)/chromium) TOKENHELPER_FIREFOX=$(abspath $(DIST)/firefox) \
		$(GO) test -count=1 -timeout 15m ./...
	TOKENHELPER_REPRO=1 $(GO) test -count=1 -run '^TestReproducible$$' ./build

unit:
	$(GO) test ./...

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

clean:
	rm -rf $(DIST)
