import { Entity, PrimaryGeneratedColumn, Column, ManyToOne, CreateDateColumn } from 'typeorm';
import { Product } from './Product';

@Entity('stock_movements')
export class StockMovement {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column() tenantId!: string;
  @ManyToOne(() => Product) product!: Product;
  @Column() productId!: string;
  @Column('int') delta!: number;
  @Column() reason!: string;
  @CreateDateColumn() createdAt!: Date;
}
