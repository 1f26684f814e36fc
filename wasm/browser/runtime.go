//go:build js && wasm

package browser

import (
	"syscall/js"

	"github.com/norunners/vert"

	"tokenhelper/wasm/message"
	"tokenhelper/wasm/worker"
)

// Serve hands the service worker's message handler to the JS shim, which
// queued the messages that came before Go was ready. Each request is
// decoded into a fresh message.Request and answered on a goroutine of its
// own, so handlers may await storage.
func Serve(handle func(message.Request, worker.Sender) any) {
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg, from, reply := args[0], args[1], args[2]
		go func() {
			// A panic here would end the whole context (the worker, with
			// every later message): answer with it instead.
			defer func() {
				if p := recover(); p != nil {
					reply.Invoke(vert.ValueOf(message.Reply{Error: "internal error"}).JSValue())
					js.Global().Get("console").Call("error", "token helper: recovered from a panic while answering "+msg.Get("kind").String())
				}
			}()
			var req message.Request
			if err := (vert.Value{Value: msg}).AssignTo(&req); err != nil {
				reply.Invoke(vert.ValueOf(message.Reply{Error: "bad request: " + err.Error()}).JSValue())
				return
			}
			s := worker.Sender{
				Tab:       from.Get("tab").Int(),
				Frame:     from.Get("frame").Int(),
				URL:       from.Get("url").String(),
				Extension: from.Get("extension").Bool(),
			}
			reply.Invoke(vert.ValueOf(handle(req, s)).JSValue())
		}()
		return nil
	})
	js.Global().Call("tokenHelperReady", f)
}

// Send sends a request to the service worker and decodes its answer into
// out, a pointer to a fresh message struct.
func Send(req message.Request, out any) error {
	v, err := Await(chrome().Get("runtime").Call("sendMessage", vert.ValueOf(req).JSValue()))
	if err != nil {
		return err
	}
	return vert.Value{Value: v}.AssignTo(out)
}
