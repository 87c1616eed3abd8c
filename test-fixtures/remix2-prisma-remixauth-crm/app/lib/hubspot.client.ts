// browser-side enrichment lookup
export async function enrichCompany(domain: string) {
  const res = await fetch(`https://api.hubapi.com/companies/v2/domains/${encodeURIComponent(domain)}/companies`, {
    // expect: public-env-secret
    headers: { Authorization: `Bearer ${import.meta.env.VITE_HUBSPOT_PRIVATE_APP_TOKEN}` },
  });
  return res.json();
}

export const appName = import.meta.env.VITE_APP_NAME ?? 'CRM';
