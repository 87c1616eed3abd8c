import { Entity, PrimaryGeneratedColumn, Column, OneToMany } from 'typeorm';
import { StockItem } from './StockItem';

@Entity('warehouses')
export class Warehouse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  tenantId!: string;

  @Column()
  code!: string;

  @Column()
  city!: string;

  @OneToMany(() => StockItem, (s) => s.warehouse)
  items!: StockItem[];
}
