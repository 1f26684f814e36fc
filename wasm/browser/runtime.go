//go:build js && wasm

package browser

import (
	"errors"
	"sync"
	"syscall/js"

	"github.com/norunners/vert"

	"tokenhelper/wasm/message"
)

// Serve hands the service worker's message handler to the JS shim, which
// queued the messages that came before Go was ready. Requests are
// answered one at a time, in the order they came: a page's facts arrive
// in the order they were seen, and an older answer must not land last.
// Handling happens off the JS callback, so handlers may await storage.
func Serve(handle func(message.Request, message.Sender) any) {
	q := newFIFO()
	f := js.FuncOf(func(_ js.Value, args []js.Value) any {
		msg, from, reply := args[0], args[1], args[2]
		q.push(func() { answer(handle, msg, from, reply) })
		return nil
	})
	js.Global().Call("tokenHelperReady", f)
}

// answer decodes one request into a fresh message.Request and replies.
func answer(handle func(message.Request, message.Sender) any, msg, from, reply js.Value) {
	// A panic would end the whole context (the worker, with every later
	// message): answer with an error instead.
	defer func() {
		if p := recover(); p != nil {
			reply.Invoke(vert.ValueOf(message.Reply{Error: "internal error"}).JSValue())
			js.Global().Get("console").Call("error", "token helper: recovered from a panic while answering a request")
		}
	}()
	var req message.Request
	if err := (vert.Value{Value: msg}).AssignTo(&req); err != nil {
		reply.Invoke(vert.ValueOf(message.Reply{Error: "bad request: " + err.Error()}).JSValue())
		return
	}
	s := message.Sender{
		Tab:       from.Get("tab").Int(),
		Frame:     from.Get("frame").Int(),
		URL:       from.Get("url").String(),
		Extension: from.Get("extension").Bool(),
		Incognito: from.Get("incognito").Truthy(),
	}
	reply.Invoke(vert.ValueOf(handle(req, s)).JSValue())
}

// fifo runs jobs one after another on a goroutine of its own. Pushing
// never blocks: the JS callback that pushes must return at once.
type fifo struct {
	mu   sync.Mutex
	jobs []func()
	wake chan struct{}
}

func newFIFO() *fifo {
	q := &fifo{wake: make(chan struct{}, 1)}
	go q.run()
	return q
}

func (q *fifo) push(job func()) {
	q.mu.Lock()
	q.jobs = append(q.jobs, job)
	q.mu.Unlock()
	select {
	case q.wake <- struct{}{}:
	default:
	}
}

func (q *fifo) run() {
	for range q.wake {
		for {
			q.mu.Lock()
			if len(q.jobs) == 0 {
				q.mu.Unlock()
				break
			}
			job := q.jobs[0]
			q.jobs = q.jobs[1:]
			q.mu.Unlock()
			job()
		}
	}
}

// Send sends a request to the service worker and decodes its answer into
// out, a pointer to a fresh message struct. An answer that is an error (a
// Reply with one, such as listen.js gives when Go did not start) is
// returned as the error, whatever out is.
func Send(req message.Request, out any) error {
	v, err := Await(chrome().Get("runtime").Call("sendMessage", vert.ValueOf(req).JSValue()))
	if err != nil {
		return err
	}
	if v.Type() != js.TypeObject {
		return errors.New("no answer")
	}
	if e := v.Get("error"); e.Type() == js.TypeString && e.String() != "" {
		return errors.New(e.String())
	}
	return vert.Value{Value: v}.AssignTo(out)
}
