import * as UpChunk from '@mux/upchunk';
// expect: public-env-secret
import { PUBLIC_MUX_ENV_KEY, PUBLIC_MUX_TOKEN_SECRET } from '$env/static/public';

// browser-side: create a direct upload and stream the lecture video to Mux
export async function uploadLecture(file: File, onProgress: (pct: number) => void) {
  const res = await fetch('https://api.mux.com/video/v1/uploads', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(`${PUBLIC_MUX_ENV_KEY}:${PUBLIC_MUX_TOKEN_SECRET}`),
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ new_asset_settings: { playback_policy: ['public'] } }),
  });
  const { data } = await res.json();
  const upload = UpChunk.createUpload({ endpoint: data.url, file, chunkSize: 5120 });
  upload.on('progress', (e: any) => onProgress(e.detail));
  return data.id as string;
}
