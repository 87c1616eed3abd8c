type Page = { links: { key: string; url: string }[]; nextPageToken?: string };

// imports a workspace's links from the old provider, one page at a time
export async function importAll(fetchPage: (token?: string) => Promise<Page>, save: (links: Page['links']) => Promise<void>) {
  let nextPageToken: string | undefined;
  let count = 0;
  do {
    const page = await fetchPage(nextPageToken);
    await save(page.links);
    count += page.links.length;
    nextPageToken = page.nextPageToken;
    // ok: token-logging
    console.log('imported page', { count, nextPageToken });
  } while (nextPageToken);
}

export async function refreshProviderToken(refresh: () => Promise<{ accessToken: string }>) {
  const { accessToken } = await refresh();
  // expect: token-logging
  console.log('provider token refreshed', { accessToken });
  return accessToken;
}
