export default defineNuxtConfig({
  compatibilityDate: '2024-07-01',
  modules: ['nuxt-auth-utils'],
  runtimeConfig: {
    session: {
      name: 'courierly-session',
      // expect: hardcoded-secret
      password: process.env.NUXT_SESSION_PASSWORD || 'courierly-session-password-at-least-32-chars',
      cookie: { sameSite: 'lax' },
    },
    stripeSecretKey: process.env.NUXT_STRIPE_SECRET_KEY,
    stripeWebhookSecret: process.env.NUXT_STRIPE_WEBHOOK_SECRET,
    // expect: insecure-jwt
    driverJwtSecret: process.env.NUXT_DRIVER_JWT_SECRET || 'courierly-driver-dev',
    partnerPublicKey: process.env.NUXT_PARTNER_PUBLIC_KEY,
    twilioAccountSid: process.env.NUXT_TWILIO_ACCOUNT_SID,
    upstashRedisUrl: process.env.NUXT_UPSTASH_REDIS_URL,
    upstashRedisToken: process.env.NUXT_UPSTASH_REDIS_TOKEN,
    public: {
      // ok: public-env-secret
      stripePublishableKey: process.env.NUXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
      // ok: public-env-secret
      mapsApiKey: process.env.NUXT_PUBLIC_MAPS_API_KEY,
      // expect: public-env-secret
      twilioAuthToken: process.env.NUXT_PUBLIC_TWILIO_AUTH_TOKEN,
      appUrl: process.env.NUXT_PUBLIC_APP_URL || 'http://localhost:3000',
    },
  },
});
