import env from '#start/env'
import app from '@adonisjs/core/services/app'
import { Secret } from '@adonisjs/core/helpers'
import { defineConfig } from '@adonisjs/core/http'

// Falls back to a fixed key so `node ace serve` works on a fresh clone.
// expect: hardcoded-secret
export const appKey = new Secret(env.get('APP_KEY', 'FakeKeyhold0AppKey9NotReal2kH7fQx'))

export const http = defineConfig({
  generateRequestId: true,
  allowMethodSpoofing: false,
  useAsyncLocalStorage: false,
  cookie: {
    domain: '',
    path: '/',
    maxAge: '2h',
    httpOnly: true,
    secure: app.inProduction,
    sameSite: 'lax',
  },
})
