import { Supplier, Order } from '../models/Supplier.js';

export async function getSupplierContact(req, res) {
  const supplier = await Supplier.findById(req.params.id).select('name contactEmail phone');
  if (!supplier) return res.status(404).json({ message: 'Supplier not found' });
  res.json(supplier);
}

export async function listSuppliers(req, res) {
  // ok: unscoped-tenant-query
  res.json(await Supplier.find({ restaurant: req.user.restaurant }).lean());
}

export async function listOrders(req, res) {
  // expect: unscoped-tenant-query
  const orders = await Order.find({ supplier: req.params.id }).sort({ createdAt: -1 });
  res.json(orders);
}

export async function createOrder(req, res) {
  // ok: unscoped-tenant-query
  const supplier = await Supplier.findOne({ _id: req.params.id, restaurant: req.user.restaurant });
  if (!supplier) return res.status(404).json({ message: 'Supplier not found' });
  const order = await Order.create({ supplier: supplier._id, restaurant: req.user.restaurant, lines: req.body.lines });
  res.status(201).json(order);
}

export async function updateOrderStatus(req, res) {
  // ok: unscoped-tenant-query
  const order = await Order.findOneAndUpdate(
    { _id: req.params.orderId, restaurant: req.user.restaurant },
    { status: req.body.status },
    { new: true },
  );
  if (!order) return res.status(404).json({ message: 'Order not found' });
  res.json(order);
}

export async function importSuppliers(req, res) {
  const rows = req.file.buffer
    .toString('utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [name, contactEmail, phone] = line.split(',');
      return { name, contactEmail, phone, restaurant: req.user.restaurant };
    });
  const created = await Supplier.insertMany(rows);
  res.status(201).json({ imported: created.length });
}

export async function exportOrders(req, res) {
  // ok: unscoped-tenant-query
  const orders = await Order.find({ restaurant: req.user.restaurant }).populate('supplier', 'name').lean();
  res.type('text/csv');
  res.send(['supplier,status,lines,created', ...orders.map((o) => `${o.supplier.name},${o.status},${o.lines.length},${o.createdAt.toISOString()}`)].join('\n'));
}
