import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  env: {
    APP_VERSION: process.env.npm_package_version,
    // expect: public-env-secret
    STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY,
  },
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          // expect: cors-wildcard
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Methods', value: 'GET,POST,PATCH,DELETE,OPTIONS' },
        ],
      },
    ];
  },
};

export default nextConfig;
