import type { NextConfig } from 'next';

const addinOrigin = process.env.OUTLOOK_ADDIN_ROUTE || '';

// the Outlook add-in calls the API from its own origin
const apiHeaders = [
  // expect: cors-wildcard
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Access-Control-Allow-Credentials', value: 'true' },
  { key: 'Access-Control-Allow-Methods', value: 'GET,POST,PUT,DELETE,OPTIONS' },
];

const headers = [{ source: '/api/:path*', headers: apiHeaders }];
if (addinOrigin) headers.push({ source: addinOrigin, headers: apiHeaders });

const nextConfig: NextConfig = {
  experimental: { serverActions: { bodySizeLimit: '30mb' } },
  async headers() {
    return headers;
  },
};

export default nextConfig;
