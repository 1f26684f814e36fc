//go:build !js

package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

var iconSizes = []int{16, 32, 48, 128}

func itoa(n int) string { return strconv.Itoa(n) }

// writeIcons draws the toolbar icon (a white key on a blue rounded square)
// at every size, so that no binary image sits in the repository.
func writeIcons(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, s := range iconSizes {
		f, err := os.Create(filepath.Join(dir, "icon"+itoa(s)+".png"))
		if err != nil {
			return err
		}
		if err := png.Encode(f, drawIcon(s)); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// drawIcon renders the icon with 4×4 supersampling, in a unit square.
// The float64 conversions around products are there for reproducible
// builds: they keep arm64 and other hosts from fusing a multiply and an
// add, which rounds differently from amd64 (the Go spec allows fusion
// unless a conversion says otherwise).
func drawIcon(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	blue := [3]float64{0x01, 0x76, 0xd3}
	const n = 4
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var bg, key float64
			for sy := 0; sy < n; sy++ {
				for sx := 0; sx < n; sx++ {
					u := (float64(x) + (float64(sx)+0.5)/n) / float64(size)
					v := (float64(y) + (float64(sy)+0.5)/n) / float64(size)
					if inRoundedSquare(u, v) {
						bg++
						if inKey(u, v) {
							key++
						}
					}
				}
			}
			bg /= n * n
			key /= n * n
			if bg == 0 {
				continue
			}
			mix := func(c float64) uint8 { return uint8(math.Round((float64(c*(bg-key)) + float64(255*key)) / bg)) }
			img.SetNRGBA(x, y, color.NRGBA{mix(blue[0]), mix(blue[1]), mix(blue[2]), uint8(math.Round(bg * 255))})
		}
	}
	return img
}

func inRoundedSquare(u, v float64) bool {
	const r = 0.2
	dx := math.Max(math.Max(r-u, u-(1-r)), 0)
	dy := math.Max(math.Max(r-v, v-(1-r)), 0)
	return float64(dx*dx)+float64(dy*dy) <= r*r
}

// inKey is a key lying across the square: a ring bow on the left, a shaft
// and two teeth on the right.
func inKey(u, v float64) bool {
	dx, dy := u-0.32, v-0.5
	d2 := float64(dx*dx) + float64(dy*dy) // not math.Hypot, which may fuse
	if d2 <= 0.2*0.2 && d2 >= 0.09*0.09 {
		return true
	}
	if u >= 0.48 && u <= 0.86 && v >= 0.45 && v <= 0.55 {
		return true
	}
	return (u >= 0.68 && u <= 0.75 || u >= 0.79 && u <= 0.86) && v >= 0.55 && v <= 0.68
}
