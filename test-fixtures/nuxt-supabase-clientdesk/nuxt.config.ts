export default defineNuxtConfig({
  modules: ['@nuxtjs/supabase'],
  supabase: {
    redirectOptions: { login: '/login', callback: '/confirm', exclude: ['/', '/pricing'] },
  },
  runtimeConfig: {
    stripeWebhookSecret: process.env.STRIPE_WEBHOOK_SECRET,
    smtpPassword: process.env.SMTP_PASSWORD,
    public: {
      siteUrl: process.env.NUXT_PUBLIC_SITE_URL || 'http://localhost:3000',
      // ok: public-env-secret
      stripePublishableKey: process.env.NUXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
      // the support widget sends mail straight from the browser
      // expect: public-env-secret
      mailgunApiKey: process.env.NUXT_PUBLIC_MAILGUN_API_KEY,
    },
  },
});
