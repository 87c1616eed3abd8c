import { Entity, PrimaryGeneratedColumn, Column, ManyToOne } from 'typeorm';
import { Warehouse } from './Warehouse';

@Entity('products')
export class Product {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() tenantId!: string;
  @Column() sku!: string;
  @Column() name!: string;
  @Column('int') quantity!: number;
  @Column('int') priceCents!: number;
  @Column({ nullable: true }) imageKey!: string | null;
  @Column({ default: false }) published!: boolean;
  @ManyToOne(() => Warehouse) warehouse!: Warehouse;
}
