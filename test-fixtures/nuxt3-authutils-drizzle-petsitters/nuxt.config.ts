export default defineNuxtConfig({
  modules: ['nuxt-auth-utils'],
  runtimeConfig: {
    stripeSecretKey: process.env.NUXT_STRIPE_SECRET_KEY,
    stripeWebhookSecret: process.env.NUXT_STRIPE_WEBHOOK_SECRET,
    session: {
      maxAge: 60 * 60 * 24 * 7,
      // expect: hardcoded-secret
      password: process.env.NUXT_SESSION_PASSWORD || 'pawshift-dev-session-password-2025',
    },
    public: {
      // ok: public-env-secret
      stripePublishableKey: process.env.NUXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
      // expect: public-env-secret
      mapsSecretKey: process.env.NUXT_PUBLIC_MAPS_SECRET_KEY,
    },
  },
});
