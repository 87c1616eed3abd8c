// public catalogue search (Open Library), no user data involved
// ok: missing-auth
export default defineEventHandler(async (event) => {
  const { q } = getQuery(event);
  const config = useRuntimeConfig();
  const url = `https://openlibrary.org/search.json?q=${encodeURIComponent(String(q ?? ''))}&limit=10`;
  // known gap: the Open Library API key is logged, but `openLibraryKey` (runtimeConfig, from NUXT_OPEN_LIBRARY_KEY) names no
  // credential word the tool knows (`apiKey`, `API_KEY`) and runtimeConfig keys are not traced to their env var for logging
  console.debug(`[openlibrary] GET ${url} key=${config.openLibraryKey}`);
  // ok: token-logging
  console.debug('[openlibrary] search', { q });
  return $fetch(url, { headers: { 'X-Api-Key': config.openLibraryKey } });
});
