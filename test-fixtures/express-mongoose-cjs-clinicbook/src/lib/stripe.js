'use strict';

const Stripe = require('stripe');
const config = require('../config');

module.exports = new Stripe(config.stripeSecretKey, { apiVersion: '2024-04-10' });
