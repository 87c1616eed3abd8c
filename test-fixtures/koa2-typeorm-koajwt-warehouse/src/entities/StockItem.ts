import { Entity, PrimaryGeneratedColumn, Column, ManyToOne } from 'typeorm';
import { Warehouse } from './Warehouse';

@Entity('stock_items')
export class StockItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  tenantId!: string;

  @Column()
  warehouseId!: string;

  @ManyToOne(() => Warehouse, (w) => w.items)
  warehouse!: Warehouse;

  @Column()
  sku!: string;

  @Column()
  name!: string;

  @Column('int', { default: 0 })
  quantity!: number;

  @Column({ default: false })
  published!: boolean;
}
