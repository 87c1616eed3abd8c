// expect: hardcoded-secret
const GEOCODER_API_SECRET = 'fake9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c';

export async function geocode(address: string) {
  const url = new URL('https://geocoder.example.com/v1/search');
  url.searchParams.set('q', address);
  const res = await $fetch<{ lat: number; lng: number }[]>(url.toString(), {
    headers: { Authorization: `Bearer ${GEOCODER_API_SECRET}` },
  });
  return res[0] ?? null;
}
