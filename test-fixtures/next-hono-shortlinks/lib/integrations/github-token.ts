type GithubToken = { access_token: string; scope: string; token_type: string };

// swaps the callback's code for an access token (the body is JSON because of the Accept header)
export async function exchangeGithubCode(code: string): Promise<string> {
  const response = await fetch('https://github.com/login/oauth/access_token', {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ client_id: process.env.GITHUB_ID, client_secret: process.env.GITHUB_SECRET, code }),
  });
  const tokenResponse = await response.json();
  if (!response.ok) {
    // a failed exchange answers with the provider's error, no token
    // ok: token-logging
    console.warn('GitHub token exchange failed', tokenResponse);
    throw new Error('GitHub token exchange failed');
  }
  // expect: token-logging
  console.info('GitHub token exchange succeeded', tokenResponse);
  return (tokenResponse as GithubToken).access_token;
}
