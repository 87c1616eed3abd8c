import { Table, Column, Model, DataType, ForeignKey, PrimaryKey, Default, BelongsTo } from 'sequelize-typescript';
import { Organization } from './Organization.js';
import { Vendor } from './Vendor.js';

@Table({ tableName: 'contracts', timestamps: true })
export class Contract extends Model {
  @PrimaryKey
  @Default(DataType.UUIDV4)
  @Column(DataType.UUID)
  declare id: string;

  @ForeignKey(() => Organization)
  @Column(DataType.UUID)
  declare organizationId: string;

  @ForeignKey(() => Vendor)
  @Column(DataType.UUID)
  declare vendorId: string;

  @BelongsTo(() => Vendor)
  declare vendor: Vendor;

  @Column(DataType.STRING)
  declare title: string;

  @Column(DataType.INTEGER)
  declare valueCents: number;

  @Column(DataType.STRING)
  declare fileKey: string | null;
}
