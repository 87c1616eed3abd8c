'use client';

import { useState } from 'react';

export function DonorSyncButton({ listId }: { listId: string }) {
  const [state, setState] = useState<'idle' | 'syncing' | 'done'>('idle');

  async function sync() {
    setState('syncing');
    await fetch(`https://us21.api.mailchimp.com/3.0/lists/${listId}/members`, {
      headers: {
        // expect: public-env-secret
        Authorization: `apikey ${process.env.NEXT_PUBLIC_MAILCHIMP_API_KEY}`,
      },
    });
    setState('done');
  }

  return (
    <button type="button" onClick={sync} disabled={state === 'syncing'}>
      {state === 'done' ? 'Synced' : 'Sync with Mailchimp'}
    </button>
  );
}
