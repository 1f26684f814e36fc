//go:build !js

package firefox

import (
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"tokenhelper/e2e/browsers"
)

// sfSuffixes are the Salesforce host families that the proxy sends to the
// demo org, as the Chromium rig's host-resolver rules do.
var sfSuffixes = browsers.SalesforceSuffixes()

// proxy stands in for DNS, which Firefox cannot be told to remap: an HTTP
// proxy whose CONNECT tunnels for Salesforce hosts all lead to the demo
// org. Pages keep Salesforce's own names and port 443, so the links the
// extension builds work. Everything else is refused: the browser reaches
// nothing outside the test.
type proxy struct {
	ln     net.Listener
	target string // the demo org's host:port
	srv    *http.Server
}

func startProxy(target string) (*proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	p := &proxy{ln: ln, target: target}
	p.srv = &http.Server{Handler: p, ReadHeaderTimeout: 10 * time.Second}
	go p.srv.Serve(ln)
	return p, nil
}

// Port is the port Firefox's proxy settings name.
func (p *proxy) Port() int { return p.ln.Addr().(*net.TCPAddr).Port }

func (p *proxy) Close() error { return p.srv.Close() }

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host, _, err := net.SplitHostPort(r.Host)
	if r.Method != http.MethodConnect || err != nil || !salesforceHost(host) {
		http.Error(w, "the test proxy only tunnels to the demo org", http.StatusForbidden)
		return
	}
	up, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	down, buf, err := http.NewResponseController(w).Hijack()
	if err != nil {
		up.Close()
		return
	}
	down.Write([]byte("HTTP/1.1 200 Connection established\r\n\r\n"))
	// Bytes the client sent after the CONNECT, already buffered.
	if n := buf.Reader.Buffered(); n > 0 {
		b, _ := buf.Reader.Peek(n)
		up.Write(b)
	}
	go func() {
		io.Copy(up, down)
		up.Close()
	}()
	io.Copy(down, up)
	down.Close()
}

func salesforceHost(host string) bool {
	host = strings.ToLower(host)
	for _, s := range sfSuffixes {
		if strings.HasSuffix(host, s) {
			return true
		}
	}
	return false
}
