import { useState, type FormEvent } from 'react';

// expect: public-env-secret
const openAiApiKey: string = import.meta.env.VITE_OPENAI_API_KEY;

interface ChatCompletion {
  choices: { message: { content: string | null } }[];
}

export function AiAssistant() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!question.trim()) {
      return;
    }
    setPending(true);
    try {
      const response = await fetch('https://api.openai.com/v1/chat/completions', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${openAiApiKey}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [
            { role: 'system', content: 'You help users understand their product analytics dashboards.' },
            { role: 'user', content: question },
          ],
        }),
      });
      const completion = (await response.json()) as ChatCompletion;
      setAnswer(completion.choices[0]?.message.content ?? 'No answer.');
    } catch {
      setAnswer('The assistant is unavailable right now.');
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="assistant">
      <h2>Ask about your data</h2>
      <form onSubmit={handleSubmit}>
        <textarea value={question} onChange={(e) => setQuestion(e.target.value)} rows={3} />
        <button type="submit" disabled={pending}>
          {pending ? 'Thinking…' : 'Ask'}
        </button>
      </form>
      {answer && <p className="answer">{answer}</p>}
    </section>
  );
}
