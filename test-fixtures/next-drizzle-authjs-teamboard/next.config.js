/** @type {import('next').NextConfig} */
const nextConfig = {
  env: {
    // ok: public-env-secret
    NEXT_PUBLIC_BUILD_SHA: process.env.VERCEL_GIT_COMMIT_SHA,
    // expect: public-env-secret
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
  },
  async headers() {
    return [
      {
        source: '/api/public/:path*',
        headers: [
          // ok: cors-wildcard
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Methods', value: 'GET' },
        ],
      },
      {
        // the board embed on customers' intranets posts card moves with the user's cookie
        source: '/api/boards/:path*',
        headers: [
          // expect: cors-wildcard
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Methods', value: 'GET,POST,PATCH,DELETE' },
        ],
      },
      {
        source: '/(.*)',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
