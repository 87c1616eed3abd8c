export default defineNuxtConfig({
  compatibilityDate: '2024-11-01',
  modules: ['nuxt-auth-utils'],
  runtimeConfig: {
    stripeSecretKey: '',
    stripeWebhookSecret: '',
    public: {
      stripePublishableKey: '',
      mapboxToken: '',
      // expect: public-env-secret
      receiptOcrSecret: '',
    },
  },
  routeRules: {
    // Rates table is public and read-only.
    // ok: cors-wildcard
    '/api/public/**': { cors: true },
    '/api/v1/**': {
      headers: {
        // expect: cors-wildcard
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Credentials': 'true',
      },
    },
  },
});
