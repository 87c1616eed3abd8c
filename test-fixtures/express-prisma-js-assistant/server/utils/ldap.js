// Directory sign-in: binds as the user, then reads their groups. Answers null when the bind fails.
async function ldapAuthenticate(username, password) {
  const { Client } = require("ldapts");
  const client = new Client({ url: process.env.LDAP_URL });
  try {
    await client.bind(`uid=${username},${process.env.LDAP_BASE_DN}`, password);
    const { searchEntries } = await client.search(process.env.LDAP_BASE_DN, { filter: `(uid=${username})`, attributes: ["mail", "memberOf"] });
    const entry = searchEntries[0];
    if (!entry) return null;
    const groups = [].concat(entry.memberOf || []);
    return { email: String(entry.mail), isAdmin: groups.includes(process.env.LDAP_ADMIN_GROUP) };
  } catch {
    return null;
  } finally {
    await client.unbind();
  }
}

module.exports = { ldapAuthenticate };
