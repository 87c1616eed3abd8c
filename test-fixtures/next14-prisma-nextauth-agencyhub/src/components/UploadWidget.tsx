'use client';

import { useState } from 'react';

const MAX_MB = Number(process.env.NEXT_PUBLIC_MAX_UPLOAD_MB ?? 25);
// expect: public-env-secret
const directUploadKey = process.env.NEXT_PUBLIC_S3_SECRET_ACCESS_KEY;

export function UploadWidget({ projectId }: { projectId?: string }) {
  const [status, setStatus] = useState<'idle' | 'uploading' | 'done' | 'error'>('idle');

  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_MB * 1024 * 1024) return setStatus('error');
    setStatus('uploading');
    const body = new FormData();
    body.set('file', file);
    if (projectId) body.set('projectId', projectId);
    const res = await fetch('/api/assets/upload', { method: 'POST', body, headers: directUploadKey ? { 'x-direct-upload': '1' } : {} });
    setStatus(res.ok ? 'done' : 'error');
  }

  return (
    <label className="upload">
      <input type="file" onChange={onChange} disabled={status === 'uploading'} />
      {status === 'error' && <span role="alert">Upload failed</span>}
    </label>
  );
}
