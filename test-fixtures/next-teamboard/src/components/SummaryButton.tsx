'use client';

import posthog from 'posthog-js';

// ok: public-env-secret
posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: 'https://eu.posthog.com' });

export function SummaryButton({ text }: { text: string }) {
  async function summarize() {
    const res = await fetch('https://api.openai.com/v1/chat/completions', {
      method: 'POST',
      headers: {
        // expect: public-env-secret
        Authorization: `Bearer ${process.env.NEXT_PUBLIC_OPENAI_API_KEY}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: text }] }),
    });
    posthog.capture('summary_requested');
    return res.json();
  }
  return <button onClick={summarize}>Summarize</button>;
}
