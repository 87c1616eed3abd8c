import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';

/** For pages that look different when signed in: a missing or bad token leaves req.user empty instead of failing. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  handleRequest<TUser>(_err: unknown, user: TUser | false): TUser | null {
    return user || null;
  }
}
