const express = require('express');
const session = require('express-session');
const { requireStaff } = require('./middleware/session');
const orders = require('./routes/orders');
const products = require('./routes/products');
const staff = require('./routes/staff');

const app = express();
app.use(express.json());
// expect: insecure-cookie
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));

app.use('/public', products);
app.use('/admin', requireStaff);
app.use('/dashboard', requireStaff);
app.use('/dashboard/orders', orders);
app.use('/admin/staff', staff);

app.listen(8080);
