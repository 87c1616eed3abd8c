import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      // ok: error-details-leak
      return res.status(exception.getStatus()).json(exception.getResponse());
    }
    this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    // ok: error-details-leak
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      message: 'Internal server error',
      ...(process.env.NODE_ENV !== 'production' && exception instanceof Error ? { stack: exception.stack } : {}),
    });
  }
}
