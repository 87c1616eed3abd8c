import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Account } from './account.entity';

@Entity('tickets')
export class Ticket {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @ManyToOne(() => Account) account!: Account;
  @Column() accountId!: string;
  @Column() subject!: string;
  @Column({ default: 'open' }) status!: string;
}
