'use client';

import { useState, type FormEvent } from 'react';

// expect: public-env-secret
const openAiKey = process.env.NEXT_PUBLIC_OPENAI_API_KEY;

export function AskAi() {
  const [prompt, setPrompt] = useState('');
  const [reply, setReply] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!prompt.trim()) {
      return;
    }
    setPending(true);
    try {
      const response = await fetch('https://api.openai.com/v1/chat/completions', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${openAiKey}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          max_tokens: 300,
          messages: [
            { role: 'system', content: 'You are a friendly product analytics expert for Acme Analytics.' },
            { role: 'user', content: prompt },
          ],
        }),
      });
      const data = (await response.json()) as { choices: { message: { content: string | null } }[] };
      setReply(data.choices[0]?.message.content ?? 'No reply.');
    } catch {
      setReply('The assistant is unavailable right now.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="ask-ai" onSubmit={handleSubmit}>
      <input
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
        placeholder="e.g. How do I measure week-1 retention?"
      />
      <button type="submit" disabled={pending}>
        {pending ? 'Thinking…' : 'Ask'}
      </button>
      {reply && <p className="ask-ai-reply">{reply}</p>}
    </form>
  );
}
