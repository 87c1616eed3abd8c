import app from '@adonisjs/core/services/app'
import { HttpContext, ExceptionHandler } from '@adonisjs/core/http'

export default class HttpExceptionHandler extends ExceptionHandler {
  // ok: error-details-leak
  protected debug = !app.inProduction

  async handle(error: any, ctx: HttpContext) {
    if (error.code === 'E_VALIDATION_ERROR' || error.status === 404) {
      return super.handle(error, ctx)
    }
    // support asked for "more detail" in bug reports, so every 500 carries the trace
    // expect: error-details-leak
    return ctx.response.status(error.status ?? 500).send({
      message: error.message,
      stack: error.stack,
    })
  }

  async report(error: unknown, ctx: HttpContext) {
    return super.report(error, ctx)
  }
}
