import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CompaniesTable {
  id: Generated<number>;
  name: string;
  code: string;
  created_at: Generated<Timestamp>;
}

export interface UsersTable {
  id: Generated<number>;
  company_id: number;
  email: string;
  name: string;
  password_hash: string;
  role: 'admin' | 'dispatcher' | 'mechanic';
  reset_token_hash: string | null;
  reset_expires_at: Timestamp | null;
}

export interface VehiclesTable {
  id: Generated<number>;
  company_id: number;
  plate: string;
  make: string;
  model: string;
  odometer_km: number;
  telematics_device_id: string | null;
  last_lat: number | null;
  last_lng: number | null;
}

export interface DriversTable {
  id: Generated<number>;
  company_id: number;
  name: string;
  phone: string;
  pin_hash: string;
  license_number: string | null;
  license_scan: Buffer | null;
  license_mime: string | null;
}

export interface TripsTable {
  id: Generated<number>;
  company_id: number;
  vehicle_id: number;
  driver_id: number;
  origin: string;
  destination: string;
  status: 'planned' | 'active' | 'closed';
  started_at: Timestamp | null;
  ended_at: Timestamp | null;
}

export interface TripSharesTable {
  token: string;
  trip_id: number;
  expires_at: Timestamp;
}

export interface MaintenanceTable {
  id: Generated<number>;
  company_id: number;
  vehicle_id: number;
  description: string;
  cost_cents: number;
  done_at: Timestamp;
}

export interface DocumentsTable {
  id: Generated<number>;
  company_id: number;
  vehicle_id: number | null;
  filename: string;
  mime: string;
  content: Buffer;
  uploaded_by: number;
}

export interface FuelTransactionsTable {
  id: Generated<number>;
  company_id: number;
  card_number: string;
  litres: number;
  amount_cents: number;
  station: string;
}

export interface ApiKeysTable {
  id: Generated<number>;
  company_id: number;
  key_hash: string;
  label: string;
}

export interface InspectionsTable {
  id: Generated<number>;
  company_id: number;
  vehicle_id: number;
  inspector: string;
  passed: boolean;
  notes: string | null;
  inspected_at: Timestamp;
}

export interface Database {
  companies: CompaniesTable;
  users: UsersTable;
  vehicles: VehiclesTable;
  drivers: DriversTable;
  trips: TripsTable;
  trip_shares: TripSharesTable;
  maintenance: MaintenanceTable;
  documents: DocumentsTable;
  fuel_transactions: FuelTransactionsTable;
  api_keys: ApiKeysTable;
  inspections: InspectionsTable;
}
