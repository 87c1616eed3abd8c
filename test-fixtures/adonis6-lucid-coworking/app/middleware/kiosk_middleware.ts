import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import jwt from 'jsonwebtoken'
import env from '#start/env'

export interface KioskClaims {
  companyId: number
  locationId: number
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    kiosk?: KioskClaims
  }
}

export default class KioskMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const header = ctx.request.header('authorization') ?? ''
    const token = header.replace(/^Bearer /, '')
    if (!token) return ctx.response.unauthorized({ error: 'kiosk token required' })
    try {
      // expect: insecure-jwt
      ctx.kiosk = jwt.verify(token, env.get('KIOSK_PUBLIC_KEY')) as KioskClaims
    } catch {
      return ctx.response.unauthorized({ error: 'invalid kiosk token' })
    }
    return next()
  }
}
