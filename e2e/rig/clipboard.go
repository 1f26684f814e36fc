//go:build !js

package rig

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// GrantClipboard lets the extension's pages (extension id extID) read and
// write the clipboard without a prompt, so that a test can read back what
// the popup copied.
func GrantClipboard(ctx context.Context, extID string) error {
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission: &browser.PermissionDescriptor{Name: name, AllowWithoutSanitization: true},
			Setting:    browser.PermissionSettingGranted, Origin: "chrome-extension://" + extID,
		}); err != nil {
			return fmt.Errorf("grant %s: %w", name, err)
		}
	}
	return nil
}
