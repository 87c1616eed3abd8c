import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const isProd = process.env.NODE_ENV === 'production';
    // ok: error-details-leak
    res.status(500).json({
      statusCode: 500,
      message: 'Internal server error',
      ...(isProd ? {} : { detail: exception instanceof Error ? exception.message : String(exception) }),
    });
  }
}
