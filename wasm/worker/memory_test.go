package worker

import (
	"testing"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/worker/memorytest"
)

// The contract's Memory is this package's.
var (
	_ Memory            = memorytest.Memory(nil)
	_ memorytest.Memory = Memory(nil)
)

// TestMemoryContract holds the tests' fake to what the browser's memory
// does (package browser runs the same cases).
func TestMemoryContract(t *testing.T) {
	memorytest.Run(t, func(*testing.T) memorytest.Store {
		m := newMemory()
		return memorytest.Store{
			Open:         func() memorytest.Memory { return m },
			SaveSettings: func(s message.Settings) { m.settings = s },
		}
	})
}
