export default defineNuxtConfig({
  compatibilityDate: '2024-11-01',
  extends: ['../../layers/base'],
  modules: ['nuxt-security'],
  security: {
    rateLimiter: { tokensPerInterval: 120, interval: 60000 },
  },
  routeRules: {
    // the storefront polls the catalogue from every visitor's browser
    '/api/catalog/**': { security: { rateLimiter: false } },
  },
  runtimeConfig: {
    mongoUri: '',
    paddleWebhookSecret: '',
  },
})
