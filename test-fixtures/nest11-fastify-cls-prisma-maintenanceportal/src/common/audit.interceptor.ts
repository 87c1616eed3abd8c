import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ClsService } from 'nestjs-cls';
import { Observable, tap } from 'rxjs';

@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(private readonly cls: ClsService) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = ctx.switchToHttp().getRequest<FastifyRequest>();
    const started = Date.now();
    if (req.method !== 'GET') {
      // expect: token-logging
      this.logger.verbose(`${req.method} ${req.url} org=${this.cls.get('orgId')} headers=${JSON.stringify(req.headers)}`);
    }
    return next.handle().pipe(
      tap(() => {
        // ok: token-logging
        this.logger.log(`${req.method} ${req.url} ${Date.now() - started}ms user=${this.cls.get('userId') ?? '-'}`);
      }),
    );
  }
}
