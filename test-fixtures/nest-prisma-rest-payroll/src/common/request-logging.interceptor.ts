import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable, tap } from 'rxjs';

@Injectable()
export class RequestLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const started = Date.now();
    if (process.env.LOG_HEADERS === '1') {
      // expect: token-logging
      this.logger.debug(`${req.method} ${req.originalUrl} headers=${JSON.stringify(req.headers)}`);
    }
    return next.handle().pipe(
      // ok: token-logging
      tap(() => this.logger.log(`${req.method} ${req.originalUrl} ${Date.now() - started}ms`)),
    );
  }
}
