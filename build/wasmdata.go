//go:build !js

package main

import (
	"bytes"
	"errors"
	"slices"
)

// Go's wasm linker starts a new data segment at every run of 8 or more
// zero bytes (cmd/link/internal/wasm, segmentOverhead). That keeps the
// raw file small, but runtime.findfunctab alone, 4 bytes of data then 16
// zeros per function, becomes tens of thousands of segments, and each
// one's address and length are bytes that deflate cannot predict: about
// 116 KB of the store zip. packData merges segments that are close
// together and writes out the zeros between them, which deflate squeezes
// to almost nothing. Memory starts zeroed, so the initial memory image
// is the same byte for byte (wasmdata_test.go proves it on the real
// binary).

// packGap is the largest run of zeros written out to join two segments:
// larger gaps save nothing measurable in the zip.
const packGap = 64

const (
	sectionData      = 11
	sectionDataCount = 12
)

// segment is an active data segment of memory 0 at a constant address.
type segment struct {
	addr uint32
	data []byte
}

// packData returns the module with its data segments merged where they
// are at most packGap bytes apart. A module it does not fully understand
// (passive segments, other memories, non-constant offsets, overlapping
// segments, a DataCount section, or a malformed file) comes back as it
// was.
func packData(mod []byte) []byte {
	out, err := repackData(mod)
	if err != nil {
		return mod
	}
	return out
}

var errUnsupported = errors.New("wasm: unsupported module")

func repackData(mod []byte) ([]byte, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:8], []byte("\x00asm\x01\x00\x00\x00")) {
		return nil, errUnsupported
	}
	var out []byte
	out = append(out, mod[:8]...)
	found := false
	for p := 8; p < len(mod); {
		id := mod[p]
		size, n, err := uleb(mod[p+1:])
		if err != nil || uint64(len(mod)-p-1-n) < size {
			return nil, errUnsupported
		}
		body := mod[p+1+n : p+1+n+int(size)]
		next := p + 1 + n + int(size)
		switch id {
		case sectionDataCount:
			return nil, errUnsupported
		case sectionData:
			if found {
				return nil, errUnsupported
			}
			found = true
			segs, err := readSegments(body)
			if err != nil {
				return nil, err
			}
			body = writeSegments(merge(segs))
			out = append(out, sectionData)
			out = appendULEB(out, uint64(len(body)))
			out = append(out, body...)
		default:
			out = append(out, mod[p:next]...)
		}
		p = next
	}
	if !found {
		return nil, errUnsupported
	}
	return out, nil
}

// readSegments parses a data section holding active segments of memory 0
// with an i32.const offset only.
func readSegments(b []byte) ([]segment, error) {
	count, n, err := uleb(b)
	if err != nil {
		return nil, errUnsupported
	}
	b = b[n:]
	var segs []segment
	for i := uint64(0); i < count; i++ {
		flags, n, err := uleb(b)
		if err != nil || flags != 0 || len(b) < n+1 || b[n] != 0x41 { // active, memory 0; i32.const
			return nil, errUnsupported
		}
		b = b[n+1:]
		addr, n, err := sleb32(b)
		if err != nil || addr < 0 || len(b) < n+1 || b[n] != 0x0b { // end
			return nil, errUnsupported
		}
		b = b[n+1:]
		size, n, err := uleb(b)
		if err != nil || uint64(len(b)-n) < size {
			return nil, errUnsupported
		}
		segs = append(segs, segment{addr: uint32(addr), data: b[n : n+int(size)]})
		b = b[n+int(size):]
	}
	if len(b) != 0 {
		return nil, errUnsupported
	}
	slices.SortStableFunc(segs, func(x, y segment) int { return cmpUint32(x.addr, y.addr) })
	for i := 1; i < len(segs); i++ {
		if uint64(segs[i-1].addr)+uint64(len(segs[i-1].data)) > uint64(segs[i].addr) {
			return nil, errUnsupported // overlapping: the order of writes would matter
		}
	}
	return segs, nil
}

func cmpUint32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// merge joins sorted, disjoint segments that are at most packGap apart.
func merge(segs []segment) []segment {
	var out []segment
	for _, s := range segs {
		if len(out) > 0 {
			last := &out[len(out)-1]
			end := uint64(last.addr) + uint64(len(last.data))
			if gap := uint64(s.addr) - end; gap <= packGap {
				data := make([]byte, 0, len(last.data)+int(gap)+len(s.data))
				data = append(data, last.data...)
				data = append(data, make([]byte, gap)...)
				last.data = append(data, s.data...)
				continue
			}
		}
		out = append(out, segment{addr: s.addr, data: slices.Clone(s.data)})
	}
	return out
}

func writeSegments(segs []segment) []byte {
	b := appendULEB(nil, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0x00, 0x41)
		b = appendSLEB(b, int64(s.addr))
		b = append(b, 0x0b)
		b = appendULEB(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

func uleb(b []byte) (v uint64, n int, err error) {
	for shift := uint(0); n < len(b) && shift < 64; shift += 7 {
		c := b[n]
		n++
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return v, n, nil
		}
	}
	return 0, 0, errUnsupported
}

// sleb32 reads a signed LEB128 of at most 5 bytes, as i32.const holds.
func sleb32(b []byte) (v int64, n int, err error) {
	var shift uint
	for n < len(b) && n < 5 {
		c := b[n]
		n++
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if c&0x40 != 0 {
				v |= -1 << shift
			}
			return int64(int32(v)), n, nil
		}
	}
	return 0, 0, errUnsupported
}

func appendULEB(b []byte, v uint64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if v == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func appendSLEB(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}
