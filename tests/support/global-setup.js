module.exports = require('./browser-server').setup;
