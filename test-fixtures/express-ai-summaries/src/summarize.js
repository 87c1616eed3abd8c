const OpenAI = require('openai');

async function summarize(apiKey, text) {
  const client = new OpenAI({ apiKey });
  const out = await client.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Summarize in two sentences:\n\n${text}` }],
  });
  return out.choices[0].message.content;
}

module.exports = { summarize };
