//go:build !js

// Command demoorg runs the demo org (a local imitation of Salesforce pages)
// for manual runs and demos, and prints the URLs of its pages.
//
//	go run ./e2e/demoorg/cmd/demoorg -addr 127.0.0.1:8443
//
// Open them in Chromium started with --ignore-certificate-errors and
// --host-resolver-rules="MAP *.salesforce.com 127.0.0.1, MAP *.force.com 127.0.0.1, MAP *.salesforce-setup.com 127.0.0.1".
package main

import (
	"flag"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	"tokenhelper/e2e/demoorg"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8443", "address to listen on (TLS)")
	flag.Parse()

	s := demoorg.New()
	hostport, err := s.Start(*addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "demoorg:", err)
		os.Exit(1)
	}
	_, port, _ := net.SplitHostPort(hostport)

	fmt.Printf("demo org listening on https://%s\n", hostport)
	fmt.Println(`Chromium flags: --ignore-certificate-errors --host-resolver-rules="MAP *.salesforce.com 127.0.0.1, MAP *.force.com 127.0.0.1, MAP *.salesforce-setup.com 127.0.0.1"`)
	fmt.Printf("index: https://acme.lightning.force.com:%s/demo\n\n", port)
	org := ""
	for _, l := range demoorg.DemoLinks(port) {
		if l.Org != org {
			org = l.Org
			fmt.Printf("[%s]\n", org)
		}
		fmt.Printf("  %-9s %s\n", l.Group, l.URL)
	}

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	<-sig
	for _, v := range s.Violations() {
		fmt.Fprintln(os.Stderr, "VIOLATION:", v)
	}
	_ = s.Close()
}
