import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { User } from './entities/User';
import { Expense } from './entities/Expense';
import { Report } from './entities/Report';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [User, Expense, Report],
  synchronize: false,
});
