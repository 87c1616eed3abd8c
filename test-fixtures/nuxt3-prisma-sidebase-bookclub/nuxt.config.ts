export default defineNuxtConfig({
  compatibilityDate: '2024-11-01',
  modules: ['@sidebase/nuxt-auth'],
  auth: {
    baseURL: process.env.NUXT_PUBLIC_SITE_URL + '/api/auth',
    provider: { type: 'authjs' },
    globalAppMiddleware: true,
  },
  runtimeConfig: {
    // expect: hardcoded-secret
    authSecret: process.env.AUTH_SECRET || 'readalong-dev-secret',
    openLibraryKey: process.env.NUXT_OPEN_LIBRARY_KEY,
    bookshopWebhookSecret: process.env.BOOKSHOP_WEBHOOK_SECRET,
    public: {
      siteUrl: process.env.NUXT_PUBLIC_SITE_URL,
      // ok: public-env-secret, hardcoded-secret
      posthogKey: 'phc_FAKEreadalongProjectKey000000000000',
      // expect: public-env-secret
      bookshopApiSecret: process.env.BOOKSHOP_API_SECRET,
    },
  },
});
