import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('invoices')
export class Invoice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() matterId: string;
  @Column({ type: 'int' }) totalCents: number;
  @Column({ default: 'draft' }) status: string;
  @Column() firmId: string;
}
