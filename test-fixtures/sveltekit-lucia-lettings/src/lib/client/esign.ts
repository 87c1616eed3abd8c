// expect: public-env-secret
import { PUBLIC_ESIGN_API_TOKEN } from '$env/static/public';

export async function previewEnvelope(envelopeId: string) {
  const res = await fetch(`https://api.esign.example/v2/envelopes/${envelopeId}/preview`, {
    headers: { authorization: `Bearer ${PUBLIC_ESIGN_API_TOKEN}` },
  });
  return res.json();
}

export function rememberPortalSession(sessionToken: string) {
  // expect: token-in-localstorage
  localStorage.setItem('portal_session_token', sessionToken);
}
