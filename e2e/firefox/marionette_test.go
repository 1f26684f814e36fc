//go:build !js

package firefox

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"time"
)

// marionette is a client of Firefox's remote protocol: JSON messages,
// each written as its length in decimal, a colon and the bytes. A command
// is [0, id, name, params]; its answer [1, id, error, result]. Enough of
// it drives the smoke test without geckodriver.
type marionette struct {
	conn net.Conn
	r    *bufio.Reader
	id   int
}

// webElement is the key under which WebDriver returns an element's id.
const webElement = "element-6066-11e4-a52e-4f735466cecf"

// dialMarionette connects and reads the server's greeting.
func dialMarionette(addr string) (*marionette, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	m := &marionette{conn: conn, r: bufio.NewReader(conn)}
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	var hello struct {
		ApplicationType    string `json:"applicationType"`
		MarionetteProtocol int    `json:"marionetteProtocol"`
	}
	if err := m.read(&hello); err != nil {
		conn.Close()
		return nil, fmt.Errorf("marionette greeting: %w", err)
	}
	if hello.MarionetteProtocol != 3 {
		conn.Close()
		return nil, fmt.Errorf("marionette protocol %d, want 3", hello.MarionetteProtocol)
	}
	return m, nil
}

func (m *marionette) Close() error { return m.conn.Close() }

// read reads one message into out.
func (m *marionette) read(out any) error {
	n, err := m.r.ReadString(':')
	if err != nil {
		return err
	}
	size, err := strconv.Atoi(n[:len(n)-1])
	if err != nil || size < 0 || size > 64<<20 {
		return fmt.Errorf("bad message length %q", n)
	}
	buf := make([]byte, size)
	if _, err := io.ReadFull(m.r, buf); err != nil {
		return err
	}
	return json.Unmarshal(buf, out)
}

// call sends a command and decodes its result into out (nil to drop it).
// A command that has not answered within timeout fails.
func (m *marionette) call(name string, params, out any, timeout time.Duration) error {
	if params == nil {
		params = map[string]any{}
	}
	m.id++
	msg, err := json.Marshal([]any{0, m.id, name, params})
	if err != nil {
		return err
	}
	m.conn.SetDeadline(time.Now().Add(timeout))
	if _, err := m.conn.Write([]byte(strconv.Itoa(len(msg)) + ":" + string(msg))); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for {
		var resp [4]json.RawMessage
		if err := m.read(&resp); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		var id int
		if json.Unmarshal(resp[1], &id); id != m.id {
			continue // the answer to an earlier command that timed out
		}
		if string(resp[2]) != "null" {
			var e struct{ Error, Message string }
			json.Unmarshal(resp[2], &e)
			return fmt.Errorf("%s: %s: %s", name, e.Error, e.Message)
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(resp[3], out)
	}
}

// value calls a command whose result is {"value": …}.
func value[T any](m *marionette, name string, params any, timeout time.Duration) (T, error) {
	var r struct{ Value T }
	err := m.call(name, params, &r, timeout)
	return r.Value, err
}

// newSession starts the WebDriver session. The demo org's certificate is
// self-signed: acceptInsecureCerts has Firefox take it, for this session.
func (m *marionette) newSession() error {
	caps := map[string]any{"acceptInsecureCerts": true, "pageLoadStrategy": "normal"}
	return m.call("WebDriver:NewSession", caps, nil, 30*time.Second)
}

// installTemporary installs the unpacked extension in dir as a temporary
// add-on, as about:debugging does, and returns its id.
func (m *marionette) installTemporary(dir string) (string, error) {
	return value[string](m, "Addon:Install", map[string]any{"path": dir, "temporary": true}, 30*time.Second)
}

// navigate loads url in the current tab and waits for the load.
func (m *marionette) navigate(url string) error {
	return m.call("WebDriver:Navigate", map[string]any{"url": url}, nil, 30*time.Second)
}

// setContext switches between "content" (the page) and "chrome" (the
// browser itself, with its privileges).
func (m *marionette) setContext(ctx string) error {
	return m.call("Marionette:SetContext", map[string]any{"value": ctx}, nil, 5*time.Second)
}

// click clicks the first element that matches the CSS selector, as a
// user would: the click counts as a user gesture.
func (m *marionette) click(selector string) error {
	el, err := value[map[string]string](m, "WebDriver:FindElement", map[string]any{"using": "css selector", "value": selector}, 5*time.Second)
	if err != nil {
		return err
	}
	id, ok := el[webElement]
	if !ok {
		return errors.New("no element id in " + fmt.Sprint(el))
	}
	return m.call("WebDriver:ElementClick", map[string]any{"id": id}, nil, 10*time.Second)
}

// eval runs a script body (it returns its result; a returned promise is
// awaited) in the current context and decodes the result into a T.
func eval[T any](m *marionette, script string, args ...any) (T, error) {
	if args == nil {
		args = []any{}
	}
	return value[T](m, "WebDriver:ExecuteScript", map[string]any{"script": script, "args": args}, 15*time.Second)
}
