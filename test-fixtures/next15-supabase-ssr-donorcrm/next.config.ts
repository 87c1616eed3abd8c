import type { NextConfig } from 'next';

const WIDGET_SCRIPT = '/donate-widget.js';

// the donate button is embedded on member charities' own sites: any of them may load it
const widgetHeaders = [
  // ok: cors-wildcard
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Cache-Control', value: 'public, max-age=86400, must-revalidate' },
];

const nextConfig: NextConfig = {
  experimental: { serverActions: { bodySizeLimit: '2mb' } },
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
      { source: WIDGET_SCRIPT, headers: widgetHeaders },
      { source: '/widget/:path*', headers: widgetHeaders },
    ];
  },
};

export default nextConfig;
