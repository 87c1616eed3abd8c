import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

// request tracing for the support team: method, path, payload and timing of every call
@Injectable()
export class RequestLoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const started = Date.now();
    // expect: token-logging
    this.logger.log({ method: req.method, url: req.url, body: req.body });
    return next.handle().pipe(tap(() => this.logger.log(`${req.method} ${req.url} ${Date.now() - started}ms`)));
  }
}
