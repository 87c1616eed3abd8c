const express = require('express');
const orders = require('./routes/orders');
const invoices = require('./routes/invoices');

const app = express();
app.use(express.json());
app.use('/api/orders', orders);
app.use('/api/invoices', invoices);

app.listen(process.env.PORT || 4000);
