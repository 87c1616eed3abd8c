import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Exceptions');

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();

    if (exception instanceof HttpException) {
      // ok: error-details-leak
      res.status(exception.getStatus()).json(exception.getResponse());
      return;
    }

    const err = exception as Error;
    this.logger.error(`${req.method} ${req.url} failed`, err.stack);
    // expect: error-details-leak
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      message: err.message,
      stack: err.stack,
    });
  }
}
