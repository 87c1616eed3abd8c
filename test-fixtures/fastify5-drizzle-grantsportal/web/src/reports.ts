const API_URL = import.meta.env.VITE_API_URL;

export async function loadFundingSummary(workspaceId: string) {
  const res = await fetch(`${API_URL}/api/reports/funding-summary?workspaceId=${encodeURIComponent(workspaceId)}`, {
    // expect: public-env-secret
    headers: { 'x-api-key': import.meta.env.VITE_REPORTS_API_KEY },
  });
  if (!res.ok) throw new Error(`reports: ${res.status}`);
  return res.json() as Promise<Array<{ status: string; requested: number }>>;
}
