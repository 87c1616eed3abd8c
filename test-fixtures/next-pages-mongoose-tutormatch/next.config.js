/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    // the checkout button reads the key on the client
    // expect: public-env-secret
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
    APP_NAME: 'TutorMatch',
  },
  async headers() {
    return [
      {
        source: '/api/public/:path*',
        // ok: cors-wildcard
        headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }],
      },
    ];
  },
};
