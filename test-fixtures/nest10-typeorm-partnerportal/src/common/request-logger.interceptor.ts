import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

@Injectable()
export class RequestLoggerInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const started = Date.now();
    // expect: token-logging
    this.logger.verbose(`--> ${req.method} ${req.url} headers=${JSON.stringify(req.headers)}`);
    return next.handle().pipe(
      // ok: token-logging
      tap(() => this.logger.log(`<-- ${req.method} ${req.url} ${Date.now() - started}ms user=${req.user?.sub ?? '-'}`)),
    );
  }
}
