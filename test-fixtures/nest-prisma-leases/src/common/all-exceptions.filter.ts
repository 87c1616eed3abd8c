import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { Prisma } from '@prisma/client';
import { Request, Response } from 'express';
import Stripe from 'stripe';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      // ok: error-details-leak
      response.status(status).json(typeof body === 'string' ? { statusCode: status, message: body } : body);
      return;
    }

    this.logger.error(
      `Unhandled error on ${request.method} ${request.originalUrl}`,
      exception instanceof Error ? exception.stack : String(exception),
    );

    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2025') {
        // ok: error-details-leak
        response.status(404).json({ statusCode: 404, message: 'Not found' });
        return;
      }
      // expect: error-details-leak
      response.status(500).json({ message: exception.message, stack: exception.stack, code: exception.code, meta: exception.meta });
      return;
    }

    if (exception instanceof Stripe.errors.StripeError) {
      // expect: error-details-leak
      response.status(500).json({ message: exception.message, stack: exception.stack, type: exception.type });
      return;
    }

    if (process.env.NODE_ENV !== 'production') {
      const err = exception instanceof Error ? exception : new Error(String(exception));
      // ok: error-details-leak
      response.status(500).json({ statusCode: 500, message: err.message, stack: err.stack });
      return;
    }

    // ok: error-details-leak
    response.status(500).json({ statusCode: 500, message: 'Internal server error' });
  }
}
