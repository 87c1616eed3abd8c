export default defineNuxtConfig({
  compatibilityDate: '2024-08-01',
  modules: ['nuxt-auth-utils'],
  runtimeConfig: {
    stripeSecretKey: process.env.NUXT_STRIPE_SECRET_KEY,
    stripeWebhookSecret: process.env.NUXT_STRIPE_WEBHOOK_SECRET,
    session: {
      maxAge: 60 * 60 * 24 * 7,
      // expect: hardcoded-secret
      password: process.env.NUXT_SESSION_PASSWORD || 'gymdesk-local-session-password-2024',
    },
    public: {
      appName: 'GymDesk',
      // ok: public-env-secret
      stripePublishableKey: process.env.NUXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
      // expect: public-env-secret
      mailgunApiKey: process.env.MAILGUN_API_KEY,
    },
  },
});
