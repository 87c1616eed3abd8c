import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      // ok: error-details-leak
      return res.status(exception.getStatus()).json(exception.getResponse());
    }
    const err = exception as Error;
    this.logger.error(err.message, err.stack);
    // expect: error-details-leak
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, message: err.message });
  }
}
