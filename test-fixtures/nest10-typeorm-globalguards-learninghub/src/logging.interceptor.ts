import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const started = Date.now();
    // expect: token-logging
    this.logger.debug(`${req.method} ${req.originalUrl} body=${JSON.stringify(req.body)}`);
    return next.handle().pipe(
      // ok: token-logging
      tap(() => this.logger.log(`${req.method} ${req.originalUrl} ${Date.now() - started}ms`)),
    );
  }
}
