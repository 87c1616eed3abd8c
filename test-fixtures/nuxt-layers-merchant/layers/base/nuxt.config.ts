// Shared server helpers for the merchant apps.
export default defineNuxtConfig({
  modules: ['@sidebase/nuxt-auth'],
  auth: {
    provider: { type: 'authjs' },
  },
})
