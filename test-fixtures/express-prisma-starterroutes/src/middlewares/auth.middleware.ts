import { NextFunction, Response } from 'express';
import { verify } from 'jsonwebtoken';
import { PrismaClient } from '@prisma/client';
import { HttpException } from '../exceptions/HttpException';
import { DataStoredInToken, RequestWithUser } from '../interfaces/auth.interface';

const getAuthorization = (req: RequestWithUser) => {
  const cookie = req.cookies['Authorization'];
  if (cookie) return cookie;
  const header = req.header('Authorization');
  if (header) return header.split('Bearer ')[1];
  return null;
};

export const AuthMiddleware = async (req: RequestWithUser, res: Response, next: NextFunction) => {
  try {
    const Authorization = getAuthorization(req);
    if (!Authorization) return next(new HttpException(404, 'Authentication token missing'));
    const { id } = verify(Authorization, process.env.SECRET_KEY as string, { algorithms: ['HS256'] }) as DataStoredInToken;
    const findUser = await new PrismaClient().user.findUnique({ where: { id: Number(id) } });
    if (!findUser) return next(new HttpException(401, 'Wrong authentication token'));
    req.user = findUser;
    next();
  } catch (error) {
    next(new HttpException(401, 'Wrong authentication token'));
  }
};
