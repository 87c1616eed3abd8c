import { Entity, PrimaryGeneratedColumn, Column, CreateDateColumn } from 'typeorm';

export type OrderStatus = 'open' | 'picking' | 'shipped' | 'cancelled';

@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  tenantId!: string;

  @Column()
  warehouseId!: string;

  @Column()
  customerRef!: string;

  @Column({ default: 'open' })
  status!: OrderStatus;

  @Column('jsonb', { default: [] })
  lines!: { sku: string; qty: number }[];

  @CreateDateColumn()
  createdAt!: Date;
}
