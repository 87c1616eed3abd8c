'use client';

import { useState } from 'react';

// ok: public-env-secret
const APP_URL = process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000';

export function ResumeDropzone({ candidateId }: { candidateId: string }) {
  const [status, setStatus] = useState<'idle' | 'parsing' | 'done' | 'error'>('idle');

  async function onFile(file: File) {
    setStatus('parsing');
    // parse in the browser first so the recruiter can fix fields before saving
    const parsed = await fetch('https://api.resumeparser.example/v2/parse', {
      method: 'POST',
      // expect: public-env-secret
      headers: { authorization: `Bearer ${process.env.NEXT_PUBLIC_RESUME_PARSER_API_KEY}` },
      body: file,
    });
    const form = new FormData();
    form.set('candidateId', candidateId);
    form.set('resume', file);
    const res = await fetch(`${APP_URL}/api/uploads`, { method: 'POST', body: form });
    setStatus(parsed.ok && res.ok ? 'done' : 'error');
  }

  return (
    <label>
      {status === 'parsing' ? 'Reading resume…' : 'Drop a resume'}
      <input type="file" accept=".pdf,.docx" onChange={(e) => e.target.files?.[0] && onFile(e.target.files[0])} />
    </label>
  );
}
