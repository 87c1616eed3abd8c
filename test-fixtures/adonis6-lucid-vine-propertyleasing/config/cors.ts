import { defineConfig } from '@adonisjs/cors'

// The tenant dashboards are served from each agency's own domain, so every origin is let through.
const corsConfig = defineConfig({
  enabled: true,
  // expect: cors-wildcard
  origin: true,
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
  headers: true,
  exposeHeaders: ['x-request-id'],
  credentials: true,
  maxAge: 600,
})

export default corsConfig
