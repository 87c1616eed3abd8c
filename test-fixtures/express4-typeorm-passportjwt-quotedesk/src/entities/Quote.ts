import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { QuoteLine } from './QuoteLine';

export type QuoteStatus = 'draft' | 'sent' | 'accepted' | 'declined' | 'expired';

@Entity('quotes')
export class Quote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  organizationId: string;

  @Column()
  customerId: string;

  @Column()
  createdById: string;

  @Column()
  number: string;

  @Column({ default: 'draft' })
  status: QuoteStatus;

  @Column('int', { default: 0 })
  totalCents: number;

  @Column({ default: 'USD' })
  currency: string;

  @Column({ unique: true })
  shareToken: string;

  @Column({ type: 'date', nullable: true })
  validUntil: string | null;

  @OneToMany(() => QuoteLine, (line) => line.quote, { cascade: true })
  lines: QuoteLine[];

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
