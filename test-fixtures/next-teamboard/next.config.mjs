/** @type {import('next').NextConfig} */
const config = {
  env: {
    // ok: public-env-secret
    NEXT_PUBLIC_GIT_SHA: process.env.VERCEL_GIT_COMMIT_SHA ?? 'dev',
    // expect: public-env-secret
    INTERNAL_API_TOKEN: process.env.INTERNAL_API_TOKEN,
  },
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          // expect: cors-wildcard
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
        ],
      },
    ];
  },
};

export default config;
