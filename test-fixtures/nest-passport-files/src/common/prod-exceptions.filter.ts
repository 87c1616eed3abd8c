import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';

// Used by the partner API: never sends internals, details only on a developer's machine.
@Catch()
export class ProdExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('PartnerExceptions');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const err = exception as Error;
    this.logger.error(err.message, err.stack);
    if (process.env.NODE_ENV !== 'production') {
      // ok: error-details-leak
      return res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ message: err.message, stack: err.stack });
    }
    // ok: error-details-leak
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ message: 'Internal server error' });
  }
}
