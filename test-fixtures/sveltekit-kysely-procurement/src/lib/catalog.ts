// expect: public-env-secret
import { PUBLIC_CATALOG_API_URL, PUBLIC_CATALOG_API_SECRET } from '$env/static/public';

// Browser-side lookup of supplier catalog prices
export async function searchCatalog(term: string) {
  const res = await fetch(`${PUBLIC_CATALOG_API_URL}/search?q=${encodeURIComponent(term)}`, {
    // (the import above is where the variable is read: reported there)
    headers: { 'x-api-secret': PUBLIC_CATALOG_API_SECRET },
  });
  return res.json();
}
