//go:build !js

package rig

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// shotsEnv names the folder screenshots go to (make demo sets it); none
// are taken when it is unset.
const shotsEnv = "TOKENHELPER_SHOTS"

// Shooting tells whether screenshots are wanted, for a test that must
// prepare a view (resize, scroll) before it takes one.
func Shooting() bool { return os.Getenv(shotsEnv) != "" }

// Shot saves what capture takes (chromedp.CaptureScreenshot, say) as
// name.png in the screenshot folder, when there is one. A failed capture
// is logged, not fatal: the picture is for people, not a check.
func Shot(t testing.TB, ctx context.Context, name string, capture chromedp.Action[[]byte]) {
	t.Helper()
	dir := os.Getenv(shotsEnv)
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, capture)
	if err != nil {
		t.Logf("screenshot %s: %v", name, err)
		return
	}
	os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Log(err)
	}
}
