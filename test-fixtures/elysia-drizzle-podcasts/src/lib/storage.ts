import { S3Client } from 'bun';

export const storage = new S3Client({
  bucket: 'castwell-media',
  endpoint: process.env.S3_ENDPOINT,
  accessKeyId: process.env.S3_ACCESS_KEY_ID,
  secretAccessKey: process.env.S3_SECRET_ACCESS_KEY,
});

export const transcriber = {
  baseUrl: 'https://api.transcribe-service.test/v2',
  // expect: hardcoded-secret
  apiKey: 'k9Xq2Lm7Vb4Nz8Rt1Wy6Pc3Hd5Jf0GsQ',
};

export async function requestTranscript(episodeId: string, audioKey: string) {
  await fetch(`${transcriber.baseUrl}/jobs`, {
    method: 'POST',
    headers: { authorization: `Bearer ${transcriber.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ reference: episodeId, url: storage.presign(audioKey), callback: `${process.env.PUBLIC_API_URL}/webhooks/transcription` }),
  });
}
