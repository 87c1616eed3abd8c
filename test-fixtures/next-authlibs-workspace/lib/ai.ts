import OpenAI from 'openai';

export const openai = new OpenAI({
  // expect: hardcoded-secret
  apiKey: 'sk-proj-FAKEfakeFAKEfake0000000000',
});

export const fallback = new OpenAI({
  // ok: hardcoded-secret
  apiKey: process.env.OPENAI_API_KEY,
  // ok: hardcoded-secret
  organization: 'org-workspace-hub',
});
