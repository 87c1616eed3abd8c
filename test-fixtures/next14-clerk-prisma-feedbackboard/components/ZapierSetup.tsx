'use client';

import { useState } from 'react';

export function ZapierSetup({ orgId }: { orgId: string }) {
  const [copied, setCopied] = useState(false);
  // expect: public-env-secret
  const signingSecret = process.env.NEXT_PUBLIC_ZAPIER_SIGNING_SECRET;

  return (
    <div className="rounded border p-4">
      <p className="text-sm">Paste these into the Feedbackboard app on Zapier.</p>
      <dl className="mt-2 text-sm">
        <dt>Organization</dt>
        <dd className="font-mono">{orgId}</dd>
        <dt>Signing secret</dt>
        <dd className="font-mono">{signingSecret}</dd>
      </dl>
      <button
        type="button"
        onClick={async () => {
          await navigator.clipboard.writeText(signingSecret ?? '');
          setCopied(true);
        }}
      >
        {copied ? 'Copied' : 'Copy secret'}
      </button>
    </div>
  );
}
