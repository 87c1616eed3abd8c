import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

@Catch()
export class PortalExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof HttpException) {
      // ok: error-details-leak
      reply.status(exception.getStatus()).send(exception.getResponse());
      return;
    }
    const err = exception as Error & { code?: string };
    this.logger.error(err.message, err.stack);
    // expect: error-details-leak
    reply.status(HttpStatus.INTERNAL_SERVER_ERROR).send({
      statusCode: 500,
      error: 'Internal Server Error',
      code: err.code,
      detail: err.message,
      trace: err.stack?.split('\n').slice(0, 6),
    });
  }
}
