export { Company } from './Company.js';
export { User } from './User.js';
export { Shipment } from './Shipment.js';
export { ShipmentDocument } from './ShipmentDocument.js';
export { Carrier } from './Carrier.js';
