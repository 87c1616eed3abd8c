import { AppDataSource } from '../data-source';
import { Invoice } from '../entities/Invoice';
import { TimeEntry } from '../entities/TimeEntry';
import { User } from '../entities/User';
import { BaseRepository } from './BaseRepository';

export const invoices = new BaseRepository<Invoice>(AppDataSource.getRepository(Invoice));
export const timeEntries = new BaseRepository<TimeEntry>(AppDataSource.getRepository(TimeEntry));
export const users = new BaseRepository<User>(AppDataSource.getRepository(User));
export { matters } from './MatterRepository';
