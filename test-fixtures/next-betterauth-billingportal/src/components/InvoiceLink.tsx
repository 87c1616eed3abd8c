'use client';

import { useState } from 'react';

// Builds a shareable "view invoice" link signed in the browser.
export function InvoiceLink({ invoiceId }: { invoiceId: string }) {
  const [link, setLink] = useState<string | null>(null);
  async function makeLink() {
    const key = await crypto.subtle.importKey(
      'raw',
      // expect: public-env-secret
      new TextEncoder().encode(process.env.NEXT_PUBLIC_INVOICE_SIGNING_SECRET),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const sig = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(invoiceId));
    setLink(`/pay/${invoiceId}?sig=${btoa(String.fromCharCode(...new Uint8Array(sig)))}`);
  }
  return <button onClick={makeLink}>{link ?? 'Create link'}</button>;
}
