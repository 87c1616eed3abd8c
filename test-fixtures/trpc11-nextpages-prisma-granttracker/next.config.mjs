/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  env: {
    // ok: public-env-secret
    APP_NAME: 'Grant Tracker',
    // expect: public-env-secret
    FUNDER_SIGNING_KEY: process.env.FUNDER_SIGNING_KEY,
  },
  images: { remotePatterns: [{ protocol: 'https', hostname: 'avatars.githubusercontent.com' }] },
};

export default nextConfig;
