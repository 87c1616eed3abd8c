const API_URL = import.meta.env.VITE_API_URL;
// expect: public-env-secret
const LAB_KEY = import.meta.env.VITE_LAB_PORTAL_API_KEY;

export async function fetchLabReport(reportId) {
  const res = await fetch(`https://portal.example-labs.test/reports/${encodeURIComponent(reportId)}`, {
    headers: { 'x-api-key': LAB_KEY },
  });
  if (!res.ok) throw new Error(`lab portal answered ${res.status}`);
  return res.blob();
}

export async function listClinicPets() {
  const res = await fetch(`${API_URL}/api/pets`, { credentials: 'include' });
  return res.json();
}
