//go:build !js

// Package demoorg is a local HTTPS server that imitates the Salesforce pages
// the token helper extension works on ("the demo org"). It serves static
// fixture pages (embedded under site/) for a few fake orgs, routed by the Host
// header, and it watches for the one request that must never happen: a GET of
// ResetApiTokenConfirm that no reset form POST asked for (on a real org that
// request resets the user's security token).
//
// Nothing here was captured from a real org; the structure follows
// docs/salesforce-pages.md, which also lists the variants it offers (§7).
package demoorg

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// ticketTTL is how long a reset POST allows the Confirm GET that follows it.
const ticketTTL = 15 * time.Second

// maxLog bounds the request log of long manual runs.
const maxLog = 20000

// Server is the demo org. The zero value is not usable; call New.
type Server struct {
	mu         sync.Mutex
	violations []string
	requests   []string
	resets     []string
	tickets    map[string]time.Time // My Domain host (no port) -> expiry
	soap       soapLog              // the SOAP API's calls and sessions (soap.go)

	srv  *http.Server
	done chan struct{}
	cert *x509.Certificate

	now func() time.Time
}

// New returns a server that is not listening yet; use Handler or Start.
func New() *Server {
	return &Server{tickets: map[string]time.Time{}, now: time.Now}
}

// Handler serves every demo org, routed by the Host header (any port).
func (s *Server) Handler() http.Handler { return http.HandlerFunc(s.serveHTTP) }

// Start listens with TLS on addr (e.g. "127.0.0.1:0") using a self-signed
// certificate made at start, and returns the "host:port" it listens on.
func (s *Server) Start(addr string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return "", errors.New("demoorg: already started")
	}
	cert, leaf, err := selfSignedCert()
	if err != nil {
		return "", err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return "", err
	}
	tl := tls.NewListener(ln, &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   tls.VersionTLS12,
		NextProtos:   []string{"http/1.1"},
	})
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 30 * time.Second,
		ErrorLog:          log.New(io.Discard, "", 0),
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(tl)
	}()
	s.srv, s.done, s.cert = srv, done, leaf
	return ln.Addr().String(), nil
}

// Close stops the listener started by Start and waits for it to end.
func (s *Server) Close() error {
	s.mu.Lock()
	srv, done := s.srv, s.done
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	err := srv.Close()
	<-done
	return err
}

// Shutdown stops the listener gracefully.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	srv, done := s.srv, s.done
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	err := srv.Shutdown(ctx)
	<-done
	return err
}

// Certificate is the self-signed certificate made by Start (nil before), for
// Go clients that want to verify it (add it to an x509.CertPool).
func (s *Server) Certificate() *x509.Certificate {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cert
}

// Violations lists, as "METHOD URL" lines, every request that must never
// happen: a request of ResetApiTokenConfirm (in the path or, encoded, in the
// query) that did not consume the ticket of a reset POST just before.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.violations...)
}

// Requests is a log of "METHOD host path?query" lines, for debugging.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.requests...)
}

// Resets lists the token resets performed (reset form POSTs with save), as
// "POST URL" lines. A test where nobody clicked the button expects none.
func (s *Server) Resets() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.resets...)
}

// ResetLog clears the logs (violations, requests, resets, tickets).
func (s *Server) ResetLog() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.violations, s.requests, s.resets = nil, nil, nil
	s.tickets = map[string]time.Time{}
}

func (s *Server) logRequest(r *http.Request) {
	line := r.Method + " " + r.Host + " " + r.URL.RequestURI()
	s.mu.Lock()
	if len(s.requests) < maxLog {
		s.requests = append(s.requests, line)
	}
	s.mu.Unlock()
}

func (s *Server) addViolation(r *http.Request) {
	line := r.Method + " https://" + r.Host + r.URL.RequestURI()
	s.mu.Lock()
	s.violations = append(s.violations, line)
	s.mu.Unlock()
}

func (s *Server) addReset(r *http.Request, hostKey string) {
	line := r.Method + " https://" + r.Host + r.URL.RequestURI()
	s.mu.Lock()
	s.resets = append(s.resets, line)
	s.tickets[hostKey] = s.now().Add(ticketTTL)
	s.mu.Unlock()
}

// consumeTicket takes the ticket of the host's last reset POST, if fresh.
func (s *Server) consumeTicket(hostKey string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.tickets[hostKey]
	if !ok {
		return false
	}
	delete(s.tickets, hostKey)
	return s.now().Before(exp)
}

// mentionsConfirm reports whether the request names ResetApiTokenConfirm in
// its path or query, also percent-encoded (decoded up to three times).
func mentionsConfirm(r *http.Request) bool {
	u := r.URL.RequestURI()
	for range 4 {
		if strings.Contains(strings.ToLower(u), "resetapitokenconfirm") {
			return true
		}
		d, err := unescapeLoose(u)
		if err != nil || d == u {
			return false
		}
		u = d
	}
	return false
}

// unescapeLoose decodes every valid %XX and leaves malformed ones as they are.
func unescapeLoose(s string) (string, error) {
	if !strings.Contains(s, "%") {
		return s, nil
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && ishex(s[i+1]) && ishex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), nil
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
