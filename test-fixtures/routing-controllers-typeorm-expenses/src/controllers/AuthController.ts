import { JsonController, Post, BodyParam, UseBefore, UnauthorizedError } from 'routing-controllers';
import bcrypt from 'bcryptjs';
import crypto from 'crypto';
import jwt from 'jsonwebtoken';
import { AppDataSource } from '../data-source';
import { User } from '../entities/User';
import { loginLimiter } from '../middlewares/limits';
import { logger } from '../middlewares/RequestLog';

const users = () => AppDataSource.getRepository(User);

@JsonController('/auth')
export class AuthController {
  // ok: missing-rate-limit, missing-auth
  @Post('/login')
  @UseBefore(loginLimiter)
  async login(@BodyParam('email') email: string, @BodyParam('password') password: string) {
    const user = await users().findOneBy({ email });
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) throw new UnauthorizedError('invalid credentials');
    const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET!, { expiresIn: '1h' });
    // expect: token-logging
    logger.info({ userId: user.id, token }, 'signed in');
    return { token };
  }

  // expect: missing-rate-limit
  @Post('/password-reset')
  async requestReset(@BodyParam('email') email: string) {
    const user = await users().findOneBy({ email });
    if (user) {
      const resetToken = crypto.randomBytes(32).toString('hex');
      await AppDataSource.query('UPDATE "user" SET reset_token = $1 WHERE id = $2', [resetToken, user.id]);
    }
    return { sent: true };
  }
}
