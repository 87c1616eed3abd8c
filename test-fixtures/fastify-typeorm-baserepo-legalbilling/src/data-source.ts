import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Firm } from './entities/Firm';
import { User } from './entities/User';
import { Matter } from './entities/Matter';
import { TimeEntry } from './entities/TimeEntry';
import { Invoice } from './entities/Invoice';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Firm, User, Matter, TimeEntry, Invoice],
  synchronize: false,
});
