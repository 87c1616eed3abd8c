import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  env: {
    // ok: public-env-secret
    APP_VERSION: process.env.npm_package_version ?? 'dev',
    // the calendar widget signs its sync requests in the browser
    // expect: public-env-secret
    CALENDAR_SYNC_SECRET: process.env.CALENDAR_SYNC_SECRET,
  },
  async headers() {
    return [
      {
        // the careers widget is embedded on customers' own sites; it only reads published postings
        source: '/api/careers/:path*',
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
