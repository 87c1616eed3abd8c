// browser-side helpers for the episode editor
export function analyticsKey() {
  // ok: public-env-secret
  return import.meta.env.VITE_POSTHOG_KEY as string;
}

export async function requestLiveCaptions(audio: Blob) {
  const res = await fetch('https://api.transcribe-now.example/v2/live', {
    method: 'POST',
    // expect: public-env-secret
    headers: { authorization: `Bearer ${import.meta.env.VITE_TRANSCRIBE_API_SECRET}` },
    body: audio,
  });
  return res.json();
}

export function rememberVolume(volume: number) {
  // ok: token-in-localstorage
  localStorage.setItem('castbay:player-volume', String(volume));
}
