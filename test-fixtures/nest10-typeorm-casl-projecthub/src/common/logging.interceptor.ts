import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Observable, tap } from 'rxjs';

@Injectable()
export class LoggingInterceptor implements NestInterceptor {
  private readonly logger = new Logger('HTTP');

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest();
    const started = Date.now();
    // expect: token-logging
    this.logger.debug(`-> ${req.method} ${req.url} auth=${req.headers.authorization ?? 'none'}`);
    return next.handle().pipe(
      tap(() => {
        // ok: token-logging
        this.logger.log(`<- ${req.method} ${req.url} ${Date.now() - started}ms user=${req.user?.id ?? 'anon'}`);
      }),
    );
  }
}
