const { Invoice, Pet } = require('../models');

const PAGE_SIZE = 50;

function httpError(status, message) {
  const err = new Error(message);
  err.status = status;
  err.expose = true;
  return err;
}

async function listForClinic(clinicId, { status, page = 1 } = {}) {
  const where = { clinicId };
  if (status) where.status = status;
  // ok: unscoped-tenant-query
  return Invoice.findAndCountAll({
    where,
    include: [{ model: Pet, attributes: ['id', 'name'] }],
    order: [['issuedAt', 'DESC']],
    limit: PAGE_SIZE,
    offset: (Math.max(Number(page) || 1, 1) - 1) * PAGE_SIZE,
  });
}

async function getInvoice(clinicId, invoiceId) {
  // ok: unscoped-tenant-query
  const invoice = await Invoice.findOne({ where: { id: invoiceId, clinicId }, include: [Pet] });
  if (!invoice) throw httpError(404, 'Invoice not found');
  return invoice;
}

async function createInvoice(user, input) {
  // ok: unscoped-tenant-query
  const pet = await Pet.findOne({ where: { id: input.petId, clinicId: user.clinicId } });
  if (!pet) throw httpError(404, 'Pet not found');
  const last = await Invoice.max('number', { where: { clinicId: user.clinicId } });
  return Invoice.create({
    petId: pet.id,
    amountCents: input.amountCents,
    currency: input.currency,
    clinicId: user.clinicId,
    number: (last || 1000) + 1,
    status: 'open',
    issuedAt: new Date(),
  });
}

/** Reception marks cash / card-terminal payments by hand. */
async function markPaid(invoiceId) {
  // expect: unscoped-tenant-query
  const [count] = await Invoice.update({ status: 'paid', paidAt: new Date() }, { where: { id: invoiceId } });
  if (!count) throw httpError(404, 'Invoice not found');
}

module.exports = { listForClinic, getInvoice, createInvoice, markPaid };
