import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      return res.status(exception.getStatus()).json(exception.getResponse());
    }
    const err = exception as Error;
    // expect: error-details-leak
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ statusCode: 500, message: err.message, stack: err.stack });
  }
}
