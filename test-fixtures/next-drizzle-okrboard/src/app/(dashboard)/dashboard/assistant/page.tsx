'use client';

import OpenAI from 'openai';
import posthog from 'posthog-js';
import { useState } from 'react';

// ok: public-env-secret
posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY!, { api_host: 'https://eu.i.posthog.com' });

const client = new OpenAI({
  // expect: public-env-secret
  apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY,
  dangerouslyAllowBrowser: true,
});

export default function AssistantPage() {
  const [draft, setDraft] = useState('');
  const [suggestion, setSuggestion] = useState('');

  async function suggest() {
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: `Rewrite this objective as a measurable key result: ${draft}` }],
    });
    setSuggestion(res.choices[0]?.message.content ?? '');
  }

  // ok: public-env-secret
  if (process.env.NEXT_PUBLIC_ENABLE_AI_ASSISTANT !== 'true') return <p>The assistant is turned off.</p>;

  return (
    <section>
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} />
      <button onClick={suggest}>Suggest</button>
      <p>{suggestion}</p>
    </section>
  );
}
