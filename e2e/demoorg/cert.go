//go:build !js

package demoorg

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"math/big"
	"net"
	"time"
)

// certDNSNames are the SANs of the self-signed certificate. A wildcard covers
// one label, so each family of hosts gets its own entry.
var certDNSNames = []string{
	"*.salesforce.com",
	"*.my.salesforce.com",
	"*.sandbox.my.salesforce.com",
	"*.force.com",
	"*.lightning.force.com",
	"*.sandbox.lightning.force.com",
	"*.salesforce-setup.com",
	"*.my.salesforce-setup.com",
	"*.sandbox.my.salesforce-setup.com",
	"*.lightning.force.com.mcas.ms",
	"*.sandbox.lightning.force.com.mcas.ms",
	"*.my.salesforce.com.mcas.ms",
	"*.sandbox.my.salesforce.com.mcas.ms",
	"*.my.salesforce-setup.com.mcas.ms",
	"*.sandbox.my.salesforce-setup.com.mcas.ms",
	"localhost",
}

func selfSignedCert() (tls.Certificate, *x509.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 62))
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "demo org (token helper tests)", Organization: []string{"tokenhelper demo org"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(30 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		DNSNames:              certDNSNames,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, leaf, nil
}
