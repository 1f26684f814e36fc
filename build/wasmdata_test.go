//go:build !js

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
)

// memoryImage applies a module's data segments to zeroed memory, in
// section order, as instantiation does; and counts them.
func memoryImage(t *testing.T, mod []byte) (mem []byte, segments int) {
	t.Helper()
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n, err := uleb(mod[p+1:])
		if err != nil {
			t.Fatal("bad section header")
		}
		body := mod[p+1+n : p+1+n+int(size)]
		p += 1 + n + int(size)
		if id != sectionData {
			continue
		}
		count, n, _ := uleb(body)
		body = body[n:]
		for i := uint64(0); i < count; i++ {
			_, n, _ := uleb(body) // flags: 0 in every module tested here
			body = body[n+1:]     // and i32.const
			addr, n, err := sleb32(body)
			if err != nil {
				t.Fatal("bad offset")
			}
			body = body[n+1:] // and end
			size, n, _ := uleb(body)
			data := body[n : n+int(size)]
			body = body[n+int(size):]
			if end := int(addr) + len(data); end > len(mem) {
				mem = append(mem, make([]byte, end-len(mem))...)
			}
			copy(mem[addr:], data)
			segments++
		}
	}
	return bytes.TrimRight(mem, "\x00"), segments
}

// module builds a wasm module with a type section (left as it is) and a
// data section of segs, in the order given.
func module(segs []segment, extra ...byte) []byte {
	mod := []byte("\x00asm\x01\x00\x00\x00")
	mod = append(mod, 1, 4, 1, 0x60, 0, 0) // type section: one func type () -> ()
	body := writeSegments(segs)
	mod = append(mod, sectionData)
	mod = appendULEB(mod, uint64(len(body)))
	mod = append(mod, body...)
	return append(mod, extra...)
}

func TestPackDataSynthetic(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var segs []segment
	addr := uint32(4096)
	for i := 0; i < 500; i++ {
		data := make([]byte, 1+rng.IntN(40))
		for j := range data {
			data[j] = byte(1 + rng.IntN(255))
		}
		segs = append(segs, segment{addr: addr, data: data})
		// gaps below, at and above packGap, and a few far apart
		gap := []uint32{0, 8, 16, packGap, packGap + 1, 300, 70000}[rng.IntN(7)]
		addr += uint32(len(data)) + gap
	}
	rng.Shuffle(len(segs), func(i, j int) { segs[i], segs[j] = segs[j], segs[i] })
	custom := []byte{0, 5, 4, 'n', 'o', 't', 'e'} // a custom section after the data
	in := module(segs, custom...)
	out := packData(in)
	memIn, nIn := memoryImage(t, in)
	memOut, nOut := memoryImage(t, out)
	if !bytes.Equal(memIn, memOut) {
		t.Fatal("packing changed the memory image")
	}
	if nOut >= nIn/2 {
		t.Errorf("%d segments became %d: expected far fewer", nIn, nOut)
	}
	if !bytes.HasSuffix(out, custom) || !bytes.Equal(out[8:14], in[8:14]) {
		t.Error("the other sections were not kept as they were")
	}
	if again := packData(out); !bytes.Equal(again, out) {
		t.Error("packing a packed module changed it")
	}
}

// Modules the packer does not fully understand come back unchanged.
func TestPackDataLeavesAlone(t *testing.T) {
	seg := func(addr uint32, s string) segment { return segment{addr: addr, data: []byte(s)} }
	valid := module([]segment{seg(16, "ab"), seg(20, "cd")})
	withBody := func(body []byte) []byte {
		mod := []byte("\x00asm\x01\x00\x00\x00")
		mod = append(mod, sectionData)
		mod = appendULEB(mod, uint64(len(body)))
		return append(mod, body...)
	}
	cases := map[string][]byte{
		"not wasm":          []byte("hello, world"),
		"empty":             nil,
		"no data section":   []byte("\x00asm\x01\x00\x00\x00\x01\x04\x01\x60\x00\x00"),
		"truncated":         valid[:len(valid)-1],
		"overlapping":       module([]segment{seg(16, "abcd"), seg(18, "xy")}),
		"passive segment":   withBody([]byte{1, 1, 2, 'a', 'b'}),
		"memory index":      withBody([]byte{1, 2, 0, 0x41, 16, 0x0b, 2, 'a', 'b'}),
		"global offset":     withBody([]byte{1, 0, 0x23, 0, 0x0b, 2, 'a', 'b'}),
		"trailing bytes":    withBody([]byte{1, 0, 0x41, 16, 0x0b, 2, 'a', 'b', 9}),
		"data count":        append([]byte("\x00asm\x01\x00\x00\x00\x0c\x01\x02"), valid[8:]...),
		"two data sections": append(slicesClone(valid), valid[8:]...),
		"negative offset":   withBody([]byte{2, 0, 0x41, 0x7f, 0x0b, 1, 'a', 0, 0x41, 16, 0x0b, 1, 'b'}),
	}
	for name, in := range cases {
		if out := packData(in); !bytes.Equal(out, in) {
			t.Errorf("%s: changed", name)
		}
	}
	if out := packData(valid); bytes.Equal(out, valid) {
		t.Error("a module it should pack came back unchanged")
	}
}

func slicesClone(b []byte) []byte { return append([]byte(nil), b...) }

// The real binary: packed, its starting memory is the linker's, byte for
// byte.
func TestPackDataRealBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the WASM")
	}
	out := filepath.Join(t.TempDir(), "tokenhelper.wasm")
	t.Chdir("..") // the module root
	if _, err := linkWASM(out); err != nil {
		t.Fatal(err)
	}
	in, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	packed := packData(in)
	memIn, nIn := memoryImage(t, in)
	memOut, nOut := memoryImage(t, packed)
	if !bytes.Equal(memIn, memOut) {
		t.Fatal("packing changed the memory image of the real binary")
	}
	if nOut*100 > nIn {
		t.Errorf("%d segments became %d: expected under 1%%", nIn, nOut)
	}
	t.Logf("%d segments became %d; %d bytes became %d", nIn, nOut, len(in), len(packed))
}
