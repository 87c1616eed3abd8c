const Order = require('../models/Order');

// the printable receipt linked from the confirmation e-mail; signed-in customers are
// sent to their order history instead, everyone else gets the receipt by order id
exports.getReceipt = async (req, res) => {
  if (req.user) return res.redirect('/account/orders');
  const order = await Order.findById(req.params.id);
  if (!order) return res.status(404).render('404');
  res.render('orders/receipt', { order });
};

// the same page written the other way round: signed-in only
exports.getInvoice = async (req, res) => {
  if (req.user) {
    const order = await Order.findOne({ _id: req.params.id, userId: req.user._id });
    if (!order) return res.status(404).render('404');
    return res.render('orders/invoice', { order });
  }
  return res.redirect('/login');
};

exports.getHistory = async (req, res) => {
  const orders = await Order.find({ userId: req.user._id }).sort({ createdAt: -1 });
  res.render('orders/history', { orders });
};
