import 'reflect-metadata';
import express from 'express';
import { useExpressServer } from 'routing-controllers';
import { AppDataSource } from './data-source';
import { authorizationChecker, currentUserChecker } from './auth/checkers';
import { AuthController } from './controllers/AuthController';
import { ExpenseController } from './controllers/ExpenseController';
import { AdminController } from './controllers/AdminController';
import { ReportController } from './controllers/ReportController';
import { HealthController } from './controllers/HealthController';
import { WebhookController } from './controllers/WebhookController';
import { RequestLogMiddleware } from './middlewares/RequestLog';

const app = express();

useExpressServer(app, {
  routePrefix: '/api',
  controllers: [AuthController, ExpenseController, AdminController, ReportController, HealthController, WebhookController],
  middlewares: [RequestLogMiddleware],
  authorizationChecker,
  currentUserChecker,
  defaultErrorHandler: true,
});

AppDataSource.initialize().then(() => app.listen(Number(process.env.PORT ?? 3000)));
