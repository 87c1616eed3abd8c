import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  env: {
    // ok: public-env-secret
    SUPPORT_WIDGET_ORIGIN: 'https://help.servicedesk.example',
  },
};

export default nextConfig;
