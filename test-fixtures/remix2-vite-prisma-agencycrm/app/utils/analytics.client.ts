import posthog from 'posthog-js';

export function initAnalytics() {
  // ok: public-env-secret
  posthog.init(import.meta.env.VITE_POSTHOG_KEY, { api_host: 'https://eu.posthog.com' });
}

export async function signedMapUrl(address: string) {
  // expect: public-env-secret
  const secret = import.meta.env.VITE_MAPS_SIGNING_SECRET;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(address));
  return `/maps?q=${encodeURIComponent(address)}&sig=${btoa(String.fromCharCode(...new Uint8Array(sig)))}`;
}
