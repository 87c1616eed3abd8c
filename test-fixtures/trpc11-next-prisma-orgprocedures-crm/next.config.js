/** @type {import('next').NextConfig} */
const nextConfig = {
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          // the Chrome extension calls the API from its own origin
          // expect: cors-wildcard
          { key: 'Access-Control-Allow-Origin', value: '*' },
          { key: 'Access-Control-Allow-Credentials', value: 'true' },
          { key: 'Access-Control-Allow-Headers', value: 'content-type, x-org-id' },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
