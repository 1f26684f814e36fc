package salesforce

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
