import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  env: {
    // expect: public-env-secret
    PDF_RENDER_TOKEN: process.env.PDF_RENDER_TOKEN,
    // ok: public-env-secret
    APP_VERSION: process.env.npm_package_version,
  },
  async headers() {
    return [
      {
        source: '/api/health',
        headers: [
          // ok: cors-wildcard
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Methods', value: 'GET' },
        ],
      },
    ];
  },
};

export default nextConfig;
