const OpenAI = require("openai");

const PORT = process.env.LLM_PROXY_PORT || 4141;

// A local OpenAI-compatible proxy when no key is configured; it ignores the key it is sent.
function localProviderConfig() {
  return {
    baseURL: `http://localhost:${PORT}/v1`,
    // ok: hardcoded-secret
    apiKey: process.env.OPENAI_API_KEY || "sk-local-no-key-required",
  };
}

// expect: hardcoded-secret
const SUMMARY_KEY = "sk-proj-FAKEassistantFAKE0000000000";

function summaryClient() {
  return new OpenAI({ apiKey: process.env.SUMMARY_API_KEY || SUMMARY_KEY });
}

function chatClient() {
  return new OpenAI(localProviderConfig());
}

module.exports = { chatClient, summaryClient };
