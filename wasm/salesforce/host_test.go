package salesforce

import "testing"

// hostTests cover every host family of docs/salesforce-pages.md §1, with the names as
// Salesforce writes them.
var hostTests = []struct {
	in   string
	want Host
}{
	// My Domain, Lightning, Setup domain.
	{"acme.my.salesforce.com", Host{Name: "acme.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", TLD: "com"}},
	{"acme.lightning.force.com", Host{Name: "acme.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", TLD: "com"}},
	{"acme.my.salesforce-setup.com", Host{Name: "acme.my.salesforce-setup.com", Family: FamilySetup, MyDomain: "acme", TLD: "com"}},

	// Sandboxes, enhanced and legacy.
	{"acme--uat.sandbox.my.salesforce.com", Host{Name: "acme--uat.sandbox.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "com"}},
	{"acme--uat.sandbox.lightning.force.com", Host{Name: "acme--uat.sandbox.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "com"}},
	{"acme--uat.sandbox.my.salesforce-setup.com", Host{Name: "acme--uat.sandbox.my.salesforce-setup.com", Family: FamilySetup, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "com"}},
	{"acme--uat.cs18.my.salesforce.com", Host{Name: "acme--uat.cs18.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Sandbox: "uat", Instance: "cs18", TLD: "com"}},
	{"acme--uat.my.salesforce.com", Host{Name: "acme--uat.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Sandbox: "uat", TLD: "com"}},
	{"acme--uat.lightning.force.com", Host{Name: "acme--uat.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", Sandbox: "uat", TLD: "com"}},

	// Scratch, Developer Edition and the other partitions.
	{"acme.scratch.my.salesforce.com", Host{Name: "acme.scratch.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Partition: "scratch", TLD: "com"}},
	{"acme.scratch.lightning.force.com", Host{Name: "acme.scratch.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", Partition: "scratch", TLD: "com"}},
	{"acme.scratch.my.salesforce-setup.com", Host{Name: "acme.scratch.my.salesforce-setup.com", Family: FamilySetup, MyDomain: "acme", Partition: "scratch", TLD: "com"}},
	{"acme.scratch.file.force.com", Host{Name: "acme.scratch.file.force.com", Family: FamilyOther, MyDomain: "acme", Partition: "scratch", TLD: "com"}},
	{"acme-dev-ed.develop.my.salesforce.com", Host{Name: "acme-dev-ed.develop.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme-dev-ed", Partition: "develop", TLD: "com"}},
	{"acme-dev-ed.develop.lightning.force.com", Host{Name: "acme-dev-ed.develop.lightning.force.com", Family: FamilyLightning, MyDomain: "acme-dev-ed", Partition: "develop", TLD: "com"}},
	{"acme-dev-ed.develop.my.salesforce-setup.com", Host{Name: "acme-dev-ed.develop.my.salesforce-setup.com", Family: FamilySetup, MyDomain: "acme-dev-ed", Partition: "develop", TLD: "com"}},
	{"acme-dev-ed.my.salesforce.com", Host{Name: "acme-dev-ed.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme-dev-ed", TLD: "com"}},
	{"acme.patch.my.salesforce.com", Host{Name: "acme.patch.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Partition: "patch", TLD: "com"}},
	{"acme.demo.my.salesforce.com", Host{Name: "acme.demo.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Partition: "demo", TLD: "com"}},
	{"acme.trailblaze.lightning.force.com", Host{Name: "acme.trailblaze.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", Partition: "trailblaze", TLD: "com"}},
	{"acme.free.my.salesforce.com", Host{Name: "acme.free.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Partition: "free", TLD: "com"}},

	// Visualforce.
	{"acme--c.vf.force.com", Host{Name: "acme--c.vf.force.com", Family: FamilyVisualforce, MyDomain: "acme", TLD: "com"}},
	{"acme--uat--c.sandbox.vf.force.com", Host{Name: "acme--uat--c.sandbox.vf.force.com", Family: FamilyVisualforce, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "com"}},
	{"acme-dev-ed--c.develop.vf.force.com", Host{Name: "acme-dev-ed--c.develop.vf.force.com", Family: FamilyVisualforce, MyDomain: "acme-dev-ed", Partition: "develop", TLD: "com"}},
	{"acme--mypkg.vf.force.com", Host{Name: "acme--mypkg.vf.force.com", Family: FamilyVisualforce, MyDomain: "acme", TLD: "com"}},
	{"acme--c.na1.visual.force.com", Host{Name: "acme--c.na1.visual.force.com", Family: FamilyVisualforce, MyDomain: "acme", Instance: "na1", TLD: "com"}},
	{"acme--uat--c.cs18.visual.force.com", Host{Name: "acme--uat--c.cs18.visual.force.com", Family: FamilyVisualforce, MyDomain: "acme", Sandbox: "uat", Instance: "cs18", TLD: "com"}},
	{"c.na1.visual.force.com", Host{Name: "c.na1.visual.force.com", Family: FamilyVisualforce, Instance: "na1", TLD: "com"}},
	{"acme--c.visualforce.com", Host{Name: "acme--c.visualforce.com", Family: FamilyVisualforce, MyDomain: "acme", TLD: "com"}},
	{"acme--c.vf.force.mil", Host{Name: "acme--c.vf.force.mil", Family: FamilyVisualforce, MyDomain: "acme", TLD: "mil"}},

	// Government cloud.
	{"acme.my.salesforce.mil", Host{Name: "acme.my.salesforce.mil", Family: FamilyMyDomain, MyDomain: "acme", TLD: "mil"}},
	{"acme--uat.sandbox.my.salesforce.mil", Host{Name: "acme--uat.sandbox.my.salesforce.mil", Family: FamilyMyDomain, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "mil"}},
	{"acme.lightning.force.mil", Host{Name: "acme.lightning.force.mil", Family: FamilyLightning, MyDomain: "acme", TLD: "mil"}},
	{"acme.lightning.crmforce.mil", Host{Name: "acme.lightning.crmforce.mil", Family: FamilyLightning, MyDomain: "acme", TLD: "mil"}},
	{"acme.cloudforce.mil", Host{Name: "acme.cloudforce.mil", Family: FamilyOther, TLD: "mil"}},
	{"x.visualforce.mil", Host{Name: "x.visualforce.mil", Family: FamilyOther, TLD: "mil"}},

	// China.
	{"acme.my.sfcrmproducts.cn", Host{Name: "acme.my.sfcrmproducts.cn", Family: FamilyMyDomain, MyDomain: "acme", TLD: "cn"}},
	{"acme--uat.sandbox.my.sfcrmproducts.cn", Host{Name: "acme--uat.sandbox.my.sfcrmproducts.cn", Family: FamilyMyDomain, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "cn"}},
	{"acme.lightning.sfcrmapps.cn", Host{Name: "acme.lightning.sfcrmapps.cn", Family: FamilyLightning, MyDomain: "acme", TLD: "cn"}},
	{"acme.my.sfcrmapps.cn", Host{Name: "acme.my.sfcrmapps.cn", Family: FamilyMyDomain, MyDomain: "acme", TLD: "cn"}},
	{"static.sfcrmapps.cn", Host{Name: "static.sfcrmapps.cn", Family: FamilyOther, TLD: "cn"}},

	// Other Salesforce hosts.
	{"acme.cloudforce.com", Host{Name: "acme.cloudforce.com", Family: FamilyOther, MyDomain: "acme", TLD: "com"}},
	{"acme--uat.cloudforce.com", Host{Name: "acme--uat.cloudforce.com", Family: FamilyOther, MyDomain: "acme", Sandbox: "uat", TLD: "com"}},
	{"acme.file.force.com", Host{Name: "acme.file.force.com", Family: FamilyOther, MyDomain: "acme", TLD: "com"}},
	{"acme.builder.salesforce-experience.com", Host{Name: "acme.builder.salesforce-experience.com", Family: FamilyOther, MyDomain: "acme", TLD: "com"}},
	{"www.salesforce.com", Host{Name: "www.salesforce.com", Family: FamilyOther, TLD: "com"}},
	{"a.b.c.lightning.force.com", Host{Name: "a.b.c.lightning.force.com", Family: FamilyOther, TLD: "com"}},
	{"acme.bogus.my.salesforce.com", Host{Name: "acme.bogus.my.salesforce.com", Family: FamilyOther, TLD: "com"}},
	{"sandbox.my.salesforce.com", Host{Name: "sandbox.my.salesforce.com", Family: FamilyOther, TLD: "com"}},
	{"c.vf.force.com", Host{Name: "c.vf.force.com", Family: FamilyOther, TLD: "com"}},
	{"a--b--c--d.vf.force.com", Host{Name: "a--b--c--d.vf.force.com", Family: FamilyOther, TLD: "com"}},

	// Login and legacy instances.
	{"login.salesforce.com", Host{Name: "login.salesforce.com", Family: FamilyLogin, TLD: "com"}},
	{"test.salesforce.com", Host{Name: "test.salesforce.com", Family: FamilyLogin, TLD: "com"}},
	{"na1.salesforce.com", Host{Name: "na1.salesforce.com", Family: FamilyInstance, Instance: "na1", TLD: "com"}},
	{"cs18.salesforce.com", Host{Name: "cs18.salesforce.com", Family: FamilyInstance, Instance: "cs18", TLD: "com"}},
	{"eu40.salesforce.com", Host{Name: "eu40.salesforce.com", Family: FamilyInstance, Instance: "eu40", TLD: "com"}},

	// Proxy, port, case, trailing dot.
	{"acme.lightning.force.com.mcas.ms", Host{Name: "acme.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", TLD: "com", Proxy: ".mcas.ms"}},
	{"acme--uat.sandbox.my.salesforce.com.mcas.ms", Host{Name: "acme--uat.sandbox.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", Sandbox: "uat", Partition: "sandbox", TLD: "com", Proxy: ".mcas.ms"}},
	{"login.salesforce.com.mcas.ms", Host{Name: "login.salesforce.com", Family: FamilyLogin, TLD: "com", Proxy: ".mcas.ms"}},
	{"ACME.My.SalesForce.COM:443", Host{Name: "acme.my.salesforce.com", Family: FamilyMyDomain, MyDomain: "acme", TLD: "com"}},
	{"acme.lightning.force.com.", Host{Name: "acme.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", TLD: "com"}},
	{"acme.lightning.force.com.:8443", Host{Name: "acme.lightning.force.com", Family: FamilyLightning, MyDomain: "acme", TLD: "com"}},
}

// notHosts are names ParseHost must refuse.
var notHosts = []string{
	"",
	".",
	"salesforce.com",
	"force.com",
	"my.salesforce.com",
	"lightning.force.com",
	"my.salesforce-setup.com",
	"vf.force.com",
	"builder.salesforce-experience.com",
	"salesforce.com.evil.com",
	"acme.my.salesforce.com.evil.com",
	"evilsalesforce.com",
	"acme.evilsalesforce.com",
	"acme.my.salesforce.co",
	"acme..my.salesforce.com",
	".acme.my.salesforce.com",
	"acme.my.salesforce.com..",
	"-acme.my.salesforce.com",
	"acme-.my.salesforce.com",
	"xn--acme-9ra.my.salesforce.com",
	"acme.my.salesforce.com:https",
	"acme.my.salesforce.com:44x",
	"acme_x.my.salesforce.com",
	"acme my.salesforce.com",
	"acme.my.salesforce.com/x",
	"127.0.0.1",
	"[::1]:443",
	"10.0.0.1:443",
	"mcas.ms",
	"evil.com.mcas.ms",
	"acme.my.salesforce.com.mcas.ms.mcas.ms",
	"acme.my.salesforce.com.evil.mcas.ms",
	"acme.my.salesforce-setup.mil",
	"acme.my.salesforce.cn",
	"acme.my.salesforсe.com", // Cyrillic es
}

func TestParseHost(t *testing.T) {
	for _, tt := range hostTests {
		got, ok := ParseHost(tt.in)
		if !ok || got != tt.want {
			t.Errorf("ParseHost(%q) = %+v, %v; want %+v, true", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range notHosts {
		if got, ok := ParseHost(in); ok {
			t.Errorf("ParseHost(%q) = %+v, true; want false", in, got)
		}
	}
}

func TestParseHostReparses(t *testing.T) {
	for _, tt := range hostTests {
		h, _ := ParseHost(tt.in)
		checkReparse(t, h)
	}
}

func TestHostMapping(t *testing.T) {
	tests := []struct {
		in                  string
		lightning, myDomain string
	}{
		{"acme.my.salesforce.com", "acme.lightning.force.com", "acme.my.salesforce.com"},
		{"acme.lightning.force.com", "acme.lightning.force.com", "acme.my.salesforce.com"},
		{"acme.my.salesforce-setup.com", "acme.lightning.force.com", "acme.my.salesforce.com"},
		{"acme--uat.sandbox.lightning.force.com", "acme--uat.sandbox.lightning.force.com", "acme--uat.sandbox.my.salesforce.com"},
		{"acme--uat--c.sandbox.vf.force.com", "acme--uat.sandbox.lightning.force.com", "acme--uat.sandbox.my.salesforce.com"},
		{"acme.scratch.file.force.com", "acme.scratch.lightning.force.com", "acme.scratch.my.salesforce.com"},
		{"acme-dev-ed--c.develop.vf.force.com", "acme-dev-ed.develop.lightning.force.com", "acme-dev-ed.develop.my.salesforce.com"},
		{"acme.patch.my.salesforce.com", "acme.patch.lightning.force.com", "acme.patch.my.salesforce.com"},
		{"acme.demo.lightning.force.com", "acme.demo.lightning.force.com", "acme.demo.my.salesforce.com"},
		{"acme.trailblaze.my.salesforce-setup.com", "acme.trailblaze.lightning.force.com", "acme.trailblaze.my.salesforce.com"},
		{"acme.free.my.salesforce.com", "acme.free.lightning.force.com", "acme.free.my.salesforce.com"},

		// Legacy names: Lightning drops the instance (CumulusCI), Setup only
		// exists in the enhanced form.
		{"acme--uat.cs18.my.salesforce.com", "acme--uat.lightning.force.com", "acme--uat.cs18.my.salesforce.com"},
		{"acme--uat--c.cs18.visual.force.com", "acme--uat.lightning.force.com", "acme--uat.cs18.my.salesforce.com"},
		{"acme--uat.lightning.force.com", "acme--uat.lightning.force.com", "acme--uat.my.salesforce.com"},
		{"acme--c.na1.visual.force.com", "acme.lightning.force.com", "acme.na1.my.salesforce.com"},
		{"acme-dev-ed.my.salesforce.com", "acme-dev-ed.lightning.force.com", "acme-dev-ed.my.salesforce.com"},
		{"old.cs42.my.salesforce.com", "old.lightning.force.com", "old.cs42.my.salesforce.com"},
		{"acme.cloudforce.com", "acme.lightning.force.com", "acme.my.salesforce.com"},
		{"acme--c.visualforce.com", "acme.lightning.force.com", "acme.my.salesforce.com"},

		// .mil and China: canonical pairs from sfdx-core, no Setup domain.
		{"acme.my.salesforce.mil", "acme.lightning.crmforce.mil", "acme.my.salesforce.mil"},
		{"acme--uat.sandbox.my.salesforce.mil", "acme--uat.sandbox.lightning.crmforce.mil", "acme--uat.sandbox.my.salesforce.mil"},
		{"acme.lightning.force.mil", "acme.lightning.force.mil", "acme.my.salesforce.mil"},
		{"acme--c.vf.force.mil", "acme.lightning.crmforce.mil", "acme.my.salesforce.mil"},
		{"acme.my.sfcrmproducts.cn", "acme.lightning.sfcrmapps.cn", "acme.my.sfcrmproducts.cn"},
		{"acme--sbox1.sandbox.lightning.sfcrmapps.cn", "acme--sbox1.sandbox.lightning.sfcrmapps.cn", "acme--sbox1.sandbox.my.sfcrmproducts.cn"},

		// Proxy suffix is kept.
		{"acme.lightning.force.com.mcas.ms", "acme.lightning.force.com.mcas.ms", "acme.my.salesforce.com.mcas.ms"},
		{"acme--uat.sandbox.my.salesforce.com.mcas.ms", "acme--uat.sandbox.lightning.force.com.mcas.ms", "acme--uat.sandbox.my.salesforce.com.mcas.ms"},

		// No org.
		{"login.salesforce.com", "", ""},
		{"test.salesforce.com", "", ""},
		{"na1.salesforce.com", "", ""},
		{"c.na1.visual.force.com", "", ""},
		{"www.salesforce.com", "", ""},
	}
	for _, tt := range tests {
		h, ok := ParseHost(tt.in)
		if !ok {
			t.Errorf("ParseHost(%q) failed", tt.in)
			continue
		}
		if got := h.LightningHost(); got != tt.lightning {
			t.Errorf("%s: LightningHost = %q, want %q", tt.in, got, tt.lightning)
		}
		if got := h.MyDomainHost(); got != tt.myDomain {
			t.Errorf("%s: MyDomainHost = %q, want %q", tt.in, got, tt.myDomain)
		}
		checkMapping(t, h)
	}
}

// TestHostRoundTrip walks Lightning -> My Domain -> Lightning on enhanced
// names, where every step must come back to where it started.
func TestHostRoundTrip(t *testing.T) {
	for _, lightning := range []string{
		"acme.lightning.force.com",
		"acme--uat.sandbox.lightning.force.com",
		"acme.scratch.lightning.force.com",
		"acme-dev-ed.develop.lightning.force.com",
		"acme.patch.lightning.force.com",
		"acme.demo.lightning.force.com",
		"acme.trailblaze.lightning.force.com",
		"acme.free.lightning.force.com",
		"acme--uat.sandbox.lightning.force.com.mcas.ms",
		"acme.lightning.crmforce.mil",
		"acme--uat.sandbox.lightning.sfcrmapps.cn",
	} {
		l, _ := ParseHost(lightning)
		m, ok := ParseHost(l.MyDomainHost())
		if !ok {
			t.Errorf("%s: My Domain host %q does not parse", lightning, l.MyDomainHost())
			continue
		}
		if got := m.LightningHost(); got != lightning {
			t.Errorf("%s -> %s -> %s", lightning, l.MyDomainHost(), got)
		}
	}
}

func TestEnv(t *testing.T) {
	tests := []struct{ in, env string }{
		{"acme.my.salesforce.com", "production"},
		{"acme.lightning.force.com.mcas.ms", "production"},
		{"acme--uat.sandbox.my.salesforce.com", "sandbox"},
		{"acme--uat.cs18.my.salesforce.com", "sandbox"},
		{"acme--uat.lightning.force.com", "sandbox"},
		{"acme.scratch.lightning.force.com", "scratch"},
		{"old.cs42.my.salesforce.com", "sandbox"},
		{"acme-dev-ed.develop.my.salesforce-setup.com", "developer"},
		{"acme-dev-ed.my.salesforce.com", "developer"},
		{"acme.patch.my.salesforce.com", "patch"},
		{"acme.demo.my.salesforce.com", "demo"},
		{"acme.trailblaze.my.salesforce.com", "trailblaze"},
		{"acme.free.my.salesforce.com", "free"},
		{"acme--uat--c.sandbox.vf.force.com", "sandbox"},
		{"login.salesforce.com", "production"},
		{"test.salesforce.com", "sandbox"},
		{"na1.salesforce.com", "production"},
		{"cs18.salesforce.com", "sandbox"},
		{"eu40.salesforce.com", "production"},
	}
	for _, tt := range tests {
		h, ok := ParseHost(tt.in)
		if !ok {
			t.Errorf("ParseHost(%q) failed", tt.in)
			continue
		}
		if got := h.Env(); got != tt.env {
			t.Errorf("%s: Env = %q, want %q", tt.in, got, tt.env)
		}
	}
}

func TestIsInstance(t *testing.T) {
	for _, s := range []string{"na1", "cs18", "eu40", "ap5", "um1", "gs0", "na211", "usa2s"} {
		if !isInstance(s) {
			t.Errorf("isInstance(%q) = false", s)
		}
	}
	for _, s := range []string{"", "na", "1", "n1", "abcd1", "na1234", "na1x", "login", "sandbox", "na1ss"} {
		if isInstance(s) {
			t.Errorf("isInstance(%q) = true", s)
		}
	}
}

// checkReparse checks that an accepted host parses back to itself from its
// own name, with and without the proxy suffix.
func checkReparse(t *testing.T, h Host) {
	t.Helper()
	if got, ok := ParseHost(h.Name + h.Proxy); !ok || got != h {
		t.Errorf("ParseHost(%q) = %+v, %v; want %+v", h.Name+h.Proxy, got, ok, h)
	}
	bare := h
	bare.Proxy = ""
	if got, ok := ParseHost(h.Name); !ok || got != bare {
		t.Errorf("ParseHost(%q) = %+v, %v; want %+v", h.Name, got, ok, bare)
	}
}

// checkMapping checks that every host h names for its org parses as the
// family it claims, for the same org.
func checkMapping(t *testing.T, h Host) {
	t.Helper()
	check := func(what, name string, family Family) {
		t.Helper()
		if name == "" {
			return
		}
		m, ok := ParseHost(name)
		switch {
		case !ok:
			t.Errorf("%s: %s %q does not parse", h.Name, what, name)
		case m.Family != family || m.MyDomain != h.MyDomain || m.Sandbox != h.Sandbox || m.TLD != h.TLD || m.Proxy != h.Proxy:
			t.Errorf("%s: %s %q parses as %+v", h.Name, what, name, m)
		case m.Partition != h.Partition && family != FamilySetup:
			t.Errorf("%s: %s %q has partition %q, want %q", h.Name, what, name, m.Partition, h.Partition)
		case m.Env() != h.Env() && h.Instance == "":
			t.Errorf("%s: %s %q has env %q, want %q", h.Name, what, name, m.Env(), h.Env())
		}
	}
	check("LightningHost", h.LightningHost(), FamilyLightning)
	check("MyDomainHost", h.MyDomainHost(), FamilyMyDomain)
	if h.MyDomain == "" && (h.LightningHost() != "" || h.MyDomainHost() != "") {
		t.Errorf("%s: no org, yet maps to %q, %q", h.Name, h.LightningHost(), h.MyDomainHost())
	}
}

// TestHostCombinations builds names from every service with every org label
// shape, partition, instance and proxy, and checks that whatever parses
// re-parses to itself and maps to hosts of the same org.
func TestHostCombinations(t *testing.T) {
	orgs := []string{"acme", "acme--uat", "acme--uat--c", "acme--c", "c", "acme-dev-ed", "acme-dev-ed--c", "sandbox", "sandbox--c", "a--b--c--d"}
	middles := []string{"", "sandbox.", "scratch.", "develop.", "patch.", "demo.", "trailblaze.", "free.", "cs18.", "na1.", "bogus."}
	var tails []string
	for _, s := range services {
		tails = append(tails, s.suffix)
	}
	for _, d := range domains {
		tails = append(tails, d.name)
	}
	n := 0
	for _, org := range orgs {
		for _, mid := range middles {
			for _, tail := range tails {
				for _, proxy := range []string{"", ".mcas.ms"} {
					h, ok := ParseHost(org + "." + mid + tail + proxy)
					if !ok {
						continue
					}
					n++
					checkReparse(t, h)
					checkMapping(t, h)
					checkResetURL(t, h)
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d names parsed", n)
	}
}
