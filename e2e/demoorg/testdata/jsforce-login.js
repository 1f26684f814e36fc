// Logs in with jsforce's SOAP login() and out again, as a client that
// nobody here wrote: the demo org must answer it like Salesforce.
// Usage: node jsforce-login.js <loginUrl> <username>; the password comes
// in the environment (JSFORCE_PASSWORD). Prints one JSON line.
'use strict';
const jsforce = require('jsforce');

async function main() {
  const [loginUrl, username] = process.argv.slice(2);
  const conn = new jsforce.Connection({ loginUrl, version: '64.0' });
  try {
    const info = await conn.login(username, process.env.JSFORCE_PASSWORD);
    const out = { ok: true, userId: info.id, orgId: info.organizationId, instanceUrl: conn.instanceUrl };
    await conn.logout();
    out.loggedOut = !conn.accessToken;
    return out;
  } catch (e) {
    return { ok: false, error: String(e && e.message) };
  }
}

main().then((out) => console.log(JSON.stringify(out)));
