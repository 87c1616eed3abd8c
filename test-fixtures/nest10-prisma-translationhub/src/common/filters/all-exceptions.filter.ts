import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { Request, Response } from 'express';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger(AllExceptionsFilter.name);

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();

    if (exception instanceof HttpException) {
      // ok: error-details-leak
      return response.status(exception.getStatus()).json(exception.getResponse());
    }

    const err = exception as Error;
    this.logger.error(`${request.method} ${request.url} failed`, err.stack);
    // expect: error-details-leak
    response.status(HttpStatus.INTERNAL_SERVER_ERROR).json({
      statusCode: 500,
      message: err.message,
      path: request.url,
      timestamp: new Date().toISOString(),
    });
  }
}
