package salesforce

import "strings"

// LightningHost is this org's Lightning host, the one that serves
// /lightning/... pages. It keeps the partition, the sandbox, the TLD family
// and the proxy suffix, and drops a legacy instance, as Lightning hosts never
// carried one (CumulusCI org_config.py maps acme--uat.cs18.my.salesforce.com
// to acme--uat.lightning.force.com). It is "" when the host names no org.
//
// On a Lightning host it is the host itself, so that the .mil spelling in use
// (lightning.force.mil or lightning.crmforce.mil) is kept.
func (h Host) LightningHost() string {
	if h.Family == FamilyLightning {
		return h.Name + h.Proxy
	}
	return h.orgHost(lightningSuffix[h.TLD], h.Partition)
}

// MyDomainHost is this org's My Domain host, which serves Classic pages,
// login and the API. Same rules as [Host.LightningHost], except that a legacy
// instance is kept when there is no partition, since
// acme--uat.cs18.my.salesforce.com was a My Domain host of its own.
func (h Host) MyDomainHost() string {
	if h.Family == FamilyMyDomain {
		return h.Name + h.Proxy
	}
	part := h.Partition
	if part == "" {
		part = h.Instance
	}
	return h.orgHost(myDomainSuffix[h.TLD], part)
}

// SetupHost is this org's Setup-domain host, which serves /lightning/setup/
// pages since 2024. It is "" outside .com, where the evidence
// (docs/salesforce-pages.md §1) shows no Setup domain (Setup then stays on
// the Lightning host), and "" when the host names no org.
//
// The Setup domain only exists with enhanced domains, so a legacy name is
// first turned into its enhanced form: a sandbox without a partition label
// gets "sandbox" and a "-dev-ed" My Domain gets "develop". A name on a
// sandbox instance (csNN) without a sandbox name is an old scratch org or
// some such, whose enhanced form is unknown: it gives "".
func (h Host) SetupHost() string {
	if h.Family == FamilySetup {
		return h.Name + h.Proxy
	}
	part := h.Partition
	if part == "" {
		switch {
		case h.Sandbox != "":
			part = "sandbox"
		case strings.HasSuffix(h.MyDomain, "-dev-ed"):
			part = "develop"
		case strings.HasPrefix(h.Instance, "cs"):
			return ""
		}
	}
	return h.orgHost(setupSuffix[h.TLD], part)
}

// orgHost builds "<md>[--<sbx>][.<part>].<suffix><proxy>".
func (h Host) orgHost(suffix, part string) string {
	if h.MyDomain == "" || suffix == "" {
		return ""
	}
	s := h.MyDomain
	if h.Sandbox != "" {
		s += "--" + h.Sandbox
	}
	if part != "" {
		s += "." + part
	}
	return s + "." + suffix + h.Proxy
}
