import { env } from '$env/dynamic/public';

export function mapTileUrl(lat: number, lng: number) {
  // ok: public-env-secret
  return `https://tiles.maps.example/${lat},${lng}.png?key=${env.PUBLIC_MAPBOX_TOKEN}`;
}

export async function fetchSignedLease(envelopeId: string) {
  const res = await fetch(`https://api.esign.example/v2/envelopes/${envelopeId}/document`, {
    // expect: public-env-secret
    headers: { authorization: `Bearer ${env.PUBLIC_ESIGN_API_TOKEN}` },
  });
  return res.blob();
}
