import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Organization } from './entities/Organization';
import { User } from './entities/User';
import { Customer } from './entities/Customer';
import { Product } from './entities/Product';
import { Quote } from './entities/Quote';
import { QuoteLine } from './entities/QuoteLine';
import { Attachment } from './entities/Attachment';

export const AppDataSource = new DataSource({
  type: 'postgres',
  url: process.env.DATABASE_URL,
  entities: [Organization, User, Customer, Product, Quote, QuoteLine, Attachment],
  migrations: ['dist/migrations/*.js'],
  synchronize: false,
  logging: process.env.TYPEORM_LOGGING === 'true',
});
