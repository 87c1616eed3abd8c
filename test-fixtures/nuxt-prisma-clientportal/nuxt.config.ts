// https://nuxt.com/docs/api/configuration/nuxt-config
export default defineNuxtConfig({
  compatibilityDate: '2024-11-01',
  devtools: { enabled: true },
  modules: ['nuxt-auth-utils'],
  runtimeConfig: {
    stripeSecretKey: '',
    stripeWebhookSecret: '',
    public: {
      appName: 'Client Portal',
      // ok: public-env-secret
      stripePublishableKey: process.env.NUXT_PUBLIC_STRIPE_PUBLISHABLE_KEY,
      // the document viewer talks to storage directly
      // expect: public-env-secret
      storageServiceRoleKey: process.env.SUPABASE_SERVICE_ROLE_KEY,
    },
  },
})
