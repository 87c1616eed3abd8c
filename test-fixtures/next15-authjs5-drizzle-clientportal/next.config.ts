import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  env: {
    // ok: public-env-secret
    NEXT_PUBLIC_SENTRY_DSN: process.env.SENTRY_DSN,
    // expect: public-env-secret
    NEXT_PUBLIC_PDF_SIGNING_KEY: process.env.PDF_SIGNING_KEY,
  },
  experimental: {
    serverActions: { bodySizeLimit: '2mb' },
  },
};

export default nextConfig;
