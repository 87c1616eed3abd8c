'use client';

import { useState } from 'react';

export function UploadButton({ shiftId }: { shiftId: string }) {
  const [busy, setBusy] = useState(false);

  async function onChange(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    setBusy(true);
    const body = new FormData();
    body.append('file', file);
    body.append('shiftId', shiftId);
    await fetch('/api/upload', {
      method: 'POST',
      body,
      // expect: public-env-secret
      headers: { 'x-upload-signature': process.env.NEXT_PUBLIC_UPLOAD_SIGNING_SECRET ?? '' },
    });
    setBusy(false);
  }

  // ok: public-env-secret
  const cdn = process.env.NEXT_PUBLIC_CDN_URL;
  return (
    <label data-cdn={cdn}>
      {busy ? 'Uploading…' : 'Attach file'}
      <input type="file" onChange={onChange} hidden />
    </label>
  );
}
